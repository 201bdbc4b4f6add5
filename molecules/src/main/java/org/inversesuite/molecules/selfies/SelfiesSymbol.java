package org.inversesuite.molecules.selfies;

import java.util.regex.Matcher;

/**
 * One SELFIES symbol, written in square brackets. The kinds, in the syntax of the SELFIES
 * library version 2, with an optional bond prefix {@code =} (double) or {@code #} (triple):
 * <ul>
 *   <li>{@link AtomSymbol}, e.g. {@code [C]}, {@code [=O]}, {@code [NH3+1]}, {@code [CH0]};</li>
 *   <li>{@link BranchSymbol}: {@code [Branch1]} … {@code [#Branch3]}, a side chain whose length
 *       is given by the next 1–3 symbols read as base-16 digits;</li>
 *   <li>{@link RingSymbol}: {@code [Ring1]} … {@code [#Ring3]}, a ring bond back to an earlier
 *       atom whose distance is given by the next 1–3 symbols;</li>
 *   <li>{@link NopSymbol} {@code [nop]}: padding, skipped by the decoder.</li>
 * </ul>
 * The text of a symbol is canonical: {@link #parse} accepts exactly what {@link #text()} writes.
 */
public sealed interface SelfiesSymbol permits AtomSymbol, BranchSymbol, RingSymbol, NopSymbol {
  /** @return the symbol's text, brackets included */
  String text();

  /**
   * @param text one symbol, brackets included
   * @return the symbol
   * @throws IllegalArgumentException when the text is not a SELFIES symbol in canonical spelling
   */
  static SelfiesSymbol parse(String text) {
    if (NopSymbol.TEXT.equals(text)) {
      return NopSymbol.INSTANCE;
    }
    Matcher structural = SymbolSyntax.STRUCTURAL.matcher(text);
    if (structural.matches()) {
      int order = SymbolSyntax.bondOrder(structural.group(1));
      int length = Integer.parseInt(structural.group(3));
      return structural.group(2).equals("Branch") ? new BranchSymbol(order, length) : new RingSymbol(order, length);
    }
    return AtomSymbol.parse(text);
  }
}
