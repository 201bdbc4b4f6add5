package org.inversesuite.molecules.io;

import org.openscience.cdk.smiles.SmiFlavor;

/** Which CDK canonical SMILES flavour identifies a molecule (see {@link CanonicalSmiles}). */
public enum CanonicalForm {
  /** {@link SmiFlavor#Canonical}: constitution only; stereoisomers and isotopologues collide. */
  CANONICAL(SmiFlavor.Canonical),
  /**
   * {@link SmiFlavor#Absolute}: canonical with stereochemistry and isotopes. CDK 2.11 labels
   * stereo canonically through InChI, so this form needs the {@code cdk-inchi} module on the
   * class path; without it {@link CanonicalSmiles} throws an {@link IllegalStateException}.
   */
  ABSOLUTE(SmiFlavor.Absolute);

  private final int flavor;

  CanonicalForm(int flavor) {
    this.flavor = flavor;
  }

  /** @return the CDK {@link SmiFlavor} bits, without aromatic symbols */
  public int flavor() {
    return flavor;
  }
}
