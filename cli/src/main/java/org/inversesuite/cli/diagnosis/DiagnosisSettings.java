package org.inversesuite.cli.diagnosis;

/**
 * How {@code inverse diagnose} tests a model.
 *
 * @param cases m, the number of simulated test cases (x ~ prior, y ~ simulator), ≥ 10
 * @param samples L, the posterior samples per case, ≥ 2
 * @param seed root seed; every stream derives from {@code new Rng(seed).stream("diagnostics")}
 * @param c2stObservations how many reference observations get a C2ST against rejection ABC, ≥ 0
 */
public record DiagnosisSettings(int cases, int samples, long seed, int c2stObservations) {
  /** Validates the values. */
  public DiagnosisSettings {
    if (cases < 10) {
      throw new IllegalArgumentException("--cases must be >= 10, got " + cases);
    }
    if (samples < 2) {
      throw new IllegalArgumentException("--samples must be >= 2, got " + samples);
    }
    if (c2stObservations < 0) {
      throw new IllegalArgumentException("--c2st must be >= 0, got " + c2stObservations);
    }
  }

  /**
   * @return histogram bins B for SBC: about 20 cases per bin and 4 to 20 bins, preferring a B
   *     that divides the L + 1 possible ranks (down to half the target), so that every bin holds
   *     the same number of ranks and expects the same count
   */
  public int sbcBins() {
    int target = Math.max(4, Math.min(20, cases / 20));
    for (int b = target; b >= Math.max(2, target / 2); b--) {
      if ((samples + 1) % b == 0) {
        return b;
      }
    }
    return target;
  }
}
