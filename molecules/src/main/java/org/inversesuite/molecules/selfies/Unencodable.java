package org.inversesuite.molecules.selfies;

/** Why a molecule cannot be written as SELFIES by {@link SelfiesEncoder}. */
public enum Unencodable {
  /** The molecule has no atoms. */
  EMPTY,
  /** The molecule has several fragments; strip salts first (a SELFIES string here is one connected molecule). */
  MULTIPLE_FRAGMENTS,
  /** A pseudo-atom ({@code *}, R group) or an atom without atomic number. */
  PSEUDO_ATOM,
  /** An isotope label; the symbols here do not carry mass numbers. */
  ISOTOPE,
  /** An element and charge without a {@link SemanticConstraints} capacity (e.g. a transition metal). */
  NO_CONSTRAINT,
  /** An atom whose bonds and hydrogens exceed its capacity (e.g. pentavalent nitrogen in {@code N(=O)=O}). */
  VALENCE_ABOVE_CONSTRAINT,
  /** A bond that is not single, double or triple (after kekulisation), or an unset hydrogen count. */
  UNSUPPORTED_BOND,
  /** A branch or ring distance beyond the 4 095 that three index symbols can hold. */
  TOO_LARGE
}
