package org.inversesuite.core.baseline;

import java.util.List;
import org.inversesuite.core.inn.MmdKernel;
import org.inversesuite.core.inn.MultiscaleMmd;
import org.inversesuite.core.tensor.Matrix;

/**
 * The latent terms of the autoencoder baselines, in standardised units. With encoder output
 * e = [ŷ, z] (n rows), observations ỹ and prior draws ζ ~ N(0, I):
 *
 * <pre>
 *   L_y = (λ_y / n) Σ_i ‖ŷ_i − ỹ_i‖²,     L_z = λ_z MMD([ỹ, z], [ỹ, ζ])
 * </pre>
 *
 * with the biased multiscale MMD of the INN ({@link MultiscaleMmd}, inverse multiquadric kernels
 * (C, a) = (0.2, 2), (1.5, 2), (3, 2)). Comparing the joint [ỹ, z] with [ỹ, ζ] row by row (same
 * ỹ on both sides) makes z both N(0, I) and independent of y, as the INN's L_z does
 * (Ardizzone et al. 2019, section 3.3). The decoder reads [ỹ, z]: the true observation, so that
 * training matches sampling, where ỹ* is given and z is drawn from the prior.
 */
final class LatentPriorLoss {
  private static final List<MmdKernel> KERNELS = List.of(new MmdKernel(0.2, 2), new MmdKernel(1.5, 2),
      new MmdKernel(3.0, 2));

  private final int dy;
  private final int dz;
  private final LatentPriorConfig config;
  private final MultiscaleMmd mmd = new MultiscaleMmd(KERNELS);

  LatentPriorLoss(int dy, LatentPriorConfig config) {
    this.dy = dy;
    this.dz = config.latentDimension();
    this.config = config;
  }

  /** @return dim y + dim z, the width of e and of the decoder input */
  int width() {
    return dy + dz;
  }

  /**
   * @param e encoder output [ŷ, z], shape [n, width()]
   * @param y standardised observations, shape [n, dy]
   * @param zeta prior draws, shape [n, dz]
   * @param v receives the decoder input [ỹ, z], shape [n, width()]
   * @param de receives ∂(L_y + L_z)/∂e (overwritten), shape [n, width()]
   * @return L_y + L_z
   */
  double evaluate(Matrix e, Matrix y, Matrix zeta, Matrix v, Matrix de) {
    int n = e.rows();
    Matrix target = v.like(n, width());
    v.copyColumns(y, 0, 0, dy);
    v.copyColumns(e, dy, dy, dz);
    target.copyColumns(y, 0, 0, dy);
    target.copyColumns(zeta, 0, dy, dz);
    de.fill(0);
    double fit = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dy; j++) {
        double r = e.get(i, j) - y.get(i, j);
        fit += r * r;
        de.set(i, j, 2 * config.fitWeight() * r / n);
      }
    }
    Matrix g = v.like(n, width());
    double latent = mmd.evaluate(v, 0, target, 0, width(), config.mmdWeight(), g, 0);
    addZ(g, de);
    return config.fitWeight() * fit / n + latent;
  }

  /** Adds the z columns of {@code dv} (a gradient with respect to the decoder input) into {@code de}. */
  void addZ(Matrix dv, Matrix de) {
    for (int i = 0; i < dv.rows(); i++) {
      for (int j = dy; j < dy + dz; j++) {
        de.add(i * de.cols() + j, dv.get(i, j));
      }
    }
  }

  /** @return the decoder input [ỹ, ζ] of posterior sampling */
  Matrix samplingInput(Matrix y, Matrix zeta) {
    Matrix v = y.like(y.rows(), width());
    v.copyColumns(y, 0, 0, dy);
    v.copyColumns(zeta, 0, dy, dz);
    return v;
  }
}
