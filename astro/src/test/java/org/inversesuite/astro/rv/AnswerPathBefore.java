package org.inversesuite.astro.rv;

import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * {@link RvPosterior#sample} as it was before docs/astro.md run 26, kept as the reference of {@code AnswerSameBitsTest}
 * and of the side-by-side timing in {@code RvMixtureAnswerSectionsBenchmark}: the angle pairs mapped back per draw
 * ({@link AngleCoordinate#inverse} through a per-draw array), the label of ln(P) with every slot's logarithm taken
 * per draw, slot k's P by {@link PeriodSlots#inverse} per draw, the kept rows copied in order and then copied again
 * to their shuffled rows.
 */
final class AnswerPathBefore {
  private AnswerPathBefore() {
  }

  /** RvPosterior.sample as it was before run 26 (per-draw copy, labels of ln(P), the kept rows copied then shuffled). */
  static Matrix sample(RvPosterior post, RvSetEncoding encoding, double[] y, int n, Rng rng, long[] counts) {
    if (post.slots() == null) {
      PeriodReference reference = post.coordinate().reference(y, encoding);
      Cinn.Prepared condition = post.cinn().prepare(post.cinn().condition(y));
      DoubleMatrix out = new DoubleMatrix(n, RvParameters.DIMENSION);
      int filled = 0;
      for (int round = 0; round < RvPosterior.ROUNDS && filled < n; round++) {
        Matrix q = post.draws(condition, n - filled, rng);
        double[] periods = post.periods(q, reference);
        for (int r = 0; r < q.rows(); r++) {
          if (post.inside(periods[r]) && post.anglesInside(q, r)) {
            post.copy(q, r, periods[r], out, filled++);
          }
        }
      }
      if (filled < n) {
        Matrix q = post.draws(condition, n - filled, rng);
        double[] periods = post.periods(q, reference);
        for (int r = 0; r < q.rows(); r++) {
          post.copy(q, r, post.clamp(periods[r]), out, filled++);
        }
      }
      return out;
    }
    PeriodSlots periods = PeriodSlots.of(y, encoding);
    double[] pi = post.slots().probabilities(SlotFeatures.of(y, encoding, periods), periods.count());
    int[] per = RvPosterior.slotCounts(pi, n, rng);
    Matrix[] c = post.slotConditions(y, periods, per); // φ shared across the slots, as since run 24
    DoubleMatrix out = new DoubleMatrix(n, RvParameters.DIMENSION);
    int filled = 0;
    for (int k = 0; k < per.length; k++) {
      if (per[k] == 0) {
        continue;
      }
      Cinn.Prepared condition = post.cinn().prepare(c[k]);
      int need = per[k];
      for (int round = 0; round < RvPosterior.ROUNDS && need > 0; round++) {
        Matrix q = post.draws(condition, need, rng);
        double[] p = periodsBefore(post, q, periods, k);
        for (int r = 0; r < q.rows(); r++) {
          if (!post.inside(p[r]) || !post.anglesInside(q, r)) {
            counts[RvPosterior.OUTSIDE]++;
          } else if (label(periods, p[r]) != k) {
            counts[RvPosterior.OTHER_SLOT]++;
          } else {
            post.copy(q, r, p[r], out, filled++);
            need--;
            counts[RvPosterior.KEPT]++;
            counts[RvPosterior.CENTRE] += k == 0 ? 1 : 0;
          }
        }
      }
      if (need > 0) {
        Matrix q = post.draws(condition, need, rng);
        double[] p = periodsBefore(post, q, periods, k);
        for (int r = 0; r < q.rows(); r++) {
          post.copy(q, r, post.clamp(p[r]), out, filled++);
        }
        counts[RvPosterior.CLAMPED] += need;
      }
    }
    int[] order = rng.permutation(n);
    DoubleMatrix shuffled = new DoubleMatrix(n, RvParameters.DIMENSION);
    for (int r = 0; r < n; r++) {
      shuffled.copyRows(out, order[r], r, 1);
    }
    return shuffled;
  }

  /** @return P of every draw of slot k as before run 26 (the window's inverse per draw) */
  private static double[] periodsBefore(RvPosterior post, Matrix q, PeriodSlots periods, int k) {
    double[] p = new double[q.rows()];
    for (int r = 0; r < p.length; r++) {
      p[r] = q.get(r, 0);
    }
    if (k == 0) {
      post.coordinate().inverse(p, p, p.length, periods.reference());
    } else {
      for (int r = 0; r < p.length; r++) {
        p[r] = periods.inverse(p[r], k);
      }
    }
    return p;
  }

  /** PeriodSlots.label before run 26: the logarithms of P and of every slot's period taken per call. */
  static int label(PeriodSlots s, double period) {
    double logP = Math.log(period);
    int best = 0;
    double nearest = Math.abs(logP - Math.log(s.period(0))) / s.width(0);
    boolean any = nearest < 1;
    for (int k = 1; k < s.count(); k++) {
      double d = Math.abs(logP - Math.log(s.period(k))) / s.width(k);
      if (d < 1 && (!any || d < nearest)) {
        best = k;
        nearest = d;
        any = true;
      }
    }
    return best;
  }
}
