package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.selfies.AtomOrder;
import org.inversesuite.molecules.selfies.SelfiesEncoder;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Data augmentation by randomised atom orders (Bjerrum 2017, "SMILES enumeration as data augmentation",
 * arXiv:1703.07076; Arús-Pous et al. 2019, J. Cheminform. 11:71): the atoms and bonds of a molecule
 * are shuffled and the molecule is written as SELFIES in that input order ({@link AtomOrder#INPUT}).
 * Each string describes the same constitution, so the model sees several strings per molecule with
 * the same condition y. A variant is kept only when every symbol is in the alphabet and it fits the
 * row width.
 */
public final class RandomisedSelfies {
  private final SelfiesEncoder encoder = SelfiesEncoder.defaults().withOrder(AtomOrder.INPUT);
  private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());

  /**
   * @param example a training molecule (its canonical SMILES is parsed)
   * @param attempts random orders to try
   * @param representation the alphabet and row width a variant must fit
   * @return the canonical SELFIES first, then the distinct fitting variants (at most {@code attempts})
   */
  public List<List<String>> variants(Example example, int attempts, SelfiesRepresentation representation, Rng rng) {
    Set<List<String>> out = new LinkedHashSet<>();
    out.add(example.selfies());
    IAtomContainer molecule;
    try {
      molecule = parser.parseSmiles(example.smiles());
    } catch (CDKException e) {
      throw new IllegalArgumentException("record " + example.record() + " (" + example.id() + "): cannot re-read its SMILES "
          + example.smiles() + ": " + e.getMessage(), e);
    }
    for (int a = 0; a < attempts; a++) {
      List<String> symbols = encoder.encodeSymbols(shuffled(molecule, rng));
      if (fits(symbols, representation)) {
        out.add(symbols);
      }
    }
    return new ArrayList<>(out);
  }

  /** @return a copy of the molecule with its atoms and bonds in a random order */
  static IAtomContainer shuffled(IAtomContainer molecule, Rng rng) {
    IAtomContainer copy;
    try {
      copy = molecule.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("CDK could not copy a molecule", e);
    }
    IAtom[] atoms = new IAtom[copy.getAtomCount()];
    int[] atomOrder = rng.permutation(atoms.length);
    for (int i = 0; i < atoms.length; i++) {
      atoms[i] = copy.getAtom(atomOrder[i]);
    }
    IBond[] bonds = new IBond[copy.getBondCount()];
    int[] bondOrder = rng.permutation(bonds.length);
    for (int i = 0; i < bonds.length; i++) {
      bonds[i] = copy.getBond(bondOrder[i]);
    }
    copy.setAtoms(atoms);
    copy.setBonds(bonds);
    return copy;
  }

  private static boolean fits(List<String> symbols, SelfiesRepresentation representation) {
    if (symbols.size() > representation.width()) {
      return false;
    }
    try {
      representation.tokens(symbols);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
