package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The answer's paths of docs/astro.md run 26 against the paths they replaced, kept here as references: the angle
 * pairs mapped back over the rows ({@link PairAngles}) against {@link AngleCoordinate#inverse} per row, the slots'
 * windows ({@link SlotWindows}) against {@link PeriodSlots}' per-draw label and inverse, ln P kept from the inverse
 * against ln of the P (labels equal except within a rounding of a window's edge or of a tie), and whole answers
 * of flows with random weights (PEAK_MIXTURE with angle pairs and with BOX, PEAK_BLEND_HARMONIC with angle pairs)
 * against the path before run 26 (per-draw copy, label of ln P, the kept rows copied then shuffled), bit for bit.
 */
class AnswerSameBitsTest {
  private static final RvSetEncoding ENCODING = PeriodHarmonicCentreTest.ENCODING;

  @Test
  void pairAnglesEqualTheInversePerRowBitForBit() {
    Rng rng = new Rng(3);
    int rows = 203; // not a multiple of the lanes
    DoubleMatrix q = new DoubleMatrix(rows, AngleCoordinate.ANGLE_PAIRS.flowDimension());
    double[] odd = {0.0, -0.0, 1.0, -1.0, 1e-300, -1e300, Double.MIN_VALUE, 1e20, -1e-20};
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < q.cols(); j++) {
        q.set(r, j, r < 40 ? odd[(r * 7 + j * 3) % odd.length] : Math.exp(rng.gaussian()) * rng.gaussian());
      }
    }
    PairAngles angles = PairAngles.of(q, true); // the vector lanes; the default (plain Java) below
    org.inversesuite.core.tensor.FloatMatrix narrow = new org.inversesuite.core.tensor.FloatMatrix(rows, q.cols());
    for (int i = 0; i < q.size(); i++) {
      narrow.set(i, q.get(i));
    }
    PairAngles scalar = PairAngles.of(q);
    for (int r = 0; r < rows; r++) {
      assertEquals(Double.doubleToRawLongBits(angles.omega()[r]), Double.doubleToRawLongBits(scalar.omega()[r]));
      assertEquals(Double.doubleToRawLongBits(angles.meanAnomaly()[r]),
          Double.doubleToRawLongBits(scalar.meanAnomaly()[r]));
    }
    PairAngles slow = PairAngles.of(narrow); // the path for a matrix that is not a DoubleMatrix
    PairAngles wide = PairAngles.of(new DoubleMatrix(rows, q.cols(), toDoubles(narrow)));
    for (int r = 0; r < rows; r++) {
      assertEquals(Double.doubleToRawLongBits(wide.omega()[r]), Double.doubleToRawLongBits(slow.omega()[r]));
      assertEquals(Double.doubleToRawLongBits(wide.meanAnomaly()[r]), Double.doubleToRawLongBits(slow.meanAnomaly()[r]));
    }
    for (int r = 0; r < rows; r++) {
      double[] flow = new double[q.cols()];
      for (int j = 0; j < flow.length; j++) {
        flow[j] = q.get(r, j);
      }
      double[] expected = AngleCoordinate.ANGLE_PAIRS.inverse(flow, AngleCoordinate.FIRST_COLUMN, 0.9);
      assertEquals(Double.doubleToRawLongBits(expected[1]), Double.doubleToRawLongBits(angles.omega()[r]), "ω " + r);
      assertEquals(Double.doubleToRawLongBits(expected[2]), Double.doubleToRawLongBits(angles.meanAnomaly()[r]),
          "M₀ " + r);
    }
  }

  @Test
  void windowsLabelAndInverseAsTheSlotsDoAndLnPKeptDiffersOnlyAtAnEdge() {
    Batch b = PeriodMixtureTest.simulator().simulate(48, new Rng(5));
    Rng rng = new Rng(6);
    int checked = 0;
    int differ = 0;
    int differAtTanhOne = 0;
    for (int s = 0; s < 48; s++) {
      double[] y = row(b.y(), s);
      PeriodSlots slots = PeriodSlots.of(y, ENCODING);
      SlotWindows windows = new SlotWindows(slots);
      for (int k = 0; k < slots.count(); k++) {
        int n = 400;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
          u[i] = i < 4 ? (i % 2 == 0 ? 1 : -1) * (19 + i) : 3 * rng.gaussian(); // tanh u = ±1: the window's edge
        }
        double[] period = new double[n];
        double[] logP = new double[n];
        if (k == 0) {
          double[] ref = new double[n];
          PeriodCoordinate.PEAK_MIXTURE.inverse(u, ref, n, slots.reference());
          PeriodCoordinate.PEAK_MIXTURE.inverse(u, period, logP, n, slots.reference());
          assertArrayEquals(ref, period, 0.0, "the centre's P unchanged");
        } else {
          windows.inverse(u, k, period, logP, n);
        }
        for (int i = 0; i < n; i++) {
          if (k > 0) {
            assertEquals(Double.doubleToRawLongBits(slots.inverse(u[i], k)), Double.doubleToRawLongBits(period[i]));
          }
          double ln = Math.log(period[i]);
          assertEquals(AnswerPathBefore.label(slots, period[i]), windows.label(ln), "label of ln(P) is the slots' label");
          assertEquals(slots.label(period[i]), windows.label(ln));
          assertTrue(Math.abs(logP[i] - ln) <= 4 * Math.ulp(Math.abs(ln) + 1), "ln P kept " + logP[i] + " vs " + ln);
          if (windows.label(logP[i]) != windows.label(ln)) { // only a rounding from an edge or from a tie
            assertTrue(nearEdgeOrTie(slots, ln, 1e-12), "labels differ away from every edge: P " + period[i]);
            differ++;
            differAtTanhOne += i < 4 ? 1 : 0;
          } else {
            checked++;
          }
        }
      }
    }
    System.out.printf("labels of ln P kept and of ln(P): %d equal, %d differ (at an edge or tie), %d of them at "
        + "|u| >= 19 (tanh u = ±1)%n", checked, differ, differAtTanhOne);
    assertTrue(checked > 48 * 400, "labels compared: " + checked);
  }

  @Test
  void mixtureAnswersWithAnglePairsEqualThePathBeforeBitForBit() {
    sameAnswers(posterior(PeriodCoordinate.PEAK_MIXTURE, AngleCoordinate.ANGLE_PAIRS));
  }

  @Test
  void mixtureAnswersWithBoxAnglesEqualThePathBeforeBitForBit() {
    sameAnswers(posterior(PeriodCoordinate.PEAK_MIXTURE, AngleCoordinate.BOX));
  }

  @Test
  void singleCoordinateAnswersWithAnglePairsEqualThePathBeforeBitForBit() {
    sameAnswers(posterior(PeriodCoordinate.PEAK_BLEND_HARMONIC, AngleCoordinate.ANGLE_PAIRS));
  }

  private static void sameAnswers(RvPosterior posterior) {
    Batch b = PeriodMixtureTest.simulator().simulate(6, new Rng(9));
    try (posterior) {
      for (int s = 0; s < 6; s++) {
        double[] y = row(b.y(), s);
        for (int n : new int[] {1, 37, 500}) {
          long[] counts = new long[5];
          long[] before = new long[5];
          Matrix got = posterior.sample(y, n, new Rng(100 + s), counts);
          Matrix expected = AnswerPathBefore.sample(posterior, ENCODING, y, n, new Rng(100 + s), before);
          for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(got.get(i)),
                "set " + s + ", n " + n + ", entry " + i);
          }
          assertArrayEquals(before, counts, "set " + s + ", n " + n);
        }
      }
    }
  }

  /** @return true if some d_j of ln P is within eps of 1, or two within eps of each other */
  private static boolean nearEdgeOrTie(PeriodSlots s, double logP, double eps) {
    double[] d = new double[s.count()];
    for (int j = 0; j < d.length; j++) {
      d[j] = Math.abs(logP - Math.log(s.period(j))) / s.width(j);
      if (Math.abs(d[j] - 1) < eps) {
        return true;
      }
    }
    for (int i = 0; i < d.length; i++) {
      for (int j = i + 1; j < d.length; j++) {
        if (Math.abs(d[i] - d[j]) < eps) {
          return true;
        }
      }
    }
    return false;
  }

  /** @return a posterior whose flow and slot classifier have random weights (every input reaches the draws) */
  private static RvPosterior posterior(PeriodCoordinate period, AngleCoordinate angles) {
    RvCinnConfig model = new RvCinnConfig(2, MlpConfig.of(8, 1, Activation.RELU), 4,
        MlpConfig.of(8, 1, Activation.RELU), PeriodogramConfig.defaults().withHarmonics(2), period, angles);
    Flow flow = Flow.build(RvCinnTraining.flowConfig(model, ENCODING), Precision.FLOAT64, new Rng(1), true);
    Rng weights = new Rng(42);
    for (int i = 0; i < flow.parameters().size(); i++) {
      flow.parameters().values().set(i, 0.1 * weights.gaussian());
    }
    int columns = angles.flowDimension();
    double[] mean = new double[columns];
    double[] std = new double[columns];
    Arrays.fill(std, 1);
    std[0] = 3; // slot 0's draws spread over the prior's ln P, through the candidates' windows
    ParameterSpace space = new ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(), period, angles),
        new Standardization(mean, std));
    int extra = period.mixture() ? PeriodSlots.CONDITION_WIDTH : 0;
    Cinn cinn = new Cinn(flow, space, Standardization.identity(ENCODING.width() + extra), 1);
    SlotClassifier slots = period.mixture()
        ? SlotClassifier.initial(SlotFeatures.width(ENCODING.periodogram()), 8, 1, new Rng(4)) : null;
    return new RvPosterior(cinn, period, angles, ENCODING, RvPriorConfig.defaults(), slots);
  }

  private static double[] toDoubles(Matrix m) {
    double[] out = new double[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.get(i);
    }
    return out;
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
