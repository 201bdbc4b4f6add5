package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * Baseline 1: random SELFIES strings. The length of each string is drawn from the training
 * molecules' SELFIES lengths, each symbol uniformly from the alphabet without padding. It
 * ignores the target: what validity by construction alone gives.
 */
public final class RandomSelfiesBaseline {
  private final SelfiesAlphabet alphabet;
  private final int[] lengths;

  /**
   * @param alphabet the training alphabet ({@code [nop]} at 0 is not drawn)
   * @param lengths the training SELFIES lengths
   */
  public RandomSelfiesBaseline(SelfiesAlphabet alphabet, int[] lengths) {
    if (alphabet.size() < 2 || lengths.length == 0) {
      throw new IllegalArgumentException("the baseline needs at least one symbol and one length");
    }
    this.alphabet = alphabet;
    this.lengths = lengths.clone();
  }

  /** @return n random strings */
  public List<String> sample(int n, Rng rng) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int length = lengths[rng.nextInt(lengths.length)];
      StringBuilder b = new StringBuilder();
      for (int p = 0; p < length; p++) {
        b.append(alphabet.symbols().get(1 + rng.nextInt(alphabet.size() - 1)));
      }
      out.add(b.toString());
    }
    return out;
  }
}
