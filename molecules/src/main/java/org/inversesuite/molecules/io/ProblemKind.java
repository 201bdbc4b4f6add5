package org.inversesuite.molecules.io;

/** Why a record of an input file did not become a molecule. */
public enum ProblemKind {
  /** CDK could not parse the record (the reason is CDK's message). */
  UNPARSABLE,
  /** The record parsed to a molecule without atoms. */
  EMPTY_MOLECULE,
  /** The record has several fragments and the policy is {@link FragmentPolicy#REJECT}. */
  MULTIPLE_FRAGMENTS,
  /** The record repeats an earlier molecule (same canonical SMILES); see {@link ReadResult#deduplicate}. */
  DUPLICATE
}
