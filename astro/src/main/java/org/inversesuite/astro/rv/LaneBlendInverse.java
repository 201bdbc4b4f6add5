package org.inversesuite.astro.rv;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.core.block.VectorLog;

/**
 * The inverse of {@link PeriodCoordinate#PEAK_BLEND}'s u = Δ/W + a asinh(Δ/w) for many u of one observation at
 * once, the draws in the vector lanes: {@link PeriodCoordinate}'s safeguarded Halley solve (Halley 1694) lane by
 * lane, with f = u(Δ) − u, f' = 1/W + a/(w√(1 + v²)), f'' = −a v/(w²(1 + v²)^{3/2}), v = Δ/w,
 * Δ ← Δ − 2 f f'/(2f'² − f f''), kept inside a shrinking bracket (bisection otherwise), from the linearisation
 * at 0, each lane stopping by the scalar solve's rules, and the loop ending when every lane has stopped.
 *
 * <p>The same IEEE operations in the same order as the scalar solve (kept as the reference, and used for one u at a
 * time), except the logarithm in asinh: {@link VectorLog} (within 1 ulp of {@link Math#log}) instead of
 * {@link Math#log}, so not the same bits; {@code LaneBlendInverseTest} checks agreement to the solve's tolerance and
 * the round trip. Only IEEE arithmetic, compares and blends: the result does not depend on the JIT tier.
 */
final class LaneBlendInverse {
  private static final VectorSpecies<Double> S = VectorLog.SPECIES;
  private static final long SIGN = Long.MIN_VALUE;

  private LaneBlendInverse() {
  }

  /**
   * delta[i] = Δ with u(Δ) = u[i] for i &lt; n.
   *
   * @param width the peak's width w in ln P, &gt; 0
   * @param zoom the asinh term's weight a, &ge; 0
   */
  static void unblend(double[] u, double[] delta, int n, double width, double zoom) {
    unblend(u, delta, n, width, zoom, false);
  }

  /** {@link #unblend} with run 21's mask-combining solve ({@code reference}) or this one: the same values. */
  static void unblend(double[] u, double[] delta, int n, double width, double zoom, boolean reference) {
    int l = S.length();
    int i = 0;
    for (; i + l <= n; i += l) {
      if (reference) {
        solveWithMasks(DoubleVector.fromArray(S, u, i), width, zoom).intoArray(delta, i);
      } else {
        solve(u, i, delta, i, width, zoom);
      }
    }
    if (i < n) { // the tail in a zero-padded vector (u = 0 stops at once at Δ = 0)
      double[] tail = new double[l];
      System.arraycopy(u, i, tail, 0, n - i);
      double[] out = new double[l];
      if (reference) {
        solveWithMasks(DoubleVector.fromArray(S, tail, 0), width, zoom).intoArray(out, 0);
      } else {
        solve(tail, 0, out, 0, width, zoom);
      }
      System.arraycopy(out, 0, delta, i, n - i);
    }
  }

