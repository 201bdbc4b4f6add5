package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols that stand for the base-16 digits of the branch length and ring distance Q,
 * as in the SELFIES library version 2: {@code [C]}=0, {@code [Ring1]}=1, {@code [Ring2]}=2,
 * {@code [Branch1]}=3, {@code [=Branch1]}=4, {@code [#Branch1]}=5, {@code [Branch2]}=6,
 * {@code [=Branch2]}=7, {@code [#Branch2]}=8, {@code [O]}=9, {@code [N]}=10, {@code [=N]}=11,
 * {@code [=C]}=12, {@code [#C]}=13, {@code [S]}=14, {@code [P]}=15. Any other symbol read as a
 * digit counts 0, so every symbol sequence has a meaning.
 */
public final class IndexSymbols {
  /** The digit symbols, in digit order. */
  public static final List<String> DIGITS = List.of("[C]", "[Ring1]", "[Ring2]", "[Branch1]", "[=Branch1]", "[#Branch1]",
      "[Branch2]", "[=Branch2]", "[#Branch2]", "[O]", "[N]", "[=N]", "[=C]", "[#C]", "[S]", "[P]");
  private static final Map<String, Integer> VALUE;

  static {
    Map<String, Integer> v = new HashMap<>();
    for (int i = 0; i < DIGITS.size(); i++) {
      v.put(DIGITS.get(i), i);
    }
    VALUE = Map.copyOf(v);
  }

  private IndexSymbols() {}

  /** @return the digit value of a symbol, 0 for any symbol that is not a digit symbol */
  public static int value(String symbol) {
    return VALUE.getOrDefault(symbol, 0);
  }

  /** @return the number of index symbols needed for Q (1 for Q &lt; 16, 2 below 256, 3 below 4096) */
  static int lengthFor(int q) {
    if (q < 0 || q >= 4096) {
      throw new IllegalArgumentException("Q must be 0 to 4095, got " + q);
    }
    return q < 16 ? 1 : q < 256 ? 2 : 3;
  }

  /** @return Q written as {@code length} digit symbols, most significant first */
  static List<String> encode(int q, int length) {
    List<String> out = new ArrayList<>(length);
    for (int k = length - 1; k >= 0; k--) {
      out.add(DIGITS.get((q >> (4 * k)) & 15));
    }
    return out;
  }
}
