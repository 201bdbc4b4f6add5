package org.inversesuite.molecules.selfies;

/** Where {@link SelfiesEncoder} starts its walk and in which order it visits neighbours. */
public enum AtomOrder {
  /** The molecule's own atom and bond order: the string follows the input (e.g. its SMILES). */
  INPUT,
  /**
   * CDK's canonical SMILES order ({@code SmiFlavor.Canonical}, Kekulé form): the same
   * constitution gives the same string whatever the input order.
   */
  CANONICAL
}
