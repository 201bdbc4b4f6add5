package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * The properties a design model is conditioned on, y in p(molecule | y). logP is the
 * Wildman–Crippen value (J. Chem. Inf. Comput. Sci. 1999, 39, 868-873), the one molecule
 * generation benchmarks report; the molecular weight is the average weight in g/mol with
 * implicit hydrogens (CDK {@code AtomContainerManipulator.MolWeight}).
 */
public enum Condition {
  /** y = (logP). */
  LOGP(List.of("logP")),
  /** y = (logP, molecular weight). */
  LOGP_AND_WEIGHT(List.of("logP", "weight"));

  private final List<String> names;

  Condition(List<String> names) {
    this.names = names;
  }

  /** @return the names of the columns of y, in order */
  public List<String> names() {
    return names;
  }

  /** @return the width of y */
  public int dimension() {
    return names.size();
  }

  /**
   * @param molecule a molecule with implicit hydrogen counts; not modified
   * @param logP the calculator of the first column
   * @return y for the molecule
   * @throws IllegalArgumentException when a property cannot be computed (message from the calculator)
   */
  public double[] compute(IAtomContainer molecule, LogPCalculator logP) {
    double lp = logP.logP(molecule);
    return this == LOGP ? new double[] {lp} : new double[] {lp, weight(molecule)};
  }

  /** @return the average molecular weight in g/mol, implicit hydrogens included */
  public static double weight(IAtomContainer molecule) {
    return AtomContainerManipulator.getMass(molecule, AtomContainerManipulator.MolWeight);
  }
}
