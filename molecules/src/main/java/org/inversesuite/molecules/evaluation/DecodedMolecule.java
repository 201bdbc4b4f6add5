package org.inversesuite.molecules.evaluation;

import java.util.Objects;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * A generated SELFIES string and what it became. It is valid when it decodes to a molecule with
 * at least one atom whose canonical SMILES CDK writes and reads back, and whose logP can be
 * computed; otherwise {@link #problem()} says why.
 *
 * @param selfies the generated string
 * @param molecule the decoded molecule, or null when invalid
 * @param smiles its canonical SMILES, or null when invalid
 * @param logP its Wildman–Crippen logP, NaN when invalid
 * @param problem why it is invalid, or null
 */
public record DecodedMolecule(String selfies, IAtomContainer molecule, String smiles, double logP, String problem) {
  /** Checks that exactly the valid fields are set. */
  public DecodedMolecule {
    Objects.requireNonNull(selfies, "selfies");
    if ((problem == null) != (molecule != null && smiles != null && Double.isFinite(logP))) {
      throw new IllegalArgumentException("a decoded molecule has either a molecule, SMILES and logP, or a problem");
    }
  }

  /** @return true if the string became a valid molecule */
  public boolean valid() {
    return problem == null;
  }

  /**
   * @param selfies a SELFIES string
   * @param decoder the decoder
   * @param logP the calculator
   * @return the decoded molecule or its problem
   */
  public static DecodedMolecule decode(String selfies, SelfiesDecoder decoder, LogPCalculator logP) {
    try {
      IAtomContainer molecule = decoder.decode(selfies);
      if (molecule.getAtomCount() == 0) {
        return invalid(selfies, "the string decodes to no atoms");
      }
      String smiles = CanonicalSmiles.of(molecule);
      new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
      return new DecodedMolecule(selfies, molecule, smiles, logP.logP(molecule), null);
    } catch (IllegalArgumentException | InvalidSmilesException e) {
      return invalid(selfies, e.getMessage());
    }
  }

  private static DecodedMolecule invalid(String selfies, String why) {
    return new DecodedMolecule(selfies, null, null, Double.NaN, why == null ? "unknown" : why);
  }
}
