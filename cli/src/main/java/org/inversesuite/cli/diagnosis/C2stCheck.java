package org.inversesuite.cli.diagnosis;

import java.util.List;

/**
 * A classifier two-sample test of the cINN posterior against rejection ABC for one reference
 * observation. Accuracy 0.5 means indistinguishable; the floor is the accuracy between the two
 * halves of the ABC sample, i.e. what equal distributions give with these sample sizes.
 *
 * @param observation index of the reference observation
 * @param y the observation
 * @param abcSamples number of ABC samples (the cINN sample has the same size)
 * @param accuracy mean held-out accuracy of cINN against ABC
 * @param foldAccuracies accuracy of each fold
 * @param floorAccuracy mean held-out accuracy of one half of the ABC sample against the other
 */
public record C2stCheck(int observation, List<Double> y, int abcSamples, double accuracy,
    List<Double> foldAccuracies, double floorAccuracy) {
  /** Copies the lists. */
  public C2stCheck {
    y = List.copyOf(y);
    foldAccuracies = List.copyOf(foldAccuracies);
  }
}
