package org.inversesuite.core.block;

import java.util.SplittableRandom;

/**
 * Random inputs of the lane affine-coupling maps' tests: the subnet output row (every fourth entry a
 * scale logit in [−40, 40], which reaches the ATAN clamp, the others standard normal) and the state
 * row (normal, s.d. 3), each with margins around the m elements the map reads or writes.
 */
final class AffineMapInputs {
  private AffineMapInputs() {}

  /** A subnet output row of 2m + 5 floats: scales read from offset 2, shifts from 2 + m. */
  static float[] raw(SplittableRandom r, int m) {
    float[] raw = new float[2 * m + 5];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (float) (i % 4 == 0 ? r.nextDouble(-40, 40) : r.nextGaussian());
    }
    return raw;
  }

  /** A state row of m + 3 floats, mapped from offset 1. */
  static float[] state(SplittableRandom r, int m) {
    float[] state = new float[m + 3];
    for (int i = 0; i < state.length; i++) {
      state[i] = (float) (3 * r.nextGaussian());
    }
    return state;
  }
}
