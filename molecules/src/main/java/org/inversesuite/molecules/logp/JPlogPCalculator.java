package org.inversesuite.molecules.logp;

import java.util.Map;
import java.util.Objects;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.JPlogPDescriptor;
import org.openscience.cdk.tools.CDKHydrogenAdder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * CDK's JPlogP: a sum of fitted contributions of atom types that encode each atom's element,
 * charge, neighbour count, hydrogen count and a "special" environment code,
 * \[ \log P = \sum_{a} w_{\tau(a)} \]
 * (J. Plante and S. Werner, "JPlogP: an improved logP predictor trained using predicted data",
 * J. Cheminform. 2018, 10, 61; CDK's {@link JPlogPDescriptor} with its default weights).
 *
 * <p>The preparation is the descriptor's own (atom typing, CDK hydrogen adder, explicit
 * hydrogens, CDK legacy aromaticity), and the weights are the descriptor's. Unlike
 * {@link JPlogPDescriptor#calculate}, which prints "... not found" to standard output and
 * returns NaN when an atom type has no weight (e.g. metals), this class throws an
 * {@link IllegalArgumentException} naming the type code and prints nothing.
 */
public final class JPlogPCalculator implements LogPCalculator {
  private final Weights weights = new Weights();

  /** Uses the default weights of CDK's JPlogP descriptor. */
  public JPlogPCalculator() {}

  @Override
  public LogPMethod method() {
    return LogPMethod.JPLOGP;
  }

  /** The CDK-legacy aromaticity is deprecated in CDK but is what the descriptor itself applies. */
  @SuppressWarnings("deprecation")
  @Override
  public double logP(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    if (molecule.getAtomCount() == 0) {
      throw new IllegalArgumentException("cannot compute logP of an empty molecule");
    }
    IAtomContainer work;
    try {
      work = molecule.clone();
      AtomContainerManipulator.percieveAtomTypesAndConfigureUnsetProperties(work);
      CDKHydrogenAdder.getInstance(work.getBuilder()).addImplicitHydrogens(work);
      AtomContainerManipulator.convertImplicitToExplicitHydrogens(work);
      Aromaticity.cdkLegacy().apply(work);
    } catch (CloneNotSupportedException | CDKException | IllegalArgumentException e) {
      throw new IllegalArgumentException("JPlogP cannot prepare the molecule: " + e.getMessage(), e);
    }
    Map<Integer, Double> coefficients = weights.coefficients();
    double sum = 0;
    for (Map.Entry<Integer, Integer> entry : weights.hologram(work).entrySet()) {
      Double w = coefficients.get(entry.getKey());
      if (w == null) {
        throw new IllegalArgumentException("JPlogP has no weight for atom type code " + entry.getKey()
            + " (an element, charge or environment outside its training set, e.g. a metal or an oxonium ion)");
      }
      sum += w * entry.getValue();
    }
    return sum;
  }

  /**
   * CDK's typing and weights live in a protected inner class of the descriptor; a subclass is
   * the supported way to reach them without going through the printing {@code calculate}.
   */
  private static final class Weights extends JPlogPDescriptor {
    private final JPlogPCalculator typing = new JPlogPCalculator();

    Map<Integer, Double> coefficients() {
      return typing.getCoeffs();
    }

    Map<Integer, Integer> hologram(IAtomContainer prepared) {
      return typing.getMappedHologram(prepared);
    }
  }
}
