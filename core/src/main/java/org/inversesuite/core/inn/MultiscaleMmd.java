package org.inversesuite.core.inn;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * The MMD loss of the INN (Ardizzone et al. 2019, section 3.3), the biased (V-statistic) mean of
 * the kernel matrix as in FrEIA, with its gradient with respect to the first sample:
 * \[ \mathrm{MMD}(a, b) = \frac{1}{n^2}\sum_{i,j} \big[k(a_i, a_j) + k(b_i, b_j) - 2k(a_i, b_j)\big], \]
 * \[ \frac{\partial\,\mathrm{MMD}}{\partial a_i} = \frac{4}{n^2}\sum_j \big[k'(\|a_i - a_j\|^2)(a_i - a_j)
 *    - k'(\|a_i - b_j\|^2)(a_i - b_j)\big], \]
 * with k a sum of {@link MmdKernel}s. Both samples have n rows; only the first {@code columns}
 * columns of each take part. Unlike {@code diagnostics.MaximumMeanDiscrepancy} (an unbiased
 * evaluation metric), this is a training loss and keeps the diagonal terms, as the paper does.
 */
public final class MultiscaleMmd {
  private final double[] scales;
  private final double[] exponents;
  private final double[] coefficients;

  /** @param kernels at least one kernel */
  public MultiscaleMmd(List<MmdKernel> kernels) {
    if (kernels == null || kernels.isEmpty()) {
      throw new IllegalArgumentException("the MMD needs at least one kernel");
    }
    scales = kernels.stream().mapToDouble(MmdKernel::scale).toArray();
    exponents = kernels.stream().mapToDouble(MmdKernel::exponent).toArray();
    coefficients = kernels.stream().mapToDouble(MmdKernel::coefficient).toArray();
  }

  /** Writes k(d) to out[0] and k'(d) = −k(d)/q, q = (C + d)/a, to out[1], summed over the kernels. */
  private void kernel(double d, double[] out) {
    double k = 0;
    double dk = 0;
    for (int h = 0; h < scales.length; h++) {
      double a = exponents[h];
      double q = (scales[h] + d) / a;
      double power = a == 2 ? 1 / (q * q) : a == 1 ? 1 / q : Math.exp(-a * Math.log(q));
      double v = coefficients[h] * power;
      k += v;
      dk -= v / q;
    }
    out[0] = k;
    out[1] = dk;
  }

  private static double distance(double[][] a, int i, double[][] b, int j) {
    double s = 0;
    for (int c = 0; c < a[i].length; c++) {
      double t = a[i][c] - b[j][c];
      s += t * t;
    }
    return s;
  }

  private static double[][] rows(Matrix m, int fromCol, int columns) {
    double[][] out = new double[m.rows()][columns];
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < columns; c++) {
        out[r][c] = m.get(r, fromCol + c);
      }
    }
    return out;
  }

  /**
   * @param a first sample; columns [aCol, aCol + columns) are used
   * @param b second sample (constant); columns [bCol, bCol + columns), same number of rows
   * @param weight factor applied to the loss and its gradient
   * @param grad if not null, receives weight · ∂MMD/∂a added into its columns [aCol, aCol + columns)
   *     of rows [gradRow, gradRow + n)
   * @return weight · MMD
   */
  public double evaluate(Matrix a, int aCol, Matrix b, int bCol, int columns, double weight, Matrix grad, int gradRow) {
    int n = a.rows();
    if (b.rows() != n) {
      throw new IllegalArgumentException("MMD samples need the same number of rows, got " + n + " and " + b.rows());
    }
    double[][] u = rows(a, aCol, columns);
    double[][] v = rows(b, bCol, columns);
    double total = 0;
    double scale = weight / ((double) n * n);
    double[] kv = new double[2];
    double[][] gi = new double[n][columns];
    for (int i = 0; i < n; i++) {
      kernel(0, kv);
      total += 2 * kv[0];
      for (int j = i + 1; j < n; j++) {
        kernel(distance(u, i, u, j), kv);
        total += 2 * kv[0];
        for (int c = 0; c < columns; c++) {
          double t = kv[1] * (u[i][c] - u[j][c]);
          gi[i][c] += t;
          gi[j][c] -= t;
        }
        kernel(distance(v, i, v, j), kv);
        total += 2 * kv[0];
      }
      for (int j = 0; j < n; j++) {
        kernel(distance(u, i, v, j), kv);
        total -= 2 * kv[0];
        for (int c = 0; c < columns; c++) {
          gi[i][c] -= kv[1] * (u[i][c] - v[j][c]);
        }
      }
    }
    if (grad != null) {
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < columns; c++) {
          grad.add((gradRow + i) * grad.cols() + aCol + c, 4 * scale * gi[i][c]);
        }
      }
    }
    return total * scale;
  }
}
