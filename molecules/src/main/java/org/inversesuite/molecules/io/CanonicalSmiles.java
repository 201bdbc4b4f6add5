package org.inversesuite.molecules.io;

import java.util.Objects;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Canonical SMILES as identity keys: two molecules are the same when their keys are equal.
 *
 * <p>The key is CDK's canonical SMILES ({@link SmiFlavor#Canonical} or {@link SmiFlavor#Absolute},
 * after N. M. O'Boyle, "Towards a Universal SMILES representation", J. Cheminform. 2012, 4, 22
 * and CDK's canonical labelling of Weininger et al., J. Chem. Inf. Comput. Sci. 1989, 29, 97)
 * written with aromatic symbols after Daylight-model aromaticity perception, so that the two
 * Kekulé structures of one aromatic system give the same key. The input is not modified.
 */
public final class CanonicalSmiles {
  private static final Aromaticity DAYLIGHT = new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.relevant()));

  private static final String INCHI_CLASS = "org.openscience.cdk.inchi.InChIGeneratorFactory";

  private CanonicalSmiles() {}

  /** @return whether {@link CanonicalForm#ABSOLUTE} can be computed (CDK's InChI module is present) */
  public static boolean absoluteAvailable() {
    try {
      Class.forName(INCHI_CLASS, false, CanonicalSmiles.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * @param molecule the molecule; not modified
   * @param form whether stereochemistry and isotopes are part of the key
   * @return the canonical SMILES ({@code ""} for an empty molecule)
   * @throws IllegalArgumentException when CDK cannot write the molecule, with CDK's reason
   * @throws IllegalStateException for {@link CanonicalForm#ABSOLUTE} without the cdk-inchi module
   */
  public static String of(IAtomContainer molecule, CanonicalForm form) {
    Objects.requireNonNull(molecule, "molecule");
    Objects.requireNonNull(form, "form");
    if (form == CanonicalForm.ABSOLUTE && !absoluteAvailable()) {
      throw new IllegalStateException("canonical SMILES with stereo (SmiFlavor.Absolute) needs CDK's InChI module "
          + "(org.openscience.cdk:cdk-inchi) on the class path; it is not there. Use CanonicalForm.CANONICAL.");
    }
    try {
      IAtomContainer copy = molecule.clone();
      if (hasBondOrders(copy)) {
        Aromaticity.clear(copy);
        DAYLIGHT.apply(copy);
      }
      return new SmilesGenerator(form.flavor() | SmiFlavor.UseAromaticSymbols).create(copy);
    } catch (CloneNotSupportedException | CDKException e) {
      throw new IllegalArgumentException("CDK cannot write canonical SMILES: " + e.getMessage(), e);
    }
  }

  /** Aromatic bonds without a Kekulé order keep the flags they came with. */
  private static boolean hasBondOrders(IAtomContainer molecule) {
    for (IBond bond : molecule.bonds()) {
      if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
        return false;
      }
    }
    return true;
  }

  /** @return {@link #of(IAtomContainer, CanonicalForm)} with {@link CanonicalForm#CANONICAL} */
  public static String of(IAtomContainer molecule) {
    return of(molecule, CanonicalForm.CANONICAL);
  }
}