  /**
   * out[o..o+L) = Δ for u[i..i+L): {@link #solveWithMasks}'s arithmetic, with which lanes are still running held as
   * a vector of 1 (running) and 0 (stopped) and every "and"/"or" of conditions as blends and products of such
   * vectors, so that the loop uses only compares, blends and lane arithmetic (no mask combination, no vector across a
   * call): the same Δ in every lane (docs/astro.md run 23).
   */
  private static void solve(double[] input, int i, double[] output, int o, double width, double zoom) {
    double farScale = PeriodCoordinate.BLEND_FAR_SCALE;
    DoubleVector one = DoubleVector.broadcast(S, 1.0);
    DoubleVector none = DoubleVector.zero(S);
    DoubleVector u = DoubleVector.fromArray(S, input, i);
    DoubleVector wu = u.mul(farScale);
    DoubleVector lo = wu.min(0.0);
    DoubleVector hi = wu.max(0.0);
    DoubleVector d = wu.div(1 + zoom * farScale / width);
    DoubleVector result = d;
    DoubleVector running = one;
    for (int it = 0; it < 200 && running.reduceLanes(VectorOperators.MAX) > 0; it++) {
      DoubleVector v = d.div(width);
      DoubleVector a = v.abs();
      DoubleVector q = a.mul(a).add(1.0);
      DoubleVector root = q.sqrt();
      DoubleVector argument = a.add(root).blend(a.mul(2.0), a.compare(VectorOperators.GT, 1e8));
      // copySign(ln(argument), v): the logarithm is ≥ 0 (argument ≥ 1), so v's sign bit is or-ed in
      // ln(argument): VectorLog.log's operations written out here, so that no vector crosses a call of ours
      // (JDK 17's C2 boxed them in some JVM runs, docs/astro.md run 23); the same operations, the same bits
      LongVector bits = argument.reinterpretAsLongs();
      DoubleVector k = bits.lanewise(VectorOperators.LSHR, 52L).or(VectorLog.TWO52_BITS).reinterpretAsDoubles()
          .sub(VectorLog.TWO52 + 1023);
      DoubleVector m = bits.and(VectorLog.MANTISSA).or(VectorLog.ONE_BITS).reinterpretAsDoubles();
      VectorMask<Double> high = m.compare(VectorOperators.GT, VectorLog.SQRT2);
      m = m.blend(m.mul(0.5), high);
      k = k.blend(k.add(1), high);
      DoubleVector lf = m.sub(1);
      DoubleVector ls = lf.div(lf.add(2));
      DoubleVector lz = ls.mul(ls);
      DoubleVector lw = lz.mul(lz);
      DoubleVector t1 = lw.mul(lw.mul(lw.mul(VectorLog.LG6).add(VectorLog.LG4)).add(VectorLog.LG2));
      DoubleVector t2 = lz.mul(lw.mul(lw.mul(lw.mul(VectorLog.LG7).add(VectorLog.LG5)).add(VectorLog.LG3))
          .add(VectorLog.LG1));
      DoubleVector hfsq = lf.mul(lf).mul(0.5);
      DoubleVector inner = hfsq.sub(ls.mul(hfsq.add(t2.add(t1))).add(k.mul(VectorLog.LN2_LO))).sub(lf);
      DoubleVector asinh = k.mul(VectorLog.LN2_HI).sub(inner).reinterpretAsLongs()
          .or(v.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles();
      DoubleVector f = d.div(farScale).add(asinh.mul(zoom)).sub(u);
      // f = 0 in a running lane: stopped at d
      DoubleVector zero = none.blend(running, f.compare(VectorOperators.EQ, 0.0));
      result = result.blend(d, zero.compare(VectorOperators.GT, 0.0));
      running = running.sub(zero);
      VectorMask<Double> below = f.compare(VectorOperators.LT, 0.0);
      lo = lo.blend(d, below);
      hi = d.blend(hi, below);
      DoubleVector f1 = DoubleVector.broadcast(S, zoom).div(root.mul(width)).add(1 / farScale);
      DoubleVector f2 = v.mul(-zoom).div(q.mul(width * width).mul(root));
      DoubleVector next = d.sub(f.mul(2.0).mul(f1).div(f1.mul(2.0).mul(f1).sub(f.mul(f2))));
      // outside (lo, hi): bisect
      DoubleVector middle = lo.add(hi).mul(0.5);
      next = middle.blend(middle.blend(next, next.compare(VectorOperators.GT, lo)),
          next.compare(VectorOperators.LT, hi));
      DoubleVector step = next.sub(d).abs();
      // any of the three stopping rules in a running lane
      DoubleVector stop = none.blend(one, step.compare(VectorOperators.LE, d.abs().max(1e-300).mul(1e-15)));
      stop = stop.blend(one, hi.sub(lo).compare(VectorOperators.LE, hi.abs().mul(1e-15)));
      stop = stop.blend(one, step.compare(VectorOperators.LE, next.abs().min(width).mul(1e-6)));
      stop = stop.mul(running);
      result = result.blend(next, stop.compare(VectorOperators.GT, 0.0));
      running = running.sub(stop);
      d = next;
    }
    result.blend(d, running.compare(VectorOperators.GT, 0.0)).intoArray(output, o);
  }

  /**
   * Run 21's lane solve, its stopping state as vector masks combined with and/or/andNot (kept as the reference of
   * {@link #solve}: the same values). On JDK 17 the mask combinations ran on the Vector API's Java fallback in a
   * profile (docs/astro.md run 23).
   */
  static DoubleVector solveWithMasks(DoubleVector u, double width, double zoom) {
    double farScale = PeriodCoordinate.BLEND_FAR_SCALE;
    DoubleVector wu = u.mul(farScale);
    DoubleVector lo = wu.min(0.0);
    DoubleVector hi = wu.max(0.0);
    DoubleVector d = wu.div(1 + zoom * farScale / width);
    DoubleVector result = d;
    VectorMask<Double> active = S.maskAll(true);
    for (int it = 0; it < 200 && active.anyTrue(); it++) {
      DoubleVector v = d.div(width);
      DoubleVector a = v.abs();
      DoubleVector q = a.mul(a).add(1.0);
      DoubleVector root = q.sqrt();
      DoubleVector argument = a.add(root).blend(a.mul(2.0), a.compare(VectorOperators.GT, 1e8));
      // copySign(ln(argument), v): the logarithm is ≥ 0 (argument ≥ 1), so v's sign bit is or-ed in
      DoubleVector asinh = VectorLog.log(argument).reinterpretAsLongs()
          .or(v.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles();
      DoubleVector f = d.div(farScale).add(asinh.mul(zoom)).sub(u);
      VectorMask<Double> zero = f.compare(VectorOperators.EQ, 0.0).and(active);
      result = result.blend(d, zero);
      active = active.andNot(zero);
      VectorMask<Double> below = f.compare(VectorOperators.LT, 0.0);
      lo = lo.blend(d, below);
      hi = d.blend(hi, below);
      DoubleVector f1 = DoubleVector.broadcast(S, zoom).div(root.mul(width)).add(1 / farScale);
      DoubleVector f2 = v.mul(-zoom).div(q.mul(width * width).mul(root));
      DoubleVector next = d.sub(f.mul(2.0).mul(f1).div(f1.mul(2.0).mul(f1).sub(f.mul(f2))));
      VectorMask<Double> inside = next.compare(VectorOperators.GT, lo).and(next.compare(VectorOperators.LT, hi));
      next = lo.add(hi).mul(0.5).blend(next, inside);
      DoubleVector step = next.sub(d).abs();
      VectorMask<Double> stop = step.compare(VectorOperators.LE, d.abs().max(1e-300).mul(1e-15))
          .or(hi.sub(lo).compare(VectorOperators.LE, hi.abs().mul(1e-15)))
          .or(step.compare(VectorOperators.LE, next.abs().min(width).mul(1e-6)))
          .and(active);
      result = result.blend(next, stop);
      active = active.andNot(stop);
      d = next;
    }
    return result.blend(d, active);
  }
}
