package org.inversesuite.airfoil.surrogate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.ArrayRealVector;

/**
 * A forward surrogate of the solver: cubic (by default) polynomial ridge regression from a
 * design's inputs v = (A_U, A_L, α, log₁₀Re), standardised to u = (v − m) / s, to its lift and
 * drag,
 *
 * <pre>
 *   Ĉ_l(v) = φ(u)ᵀ w_l,   ln Ĉ_d(v) = φ(u)ᵀ w_d,   (L/D)^ = Ĉ_l / Ĉ_d,
 *   w = argmin ‖Φ w − t‖² + λ ‖w‖² = (ΦᵀΦ + λ I)⁻¹ Φᵀ t,   λ = ridge · tr(ΦᵀΦ) / |φ|,
 * </pre>
 *
 * with φ the monomials of {@link MonomialBasis} (response-surface regression; Box &amp; Wilson 1951,
 * and for airfoils e.g. Forrester, Sóbester &amp; Keane, "Engineering design via surrogate
 * modelling", 2008). Drag is fitted in logarithm because it spans a factor of ten over the design
 * space and its errors are relative. Fitted on converged designs only: it predicts a shape that
 * will not converge as if it did, and the re-simulation finds out.
 *
 * <p>{@link #fit} holds every tenth design out, reports the median held-out errors
 * (|ΔC_l| and |Δ(L/D)| / (L/D)), then refits on all designs.
 *
 * @param degree polynomial degree p
 * @param ridge relative ridge weight
 * @param mean m, per input
 * @param scale s, per input
 * @param clWeights w_l
 * @param logCdWeights w_d
 * @param validationClError median held-out |ΔC_l|
 * @param validationLiftToDragError median held-out |Δ(L/D)| / (L/D)
 * @param fitSeconds wall time of the fit, both fits included
 */
