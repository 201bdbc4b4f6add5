package org.inversesuite.molecules.logp;

import java.util.Objects;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * CDK's XLogP: atom-type contributions plus correction factors for intramolecular effects,
 * \[ \log P = \sum_i a_i n_i + \sum_j b_j m_j , \]
 * with \( n_i \) the count of atom type \( i \) and \( m_j \) the count of correction \( j \)
 * (R. Wang, Y. Fu, L. Lai, "A New Atom-Additive Method for Calculating Partition
 * Coefficients", J. Chem. Inf. Comput. Sci. 1997, 37, 615–621; R. Wang, Y. Gao, L. Lai,
 * Perspect. Drug Discov. Des. 2000, 19, 47–66). Wraps CDK's {@link XLogPDescriptor} with
 * {@code checkAromaticity = true} (the descriptor types atoms and perceives aromaticity itself)
 * and {@code salicylFlag = false}, on a clone of the input.
 */
public final class XLogPCalculator implements LogPCalculator {
  private final XLogPDescriptor descriptor;

  /** A calculator with CDK's defaults, except that aromaticity is perceived by the descriptor. */
  public XLogPCalculator() {
    descriptor = new XLogPDescriptor();
    try {
      descriptor.setParameters(new Object[] {Boolean.TRUE, Boolean.FALSE});
    } catch (CDKException e) {
      throw new IllegalStateException("CDK XLogP rejected its documented parameters", e);
    }
  }

  @Override
  public LogPMethod method() {
    return LogPMethod.XLOGP;
  }

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
    } catch (CloneNotSupportedException | CDKException e) {
      throw new IllegalArgumentException("XLogP cannot prepare the molecule: " + e.getMessage(), e);
    }
    DescriptorValue value = descriptor.calculate(work);
    if (value.getException() != null) {
      throw new IllegalArgumentException("XLogP failed: " + value.getException().getMessage(), value.getException());
    }
    double logP = ((DoubleResult) value.getValue()).doubleValue();
    if (!Double.isFinite(logP)) {
      throw new IllegalArgumentException("XLogP returned " + logP);
    }
    return logP;
  }
}
