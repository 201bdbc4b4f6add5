package org.inversesuite.molecules.io;

import java.util.Objects;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;

/** Fragment (connected component) helpers behind {@link FragmentPolicy}. */
public final class Fragments {
  private Fragments() {}

  /** @return the number of connected components of {@code molecule} (0 for an empty one) */
  public static int count(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    return molecule.getAtomCount() == 0 ? 0 : ConnectivityChecker.partitionIntoMolecules(molecule).getAtomContainerCount();
  }

  /** @return the number of atoms with atomic number greater than 1 */
  public static int heavyAtomCount(IAtomContainer molecule) {
    int n = 0;
    for (IAtom atom : molecule.atoms()) {
      Integer z = atom.getAtomicNumber();
      if (z != null && z > 1) {
        n++;
      }
    }
    return n;
  }

  /**
   * The fragment with the most heavy atoms; on a tie, the first in atom order.
   *
   * @param molecule a molecule with at least one atom
   * @return {@code molecule} itself when it has one fragment, otherwise a new container that
   *     shares the kept fragment's atoms and bonds with {@code molecule} and has its properties
   *     (title, SD fields)
   */
  public static IAtomContainer largest(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    if (molecule.getAtomCount() == 0) {
      throw new IllegalArgumentException("an empty molecule has no fragments");
    }
    IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(molecule);
    if (parts.getAtomContainerCount() == 1) {
      return molecule;
    }
    IAtomContainer best = null;
    int bestHeavy = -1;
    for (IAtomContainer part : parts.atomContainers()) {
      int heavy = heavyAtomCount(part);
      if (heavy > bestHeavy) {
        best = part;
        bestHeavy = heavy;
      }
    }
    best.addProperties(molecule.getProperties());
    return best;
  }
}
