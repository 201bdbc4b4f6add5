package org.inversesuite.core.block;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Invertible linear map with an LU-parametrised weight (Kingma and Dhariwal 2018, "Glow",
 * arXiv:1807.03039, section 3.2): per row {@code z = W x + b} with
 * \[ W = P\,L\,(U + \operatorname{diag}(\sigma \odot e^{\ell})), \qquad
 *    \log|\det J| = \textstyle\sum_i \ell_i, \]
 * P a fixed permutation, L unit lower triangular, U strictly upper triangular, σ fixed signs.
 * The inverse solves the two triangular systems. Cost O(D²) per row; the log-determinant is
 * O(D). Initialised from the LU decomposition of a random orthogonal matrix, as in Glow.
 */
public final class LuLinearBlock implements InvertibleBlock {
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;
  private final int[] pivot;
  private final int[] signs;
  private final int lowerOffset;
  private final int upperOffset;
  private final int logScaleOffset;
  private final int biasOffset;

  /**
   * @param pivot row {@code pivot[i]} of W is row i of L·V
   * @param signs σ
   * @param start initial (L, U, ℓ) as a [3][D][D] array (ℓ on the diagonal of [2]), or null for
   *     L = I, U = 0, ℓ = 0
   */
  LuLinearBlock(Parameters parameters, String name, int[] pivot, int[] signs, int conditionDimension, double[][][] start) {
    int d = pivot.length;
    if (d < 1 || signs.length != d) {
      throw new IllegalArgumentException("LU block needs dimension >= 1 and one sign per dimension, got " + d + " and "
          + signs.length);
    }
    PermutationBlock.requirePermutation(pivot);
    this.parameters = parameters;
    this.dimension = d;
    this.conditionDimension = conditionDimension;
    this.pivot = pivot.clone();
    this.signs = signs.clone();
    this.lowerOffset = parameters.allocate(name + ".lower", d * d, start == null ? Initializer.ZERO : copy(start[0]));
    this.upperOffset = parameters.allocate(name + ".upper", d * d, start == null ? Initializer.ZERO : copy(start[1]));
    double[] logs = new double[d];
    for (int i = 0; start != null && i < d; i++) {
      logs[i] = start[2][i][i];
    }
    this.logScaleOffset = parameters.allocate(name + ".logScale", d, (v, off, size, rng) -> {
      for (int i = 0; i < size; i++) {
        v.set(off + i, logs[i]);
      }
    });
    this.biasOffset = parameters.allocate(name + ".bias", d, Initializer.ZERO);
  }

  private static Initializer copy(double[][] m) {
    return (v, off, size, rng) -> {
      int d = m.length;
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          v.set(off + i * d + j, m[i][j]);
        }
      }
    };
  }

  /** @return a block starting at W = Q, a random rotation from the QR decomposition of a Gaussian matrix */
  static LuLinearBlock randomRotation(Parameters parameters, String name, int d, int conditionDimension, Rng rng) {
    double[][] g = new double[d][d];
    for (double[] row : g) {
      for (int j = 0; j < d; j++) {
        row[j] = rng.gaussian();
      }
    }
    RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(g, false)).getQ();
    LUDecomposition lu = new LUDecomposition(q);
    double[][] l = lu.getL().getData();
    double[][] u = lu.getU().getData();
    int[] signs = new int[d];
    double[][] logs = new double[d][d];
    for (int i = 0; i < d; i++) {
      l[i][i] = 0;
      signs[i] = u[i][i] < 0 ? -1 : 1;
      logs[i][i] = Math.log(Math.abs(u[i][i]));
      u[i][i] = 0;
    }
    return new LuLinearBlock(parameters, name, lu.getPivot(), signs, conditionDimension, new double[][][] {l, u, logs});
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return new LuLinearConfig(Arrays.stream(pivot).boxed().toList(), Arrays.stream(signs).boxed().toList());
  }

  private double lower(Matrix p, int i, int j) {
    return i == j ? 1 : i > j ? p.get(lowerOffset + i * dimension + j) : 0;
  }

  private double upper(Matrix p, int i, int j) {
    if (i == j) {
      return signs[i] * Math.exp(p.get(logScaleOffset + i));
    }
    return j > i ? p.get(upperOffset + i * dimension + j) : 0;
  }

  /** @return W as [D][D], row pivot[i] = (L V)_i */
  private double[][] weight(Matrix p) {
    int d = dimension;
    double[][] w = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double s = 0;
        for (int k = 0; k <= Math.min(i, j); k++) {
          s += lower(p, i, k) * upper(p, k, j);
        }
        w[pivot[i]][j] = s;
      }
    }
    return w;
  }

  private double logDetSum(Matrix p) {
    double s = 0;
    for (int i = 0; i < dimension; i++) {
      s += p.get(logScaleOffset + i);
    }
    return s;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix p = ws.values();
    double[][] w = weight(p);
    double ld = logDetSum(p);
    int d = dimension;
    for (int r = 0, n = x.rows(); r < n; r++) {
      for (int i = 0; i < d; i++) {
        double s = p.get(biasOffset + i);
        for (int j = 0; j < d; j++) {
          s += w[i][j] * x.get(r * d + j);
        }
        z.set(r * d + i, s);
      }
      logDet[r] += ld;
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    Matrix p = ws.values();
    double ld = logDetSum(p);
    int d = dimension;
    double[] y = new double[d];
    for (int r = 0, n = z.rows(); r < n; r++) {
      // L y = u' with u'_i = (z - b)_{pivot[i]}: forward substitution (L has a unit diagonal).
      for (int i = 0; i < d; i++) {
        double s = z.get(r * d + pivot[i]) - p.get(biasOffset + pivot[i]);
        for (int k = 0; k < i; k++) {
          s -= lower(p, i, k) * y[k];
        }
        y[i] = s;
      }
      // V x = y: back substitution.
      for (int i = d - 1; i >= 0; i--) {
        double s = y[i];
        for (int k = i + 1; k < d; k++) {
          s -= upper(p, i, k) * x.get(r * d + k);
        }
        x.set(r * d + i, s / upper(p, i, i));
      }
      logDet[r] -= ld;
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    Matrix p = ws.values();
    Matrix g = ws.gradients();
    int d = dimension;
    int n = x.rows();
    double[][] w = weight(p);
    double[][] dw = new double[d][d];
    double dLogDetSum = 0;
    for (int r = 0; r < n; r++) {
      dLogDetSum += dLogDet[r];
      for (int i = 0; i < d; i++) {
        double gi = dz.get(r * d + i);
        g.add(biasOffset + i, gi);
        for (int j = 0; j < d; j++) {
          dw[i][j] += gi * x.get(r * d + j);
        }
      }
      for (int j = 0; j < d; j++) {
        double s = 0;
        for (int i = 0; i < d; i++) {
          s += dz.get(r * d + i) * w[i][j];
        }
        dx.set(r * d + j, s);
      }
    }
    // M = L V with rows of W = rows of M permuted: dM_i = dW_{pivot[i]}; dL = dM Vᵀ, dV = Lᵀ dM.
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        if (i > j) {
          double s = 0;
          for (int k = j; k < d; k++) {
            s += dw[pivot[i]][k] * upper(p, j, k);
          }
          g.add(lowerOffset + i * d + j, s);
        } else {
          double s = 0;
          for (int k = i; k < d; k++) {
            s += lower(p, k, i) * dw[pivot[k]][j];
          }
          if (i == j) {
            g.add(logScaleOffset + i, s * upper(p, i, i) + dLogDetSum);
          } else {
            g.add(upperOffset + i * d + j, s);
          }
        }
      }
    }
  }
}
