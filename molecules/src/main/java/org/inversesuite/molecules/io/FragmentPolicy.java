package org.inversesuite.molecules.io;

/**
 * What a reader does with a record of several disconnected fragments (salts, counter-ions,
 * solvates, mixtures). The rule is applied before the record becomes a {@link MoleculeRecord}.
 */
public enum FragmentPolicy {
  /**
   * Keep the fragment with the most heavy (non-hydrogen) atoms; on a tie, the one that comes
   * first in the record. The count of removed fragments is kept in
   * {@link MoleculeRecord#removedFragments()}. This is the default: it strips the counter-ions
   * of salts (e.g. {@code CN.Cl} → {@code CN}).
   */
  LARGEST_FRAGMENT,
  /** Keep the record as it is, all fragments in one container. */
  KEEP_ALL,
  /** Report the record as a {@link ProblemKind#MULTIPLE_FRAGMENTS} problem. */
  REJECT
}
