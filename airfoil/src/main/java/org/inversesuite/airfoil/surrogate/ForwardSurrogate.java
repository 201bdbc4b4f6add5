package org.inversesuite.airfoil.surrogate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.stream.IntStream;
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
    double[] logCdWeights, double validationClError, double validationLiftToDragError, double fitSeconds)
    implements LiftDragSurrogate {

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
  @Override
  public int inputs() {
    return mean.length;
  }

  @JsonIgnore
  @Override
  public SurrogateKind kind() {
    return SurrogateKind.RIDGE;
  }

  @Override
  public String description() {
    return "polynomial ridge regression of degree " + degree;
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
    return fit(inputs, cl, cd, IntStream.range(0, inputs.length).toArray(), degree, ridge);
  }

  /**
   * Fits the surrogate on rows that may share shapes (a data set of polars): every tenth shape is
   * held out with all its rows for the reported errors.
   *
   * @param shapes the shape of every row; the rows of one shape are adjacent
   * @see #fit(double[][], double[], double[], int, double)
   */
  public static ForwardSurrogate fit(double[][] inputs, double[] cl, double[] cd, int[] shapes, int degree,
      double ridge) {
    long start = System.nanoTime();
    int n = inputs.length;
    int d = n == 0 ? 1 : inputs[0].length;
    MonomialBasis basis = new MonomialBasis(d, degree);
    if (n < 2 * basis.size()) {
      throw new IllegalArgumentException("a degree-" + degree + " surrogate in " + d + " inputs has " + basis.size()
          + " weights per output; fit it on at least " + 2 * basis.size() + " designs, got " + n);
    }
    if (!(ridge >= 0) || !Double.isFinite(ridge)) {
      throw new IllegalArgumentException("ridge weight must be finite and >= 0, got " + ridge);
    }
    SurrogateSamples data = new SurrogateSamples(inputs, cl, cd, shapes);
    boolean[] held = data.held;
    double[][] phi = features(basis, inputs, data.mean, data.scale);
    double[] wl = solve(phi, cl, held, ridge);
    double[] wd = solve(phi, data.logCd, held, ridge);
    double[] errors = data.heldOutErrors(predict(phi, wl, wd));
    wl = solve(phi, cl, null, ridge);
    wd = solve(phi, data.logCd, null, ridge);
    return new ForwardSurrogate(degree, ridge, data.mean, data.scale, wl, wd, errors[0], errors[1],
        (System.nanoTime() - start) * 1e-9);
  }

  @Override
  public double[][] predict(double[][] inputs) {
    for (double[] row : inputs) {
      if (row.length != mean.length) {
        throw new IllegalArgumentException("surrogate takes " + mean.length + " inputs, got " + row.length);
      }
    }
    return predict(features(new MonomialBasis(mean.length, degree), inputs, mean, scale), clWeights, logCdWeights);
  }

  private static double[][] predict(double[][] phi, double[] wl, double[] wd) {
    double[][] out = new double[phi.length][];
    for (int i = 0; i < phi.length; i++) {
      double l = dot(phi[i], wl);
      out[i] = new double[] {l, l / Math.exp(dot(phi[i], wd))};
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
}
