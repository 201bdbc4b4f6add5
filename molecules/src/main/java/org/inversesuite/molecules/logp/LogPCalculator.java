package org.inversesuite.molecules.logp;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Computes the logarithm of the octanol/water partition coefficient of a molecule,
 * \( \log P = \log_{10} ([X]_\text{octanol} / [X]_\text{water}) \), from its structure alone.
 *
 * <p>Contract: the argument is a CDK molecule with implicit hydrogen counts set on every atom
 * (as the CDK SMILES and MDL readers leave it), in Kekulé or aromatic form; it is never
 * modified (implementations work on a clone). All fragments of a multi-fragment container
 * contribute; strip salts first (see {@code org.inversesuite.molecules.io.FragmentPolicy}) if
 * that is not wanted. The result is finite.
 */
public interface LogPCalculator {
  /** @return which method this calculator implements */
  LogPMethod method();

  /**
   * @param molecule a molecule with implicit hydrogen counts set; not modified
   * @return the predicted logP, finite
   * @throws IllegalArgumentException when the method cannot type an atom of the molecule or
   *     the molecule is empty; the message names the atom or the reason
   */
  double logP(IAtomContainer molecule);
}
