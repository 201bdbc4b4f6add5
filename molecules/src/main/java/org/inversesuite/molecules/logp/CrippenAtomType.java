package org.inversesuite.molecules.logp;

import java.util.Objects;

/**
 * One row of the Wildman–Crippen atom-type table: a SMARTS pattern whose first atom receives
 * the type's logP contribution.
 *
 * @param type the paper's type label, e.g. {@code C18} (aromatic CH) or {@code H1}
 * @param smarts the SMARTS that defines the type; its first atom is the typed atom
 * @param logP the atom's logP contribution, finite
 * @param molarRefractivity the atom's MR contribution; NaN where the paper gives none
 * @param description a short description of the type
 */
public record CrippenAtomType(String type, String smarts, double logP, double molarRefractivity, String description) {
  /** Checks that the label and SMARTS are present and the contribution is finite. */
  public CrippenAtomType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(smarts, "smarts");
    Objects.requireNonNull(description, "description");
    if (type.isBlank() || smarts.isBlank()) {
      throw new IllegalArgumentException("type and smarts must not be blank, got '" + type + "' and '" + smarts + "'");
    }
    if (!Double.isFinite(logP)) {
      throw new IllegalArgumentException("logP contribution of " + type + " must be finite, got " + logP);
    }
  }
}
