package org.inversesuite.molecules.selfies;

/**
 * {@code [Ring<L>]} with a bond prefix: a ring bond from the current atom back to the atom
 * Q + 1 places earlier in derivation order, Q being the next {@code length} symbols read as a
 * base-16 number ({@link IndexSymbols}).
 *
 * @param bondOrder requested order of the ring bond, 1 to 3
 * @param length number of index symbols after this one, 1 to 3
 */
public record RingSymbol(int bondOrder, int length) implements SelfiesSymbol {
  /** Checks the ranges. */
  public RingSymbol {
    SymbolSyntax.prefix(bondOrder);
    SymbolSyntax.checkLength(length);
  }

  @Override
  public String text() {
    return "[" + SymbolSyntax.prefix(bondOrder) + "Ring" + length + "]";
  }
}
