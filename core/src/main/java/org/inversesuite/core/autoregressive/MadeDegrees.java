package org.inversesuite.core.autoregressive;

/**
 * The degree rule of MADE (Germain et al. 2015, "MADE: Masked Autoencoder for Distribution
 * Estimation", arXiv:1502.03509, section 4), extended to a condition c as in conditional MAF
 * (Papamakarios et al. 2017, arXiv:1705.07057, section 3.4): input x_i has degree i + 1, every
 * condition input degree 0; hidden unit k of any layer has degree
 * {@code m_k = m_min + (k mod (D − m_min))} in {m_min, …, D − 1}, with m_min = 0 when there is a
 * condition (units of degree 0 see only c, so the first output depends on c) or D = 1, else 1.
 * A weight from degree a to a hidden unit of degree b exists iff {@code b ≥ a}; to an output of
 * dimension i (degree i + 1) iff {@code i + 1 > a}. Hence output i depends on x_{&lt;i} and c only,
 * and every condition input reaches every hidden unit.
 */
public final class MadeDegrees {
  private MadeDegrees() {}

  /** @return the degrees of the inputs [x (D), c (C)] */
  public static int[] inputs(int dimension, int conditionDimension) {
    int[] d = new int[dimension + conditionDimension];
    for (int i = 0; i < dimension; i++) {
      d[i] = i + 1;
    }
    return d;
  }

  /** @return the degrees of a hidden layer of {@code width} units */
  public static int[] hidden(int width, int dimension, int conditionDimension) {
    int min = conditionDimension > 0 || dimension == 1 ? 0 : 1;
    int span = dimension - min;
    int[] d = new int[width];
    for (int k = 0; k < width; k++) {
      d[k] = min + k % span;
    }
    return d;
  }

  /** @return the degrees of {@code perDimension} output groups of D columns (column g·D + i has degree i + 1) */
  public static int[] outputs(int dimension, int perDimension) {
    int[] d = new int[dimension * perDimension];
    for (int g = 0; g < perDimension; g++) {
      for (int i = 0; i < dimension; i++) {
        d[g * dimension + i] = i + 1;
      }
    }
    return d;
  }

  /**
   * @param strict true for a layer into the outputs ({@code b > a}), false into a hidden layer ({@code b ≥ a})
   * @return the mask of a weight matrix [from.length, to.length], row-major, 1 where a weight exists
   */
  public static double[] mask(int[] from, int[] to, boolean strict) {
    double[] m = new double[from.length * to.length];
    for (int a = 0; a < from.length; a++) {
      for (int b = 0; b < to.length; b++) {
        boolean connected = strict ? to[b] > from[a] : to[b] >= from[a];
        m[a * to.length + b] = connected ? 1 : 0;
      }
    }
    return m;
  }
}
