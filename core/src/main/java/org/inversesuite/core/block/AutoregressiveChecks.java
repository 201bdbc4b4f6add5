package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;

/** The argument checks of the autoregressive block configs. */
final class AutoregressiveChecks {
  private AutoregressiveChecks() {}

  static void check(ClampActivation clampActivation, double clamp, MlpConfig made) {
    if (clampActivation == null || made == null) {
      throw new IllegalArgumentException("clampActivation and made are required");
    }
    if (!(clamp > 0) || Double.isInfinite(clamp)) {
      throw new IllegalArgumentException("clamp must be a positive finite number, got " + clamp);
    }
  }
}
