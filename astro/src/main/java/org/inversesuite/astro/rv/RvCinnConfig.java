package org.inversesuite.astro.rv;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;

/**
 * The architecture of the RV cINN: {@code couplings} × [GLOW affine coupling, random
 * permutation] on the 7 parameters, conditioned on a DeepSet summary of the measurements
 * ({@link org.inversesuite.core.nn.DeepSetEncoder}) trained jointly.
 *
 * @param couplings number of coupling blocks
 * @param subnet hidden layers of each coupling subnet
 * @param summaryFeatures width of the summary c = h(set) (and of each φ(e_i))
 * @param summary hidden layers of φ and ρ
 */
public record RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary) {
  /** Validates the values. */
  public RvCinnConfig {
    if (couplings < 1 || summaryFeatures < 1 || subnet == null || summary == null) {
      throw new IllegalArgumentException("need couplings >= 1, summaryFeatures >= 1, subnet and summary, got "
          + couplings + ", " + summaryFeatures + ", " + subnet + ", " + summary);
    }
  }

  /** @return 6 couplings of 2×128 ReLU subnets, a 32-wide summary with 2×64 ReLU φ and ρ */
  public static RvCinnConfig defaults() {
    return new RvCinnConfig(6, MlpConfig.of(128, 2, Activation.RELU), 32, MlpConfig.of(64, 2, Activation.RELU));
  }
}
