package org.inversesuite.molecules.selfies;

/**
 * The SMILES organic subset and its default valences (OpenSMILES specification, section
 * 3.1.5): an unbracketed atom with bond-order sum v carries the smallest default valence ≥ v,
 * minus v, implicit hydrogens (none if every default valence is below v).
 */
final class Valences {
  private Valences() {}

  /** @return the default valences of an organic-subset element, or an empty array */
  static int[] organicDefaults(int atomicNumber) {
    return switch (atomicNumber) {
      case 5 -> new int[] {3};
      case 6 -> new int[] {4};
      case 7, 15 -> new int[] {3, 5};
      case 8 -> new int[] {2};
      case 16 -> new int[] {2, 4, 6};
      case 9, 17, 35, 53 -> new int[] {1};
      default -> new int[0];
    };
  }

  /** @return whether the element may be written without brackets in SMILES (B C N O P S F Cl Br I) */
  static boolean isOrganic(int atomicNumber) {
    return organicDefaults(atomicNumber).length > 0;
  }

  /**
   * Implicit hydrogens of an organic-subset atom, limited so that bonds plus hydrogens never
   * exceed the atom's bonding capacity.
   *
   * @param atomicNumber an organic-subset element
   * @param bondOrderSum sum of the orders of the atom's bonds
   * @param capacity the atom's maximum number of bonds, hydrogens included
   * @return the number of implicit hydrogens, ≥ 0
   */
  static int implicitHydrogens(int atomicNumber, int bondOrderSum, int capacity) {
    for (int valence : organicDefaults(atomicNumber)) {
      if (valence >= bondOrderSum) {
        return Math.max(0, Math.min(valence, capacity) - bondOrderSum);
      }
    }
    return 0;
  }
}
