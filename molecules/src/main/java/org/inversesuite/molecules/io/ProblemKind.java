package org.inversesuite.molecules.io;

/** Why a record of an input file did not become a molecule, or a molecule did not become a training example. */
public enum ProblemKind {
  /** CDK could not parse the record (the reason is CDK's message). */
  UNPARSABLE,
  /** The record parsed to a molecule without atoms. */
  EMPTY_MOLECULE,
  /** The record has several fragments and the policy is {@link FragmentPolicy#REJECT}. */
  MULTIPLE_FRAGMENTS,
  /** The record repeats an earlier molecule (same canonical SMILES); see {@link ReadResult#deduplicate}. */
  DUPLICATE,
  /** The molecule cannot be written as SELFIES (the reason names the {@code Unencodable} kind). */
  UNENCODABLE,
  /** A property used as the model's condition (logP, weight) cannot be computed for the molecule. */
  NO_PROPERTY,
  /** The molecule's SELFIES is longer than the model's row width. */
  TOO_LONG
}