public record ForwardSurrogate(int degree, double ridge, double[] mean, double[] scale, double[] clWeights,
    double[] logCdWeights, double validationClError, double validationLiftToDragError, double fitSeconds) {

  /** Default degree: cubic held out 4.4 % median L/D error on 3,924 designs, quadratic 5.7 %, quartic 4.2 %. */
  public static final int DEFAULT_DEGREE = 3;
  /** Default relative ridge weight (the held-out error was flat from 1e-6 to 1e-1). */
  public static final double DEFAULT_RIDGE = 1e-6;

  /** Checks that the arrays fit together. */
  public ForwardSurrogate {
    int f = new MonomialBasis(mean.length, degree).size();
    if (scale.length != mean.length || clWeights.length != f || logCdWeights.length != f) {
      throw new IllegalArgumentException("surrogate of degree " + degree + " in " + mean.length + " inputs needs "
          + mean.length + " scales and " + f + " weights per output, got " + scale.length + ", " + clWeights.length
          + " and " + logCdWeights.length);
    }
  }

  /** @return the number of inputs */
  @JsonIgnore
  public int inputs() {
    return mean.length;
  }

  /**
   * Fits the surrogate.
   *
   * @param inputs one row per design: shape parameters, α (degrees), log₁₀Re
   * @param cl lift coefficient per design
   * @param cd drag coefficient per design, > 0
   * @throws IllegalArgumentException for mismatched lengths, non-finite values, a non-positive
   *     drag, or fewer designs than twice the number of monomials
   */
  public static ForwardSurrogate fit(double[][] inputs, double[] cl, double[] cd, int degree, double ridge) {
    long start = System.nanoTime();
    int n = inputs.length;
    if (n == 0 || cl.length != n || cd.length != n) {
      throw new IllegalArgumentException("surrogate needs as many lifts and drags as input rows, got " + n + ", "
          + cl.length + ", " + cd.length);
    }
    int d = inputs[0].length;
    MonomialBasis basis = new MonomialBasis(d, degree);
    if (n < 2 * basis.size()) {
      throw new IllegalArgumentException("a degree-" + degree + " surrogate in " + d + " inputs has " + basis.size()
          + " weights per output; fit it on at least " + 2 * basis.size() + " designs, got " + n);
    }
    if (!(ridge >= 0) || !Double.isFinite(ridge)) {
      throw new IllegalArgumentException("ridge weight must be finite and >= 0, got " + ridge);
    }
    double[] logCd = new double[n];
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
    double[] mean = new double[d];
    double[] scale = new double[d];
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
    boolean[] held = new boolean[n];
    for (int i = 9; i < n; i += 10) {
      held[i] = true;
    }
    double[][] phi = features(basis, inputs, mean, scale);
    double[] wl = solve(phi, cl, held, ridge);
    double[] wd = solve(phi, logCd, held, ridge);
    int m = 0;
    double[] el = new double[n / 10];
    double[] ed = new double[n / 10];
    for (int i = 0; i < n && m < el.length; i++) {
      if (held[i]) {
        double pl = dot(phi[i], wl);
        el[m] = Math.abs(pl - cl[i]);
        ed[m] = Math.abs(pl / Math.exp(dot(phi[i], wd)) - cl[i] / cd[i]) / Math.abs(cl[i] / cd[i]);
        m++;
      }
    }
    wl = solve(phi, cl, null, ridge);
    wd = solve(phi, logCd, null, ridge);
    return new ForwardSurrogate(degree, ridge, mean, scale, wl, wd, median(el), median(ed),
        (System.nanoTime() - start) * 1e-9);
  }

  /**
   * Predicts lift and lift-to-drag ratio.
   *
   * @param inputs one row per design: shape parameters, α (degrees), log₁₀Re
   * @return one row {Ĉ_l, (L/D)^} per design
   */
  public double[][] predict(double[][] inputs) {
    for (double[] row : inputs) {
      if (row.length != mean.length) {
        throw new IllegalArgumentException("surrogate takes " + mean.length + " inputs, got " + row.length);
      }
    }
    double[][] phi = features(new MonomialBasis(mean.length, degree), inputs, mean, scale);
    double[][] out = new double[inputs.length][];
    for (int i = 0; i < inputs.length; i++) {
      double l = dot(phi[i], clWeights);
      out[i] = new double[] {l, l / Math.exp(dot(phi[i], logCdWeights))};
    }
    return out;
  }

  private static double[][] features(MonomialBasis basis, double[][] inputs, double[] mean, double[] scale) {
    double[][] phi = new double[inputs.length][basis.size()];
    double[] u = new double[mean.length];
    for (int i = 0; i < inputs.length; i++) {
      for (int j = 0; j < u.length; j++) {
        u[j] = (inputs[i][j] - mean[j]) / scale[j];
      }
      basis.evaluate(u, phi[i]);
    }
    return phi;
  }

  /** (ΦᵀΦ + λI)⁻¹ Φᵀ t over the rows not held out, by Cholesky. */
  private static double[] solve(double[][] phi, double[] t, boolean[] held, double ridge) {
    int f = phi[0].length;
    double[][] a = new double[f][f];
    double[] b = new double[f];
    for (int i = 0; i < phi.length; i++) {
      if (held != null && held[i]) {
        continue;
      }
      double[] r = phi[i];
      for (int p = 0; p < f; p++) {
        double v = r[p];
        b[p] += v * t[i];
        double[] ap = a[p];
        for (int q = p; q < f; q++) {
          ap[q] += v * r[q];
        }
      }
    }
    double trace = 0;
    for (int p = 0; p < f; p++) {
      trace += a[p][p];
      for (int q = 0; q < p; q++) {
        a[p][q] = a[q][p];
      }
    }
    double lambda = Math.max(ridge * trace / f, 1e-12 * trace / f);
    for (int p = 0; p < f; p++) {
      a[p][p] += lambda;
    }
    try {
      return new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 1e-14).getSolver()
          .solve(new ArrayRealVector(b, false)).toArray();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException("surrogate normal equations are singular (inputs that do not vary?); "
          + "raise the ridge weight", e);
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
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
