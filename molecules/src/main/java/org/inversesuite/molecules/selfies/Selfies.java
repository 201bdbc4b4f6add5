package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SELFIES strings as symbol sequences: splitting and joining. */
public final class Selfies {
  private Selfies() {}

  /**
   * @param selfies a string of bracketed symbols, e.g. {@code [C][=O]}; may be empty
   * @return the symbols, brackets included, in order
   * @throws IllegalArgumentException when the text has characters outside brackets, an
   *     unclosed or empty bracket, or nested brackets; the message names the offset
   */
  public static List<String> split(String selfies) {
    Objects.requireNonNull(selfies, "selfies");
    List<String> symbols = new ArrayList<>();
    int i = 0;
    while (i < selfies.length()) {
      if (selfies.charAt(i) != '[') {
        throw new IllegalArgumentException("SELFIES must be a sequence of [symbols]; found '" + selfies.charAt(i)
            + "' at offset " + i + " of " + selfies);
      }
      int close = selfies.indexOf(']', i);
      int nested = selfies.indexOf('[', i + 1);
      if (close < 0 || (nested >= 0 && nested < close) || close == i + 1) {
        throw new IllegalArgumentException("unclosed, nested or empty bracket at offset " + i + " of " + selfies);
      }
      symbols.add(selfies.substring(i, close + 1));
      i = close + 1;
    }
    return symbols;
  }

  /** @return the symbols concatenated; {@link NopSymbol#TEXT} padding is kept */
  public static String join(List<String> symbols) {
    return String.join("", symbols);
  }

  /** @return the number of symbols of a SELFIES string */
  public static int length(String selfies) {
    return split(selfies).size();
  }
}
