package org.inversesuite.molecules.logp;

import java.util.Objects;

/**
 * The Wildman–Crippen type and logP contribution of one atom.
 *
 * @param atomIndex index of the atom in the input molecule; for an implicit hydrogen, the index
 *     of the atom that carries it
 * @param hydrogen whether this row is an implicit hydrogen of atom {@code atomIndex}
 * @param type the matched type label, or {@link #UNTYPED} when no row of the table matched
 *     (the atom then contributes 0, as in RDKit)
 * @param logP the contribution, finite
 */
public record AtomContribution(int atomIndex, boolean hydrogen, String type, double logP) {
  /** Label of an atom that no row of the table matched. */
  public static final String UNTYPED = "UNTYPED";

  /** Checks the index and contribution. */
  public AtomContribution {
    Objects.requireNonNull(type, "type");
    if (atomIndex < 0) {
      throw new IllegalArgumentException("atomIndex must be >= 0, got " + atomIndex);
    }
    if (!Double.isFinite(logP)) {
      throw new IllegalArgumentException("logP contribution must be finite, got " + logP);
    }
  }
}
