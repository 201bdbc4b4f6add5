package org.inversesuite.core.block;

import org.inversesuite.core.autoregressive.Made;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The affine autoregressive transform shared by {@link MafBlock} and {@link IafBlock}: a
 * {@link Made} maps [a, c] to (μ, ŝ) with μ_i, ŝ_i depending on a_{&lt;i} and c only, and
 * {@code s = α g(ŝ)} is soft-clamped as in the affine coupling. Two element maps:
 * {@code toData(v) = v ⊙ e^{s} + μ} (log-det +Σ s) and {@code toLatent(v) = (v − μ) ⊙ e^{−s}}
 * (log-det −Σ s). Either runs in one pass when a is known, or sequentially over the dimensions
 * when a is the output being computed (D passes of the MADE).
 */
final class AffineAutoregression {
  /** Direction of the element map: +1 toData, −1 toLatent. */
  static final int TO_DATA = 1;
  static final int TO_LATENT = -1;
  private final Made made;
  private final ClampActivation clamp;
  private final double alpha;
  private final int dimension;
  private final int conditionDimension;

  AffineAutoregression(Parameters parameters, String name, int dimension, int conditionDimension,
      ClampActivation clamp, double alpha, MlpConfig made) {
    this.made = new Made(parameters, name + ".made", dimension, conditionDimension, 2, made, OutputInit.ZERO);
    this.clamp = clamp;
    this.alpha = alpha;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
  }

  Made made() {
    return made;
  }

  /** @return the MADE input buffer [n, D + C] with c in its last C columns (x part not set) */
  Matrix input(int n, Matrix c, Workspace ws) {
    Matrix in = ws.buffer(this, 0, n, dimension + conditionDimension);
    if (conditionDimension > 0) {
      in.copyColumns(c, 0, dimension, conditionDimension);
    }
    return in;
  }

  double mu(Matrix raw, int r, int i) {
    return raw.get(r * raw.cols() + i);
  }

  double rawScale(Matrix raw, int r, int i) {
    return raw.get(r * raw.cols() + dimension + i);
  }

  double logScale(Matrix raw, int r, int i) {
    return clamp.scale(rawScale(raw, r, i), alpha);
  }

  double logScaleDerivative(Matrix raw, int r, int i) {
    return clamp.scaleDerivative(rawScale(raw, r, i), alpha);
  }

  private double map(Matrix raw, int r, int i, double v, int direction) {
    double s = logScale(raw, r, i);
    return direction == TO_DATA ? v * Math.exp(s) + mu(raw, r, i) : (v - mu(raw, r, i)) * Math.exp(-s);
  }

  /** logDet += direction · Σ_i s_i per row. */
  void addLogDet(Matrix raw, double[] logDet, int direction) {
    for (int r = 0; r < logDet.length; r++) {
      double sum = 0;
      for (int i = 0; i < dimension; i++) {
        sum += logScale(raw, r, i);
      }
      logDet[r] += direction * sum;
    }
  }

  /** dst = map(src) with the MADE fed [src, c]: one pass. @return the MADE output */
  Matrix onePass(Matrix src, Matrix c, Matrix dst, double[] logDet, int direction, Workspace ws) {
    int n = src.rows();
    Matrix in = input(n, c, ws);
    in.copyColumns(src, 0, 0, dimension);
    Matrix raw = made.forward(in, ws);
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension; i++) {
        dst.set(r, i, map(raw, r, i, src.get(r, i), direction));
      }
    }
    addLogDet(raw, logDet, direction);
    return raw;
  }

  /**
   * dst = map(src) with the MADE fed [dst, c]: column i is computed in pass i from the columns
   * before it, which are final by then. Leaves [dst, c] in the input buffer.
   */
  void sequential(Matrix src, Matrix c, Matrix dst, double[] logDet, int direction, Workspace ws) {
    int n = src.rows();
    Matrix in = input(n, c, ws);
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension; i++) {
        in.set(r, i, 0);
      }
    }
    Matrix raw = null;
    for (int i = 0; i < dimension; i++) {
      raw = made.forward(in, ws);
      for (int r = 0; r < n; r++) {
        double v = map(raw, r, i, src.get(r, i), direction);
        in.set(r, i, v);
        dst.set(r, i, v);
      }
    }
    addLogDet(raw, logDet, direction);
  }
}
