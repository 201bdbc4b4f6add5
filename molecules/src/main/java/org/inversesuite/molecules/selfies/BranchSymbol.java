package org.inversesuite.molecules.selfies;

/**
 * {@code [Branch<L>]} with a bond prefix: opens a side chain on the current atom. The next
 * {@code length} symbols are read as a base-16 number Q ({@link IndexSymbols}); the branch is
 * derived from the following Q + 1 symbols.
 *
 * @param bondOrder bond order of the branch's first bond, 1 to 3
 * @param length number of index symbols after this one, 1 to 3
 */
public record BranchSymbol(int bondOrder, int length) implements SelfiesSymbol {
  /** Checks the ranges. */
  public BranchSymbol {
    SymbolSyntax.prefix(bondOrder);
    SymbolSyntax.checkLength(length);
  }

  @Override
  public String text() {
    return "[" + SymbolSyntax.prefix(bondOrder) + "Branch" + length + "]";
  }
}
