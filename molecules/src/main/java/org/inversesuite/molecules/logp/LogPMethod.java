package org.inversesuite.molecules.logp;

/** The logP methods of this package; {@link #newCalculator()} builds one. */
public enum LogPMethod {
  /**
   * Wildman–Crippen atomic contributions, the atom typing of RDKit's {@code MolLogP}
   * (S. A. Wildman, G. M. Crippen, J. Chem. Inf. Comput. Sci. 1999, 39, 868–873).
   */
  WILDMAN_CRIPPEN,
  /** CDK's JPlogP (J. Plante, S. Werner, J. Cheminform. 2018, 10, 61). */
  JPLOGP,
  /** CDK's XLogP (R. Wang, Y. Fu, L. Lai, J. Chem. Inf. Comput. Sci. 1997, 37, 615–621). */
  XLOGP;

  /** @return a new calculator for this method (not shared; create one per thread) */
  public LogPCalculator newCalculator() {
    return switch (this) {
      case WILDMAN_CRIPPEN -> WildmanCrippenLogP.create();
      case JPLOGP -> new JPlogPCalculator();
      case XLOGP -> new XLogPCalculator();
    };
  }
}
