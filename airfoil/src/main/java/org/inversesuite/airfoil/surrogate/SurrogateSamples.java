package org.inversesuite.airfoil.surrogate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The designs a surrogate is fitted on, checked once: inputs v (shape parameters, α, log₁₀Re),
 * C_l and C_d &gt; 0 per design, with ln C_d, the standardisation u = (v − m) / s and the split
 * both surrogates share, so their held-out errors are measured on the same designs: every tenth
 * shape (g = 9, 19, …, counting shapes in file order) is held out with all its rows. A data set of
 * drawn angles has one row per shape, so rows 9, 19, … are held out; a data set of polars holds out
 * every angle of every tenth shape, so no held-out row is a shape the fit has seen.
 */
final class SurrogateSamples {
  final double[][] inputs;
  final double[] cl;
  final double[] cd;
  final double[] logCd;
  final double[] mean;
  final double[] scale;
  /** Whether each row is held out of the first fit. */
  final boolean[] held;

  /** One shape per row ({@link #SurrogateSamples(double[][], double[], double[], int[])}). */
  SurrogateSamples(double[][] inputs, double[] cl, double[] cd) {
    this(inputs, cl, cd, IntStream.range(0, inputs.length).toArray());
  }

  /**
   * @param shapes the shape of every row; the rows of one shape are adjacent
   * @throws IllegalArgumentException for mismatched lengths, non-finite values, a non-positive
   *     drag, or a shape whose rows are not adjacent
   */
  SurrogateSamples(double[][] inputs, double[] cl, double[] cd, int[] shapes) {
    int n = inputs.length;
    if (n == 0 || cl.length != n || cd.length != n || shapes.length != n) {
      throw new IllegalArgumentException("surrogate needs as many lifts, drags and shapes as input rows, got " + n
          + ", " + cl.length + ", " + cd.length + ", " + shapes.length);
    }
    held = heldShapes(shapes);
    int d = inputs[0].length;
    logCd = new double[n];
    for (int i = 0; i < n; i++) {
      if (inputs[i].length != d) {
        throw new IllegalArgumentException("surrogate input row " + i + " has " + inputs[i].length + " values, row 0 has "
            + d);
      }
      for (double v : inputs[i]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("surrogate input row " + i + " is not finite: " + Arrays.toString(inputs[i]));
        }
      }
      if (!Double.isFinite(cl[i]) || !(cd[i] > 0) || !Double.isFinite(cd[i])) {
        throw new IllegalArgumentException("design " + i + " has Cl " + cl[i] + " and Cd " + cd[i]
            + "; the surrogate needs finite lift and positive drag (converged designs only)");
      }
      logCd[i] = Math.log(cd[i]);
    }
    this.inputs = inputs;
    this.cl = cl;
    this.cd = cd;
    this.mean = new double[d];
    this.scale = new double[d];
    for (int j = 0; j < d; j++) {
      double s = 0;
      double s2 = 0;
      for (double[] row : inputs) {
        s += row[j];
        s2 += row[j] * row[j];
      }
      mean[j] = s / n;
      double var = s2 / n - mean[j] * mean[j];
      scale[j] = var > 1e-24 ? Math.sqrt(var) : 1;
    }
  }

  /** @return the number of designs */
  int size() {
    return inputs.length;
  }

  /** @return the number of inputs per design */
  int dimension() {
    return mean.length;
  }

  /** @return every row of every tenth shape (9, 19, … in order of appearance) marked */
  private static boolean[] heldShapes(int[] shapes) {
    boolean[] held = new boolean[shapes.length];
    Set<Integer> seen = new HashSet<>();
    int g = -1;
    for (int i = 0; i < shapes.length; i++) {
      if (i == 0 || shapes[i] != shapes[i - 1]) {
        if (!seen.add(shapes[i])) {
          throw new IllegalArgumentException("the rows of shape " + shapes[i] + " are not adjacent (row " + i + ")");
        }
        g++;
      }
      held[i] = g % 10 == 9;
    }
    return held;
  }

  /** @return the rows a fit trains on (those not {@link #held} out), in order */
  int[] trainingRows() {
    return IntStream.range(0, held.length).filter(i -> !held[i]).toArray();
  }

  /** @return about the rows a fit on {@code rows} rows trains on (all but every tenth) */
  static int training(int rows) {
    return rows - rows / 10;
  }

  /**
   * Median held-out errors of a fit.
   *
   * @param predicted {Ĉ_l, (L/D)^} of every design (only held-out rows are read)
   * @return {median |ΔC_l|, median |Δ(L/D)| / (L/D)} over the held-out designs (NaN if none)
   */
  double[] heldOutErrors(double[][] predicted) {
    int m = 0;
    for (boolean h : held) {
      m += h ? 1 : 0;
    }
    double[] el = new double[m];
    double[] ed = new double[m];
    int k = 0;
    for (int i = 0; i < size(); i++) {
      if (held[i]) {
        double ld = cl[i] / cd[i];
        el[k] = Math.abs(predicted[i][0] - cl[i]);
        ed[k] = Math.abs(predicted[i][1] - ld) / Math.abs(ld);
        k++;
      }
    }
    return new double[] {median(el), median(ed)};
  }

  private static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int k = s.length / 2;
    return s.length % 2 == 1 ? s[k] : 0.5 * (s[k - 1] + s[k]);
  }
}
