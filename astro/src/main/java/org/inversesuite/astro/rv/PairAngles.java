package org.inversesuite.astro.rv;

import org.inversesuite.core.block.FdlibmAtan2;
import org.inversesuite.core.block.VectorAtan2;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The angles of every row of {@link AngleCoordinate#ANGLE_PAIRS} draws mapped back at once: with the flow's columns
 * (e, x₁, y₁, x₂, y₂) from {@link AngleCoordinate#FIRST_COLUMN},
 * \[ \omega = \operatorname{atan2}(y_1, x_1) \bmod 2\pi, \quad \lambda = \operatorname{atan2}(y_2, x_2) \bmod 2\pi,
 *    \quad M_0 = (\lambda - \omega) \bmod 2\pi \]
 * (the auxiliary radii dropped; {@link AnglePair}, Huang, Dinh &amp; Courville 2020), which is
 * {@link AngleCoordinate#inverse(double[], int, double)} of each row. The columns are read from the draws' array,
 * the arctangents taken by fdlibm's algorithm in Java ({@link FdlibmAtan2}, or over the vector lanes with
 * {@link VectorAtan2}; both the bits of {@link Math#atan2}) and the wraps by {@link AngleCoordinate#wrap}:
 * <b>the same bits</b> as the per-row inverse (docs/astro.md run 26), without its per-draw arrays and its two native
 * calls per draw.
 *
 * @param omega ω of every row
 * @param meanAnomaly M₀ of every row
 */
record PairAngles(double[] omega, double[] meanAnomaly) {
  /**
   * @return ω and M₀ of every row of q, the flow's draws in {@link AngleCoordinate#ANGLE_PAIRS}' columns, the
   *     arctangents in plain Java ({@link FdlibmAtan2}): 2.6× slower than the vector lanes once C2 has compiled
   *     them, but the lanes' {@code VectorAtan} kernels, called a few times per answer, were seen to stay in C1's
   *     Vector API fallback for a whole benchmark run when other work (the MCMC) ran between answers
   *     (docs/astro.md run 26)
   */
  static PairAngles of(Matrix q) {
    return of(q, false);
  }

  /**
   * @param lanes the arctangents over the vector lanes ({@link VectorAtan2}); else one at a time in plain Java
   *     ({@link FdlibmAtan2}, no vector code); the same bits either way
   */
  static PairAngles of(Matrix q, boolean lanes) {
    int n = q.rows();
    int l = VectorAtan2.SPECIES.length();
    int padded = (n + l - 1) / l * l;
    double[] x1 = new double[padded];
    double[] y1 = new double[padded];
    double[] x2 = new double[padded];
    double[] y2 = new double[padded];
    int c = AngleCoordinate.FIRST_COLUMN;
    if (q instanceof DoubleMatrix dq) { // the flow's draws (ParameterSpace.fromFlow): on the array
      double[] data = dq.data();
      for (int r = 0, d = q.cols(); r < n; r++) {
        int at = r * d + c;
        x1[r] = data[at + 1];
        y1[r] = data[at + 2];
        x2[r] = data[at + 3];
        y2[r] = data[at + 4];
      }
    } else {
      for (int r = 0; r < n; r++) {
        x1[r] = q.get(r, c + 1);
        y1[r] = q.get(r, c + 2);
        x2[r] = q.get(r, c + 3);
        y2[r] = q.get(r, c + 4);
      }
    }
    double[] omega = new double[padded];
    double[] lambda = new double[padded];
    if (lanes) {
      double[] t = new double[padded];
      double[] work = new double[padded];
      VectorAtan2.atan2(y1, x1, omega, t, work, padded);
      VectorAtan2.atan2(y2, x2, lambda, t, work, padded);
    } else {
      for (int r = 0; r < n; r++) {
        omega[r] = FdlibmAtan2.atan2(y1[r], x1[r]);
        lambda[r] = FdlibmAtan2.atan2(y2[r], x2[r]);
      }
    }
    double[] meanAnomaly = new double[n];
    for (int r = 0; r < n; r++) {
      double w = AngleCoordinate.wrap(omega[r]);
      omega[r] = w;
      meanAnomaly[r] = AngleCoordinate.wrap(AngleCoordinate.wrap(lambda[r]) - w);
    }
    return new PairAngles(omega, meanAnomaly);
  }
}
