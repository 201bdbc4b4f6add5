package org.inversesuite.core.block;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.core.tensor.FloatMatrix;

/**
 * The inverse of one affine coupling half in float32 with the transcendental functions vectorised,
 * for drawing many posterior samples: with raw subnet outputs (ŝ, t) per row,
 * \[ s = \alpha\, g(\hat s), \qquad x_a = (z_a - t) \odot e^{-s}, \qquad
 *    \log|\det \partial x/\partial z| \mathrel{+}= -\textstyle\sum_i s_i, \]
 * exactly {@link AffineCouplingBlock}'s inverse (Dinh et al. 2017, arXiv:1605.08803), but g and the
 * exponential are evaluated with {@code jdk.incubator.vector} lanewise operations (the JDK's
 * vector maths, within about 1 ulp of float) over the whole raw buffer at once instead of one
 * {@link Math#atan} and one {@link Math#exp} in double per element: at a small subnet these two
 * calls, not the products, were the largest share of a draw (run 10 in docs/astro.md). The result
 * agrees with the double path to float rounding (relative ~1e-7 per coupling).
 */
final class FloatAffineInverse {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int V = SPECIES.length();

  private FloatAffineInverse() {
  }

  /**
   * @param raw the subnet outputs, [n, 2d]: ŝ in columns [0, d), t in [d, 2d)
   * @param z the input, the active half in columns [inCol, inCol + d)
   * @param x receives the active half in columns [outCol, outCol + d)
   * @param logDet −Σ s is added per row
   */
  static void inverse(FloatMatrix raw, FloatMatrix z, int inCol, FloatMatrix x, int outCol, int d, double[] logDet,
      ClampActivation g, double alpha) {
    int n = z.rows();
    int rc = raw.cols();
    float[] r = raw.data();
    int size = n * rc;
    float[] scale = new float[size];
    float[] factor = new float[size];
    float a = (float) alpha;
    for (int i = 0; i < size; i += V) {
      VectorMask<Float> m = SPECIES.indexInRange(i, size);
      FloatVector s = clamp(FloatVector.fromArray(SPECIES, r, i, m), g, a);
      s.intoArray(scale, i, m);
      s.neg().lanewise(VectorOperators.EXP).intoArray(factor, i, m);
    }
    float[] in = z.data();
    float[] out = x.data();
    int ic = z.cols();
    int oc = x.cols();
    for (int row = 0; row < n; row++) {
      int b = row * rc;
      double sum = 0;
      for (int j = 0; j < d; j++) {
        out[row * oc + outCol + j] = (in[row * ic + inCol + j] - r[b + d + j]) * factor[b + j];
        sum += scale[b + j];
      }
      logDet[row] -= sum;
    }
  }

  /** @return s = α g(u), or u for {@link ClampActivation#NONE} */
  private static FloatVector clamp(FloatVector u, ClampActivation g, float alpha) {
    return switch (g) {
      case ATAN -> u.lanewise(VectorOperators.ATAN).mul(0.636f * alpha);
      case TANH -> u.lanewise(VectorOperators.TANH).mul(alpha);
      case SIGMOID -> FloatVector.broadcast(SPECIES, 2f).div(u.neg().lanewise(VectorOperators.EXP).add(1)).sub(1)
          .mul(alpha);
      case NONE -> u;
    };
  }
}
