package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Internal diversity of a set of molecules: the mean pairwise Tanimoto distance of their ECFP4
 * fingerprints (CDK {@link CircularFingerprinter}, CLASS_ECFP4, 1024 folded bits),
 * \[ \mathrm{IntDiv} = \frac{2}{m(m-1)} \sum_{i<j} \Bigl(1 - \frac{|F_i \cap F_j|}{|F_i \cup F_j|}\Bigr) \]
 * (Benhenda 2017; the IntDiv₁ of MOSES, Polykovskiy et al. 2020). 0: all identical; near 1:
 * no shared substructures.
 */
public final class InternalDiversity {
  private InternalDiversity() {}

  /**
   * @param molecules at least two molecules with implicit hydrogen counts
   * @return the mean pairwise Tanimoto distance, NaN for fewer than two molecules
   * @throws IllegalArgumentException when CDK cannot fingerprint a molecule
   */
  public static double of(List<IAtomContainer> molecules) {
    List<BitSet> prints = new ArrayList<>(molecules.size());
    CircularFingerprinter fingerprinter = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4);
    for (IAtomContainer m : molecules) {
      prints.add(fingerprint(fingerprinter, m));
    }
    return meanDistance(prints);
  }

  /** @return the mean pairwise Tanimoto distance of bit sets, NaN for fewer than two */
  public static double meanDistance(List<BitSet> prints) {
    int m = prints.size();
    if (m < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        sum += 1 - tanimoto(prints.get(i), prints.get(j));
      }
    }
    return sum / ((double) m * (m - 1) / 2);
  }

  /** @return |a ∩ b| / |a ∪ b|, 1 for two empty sets */
  public static double tanimoto(BitSet a, BitSet b) {
    BitSet and = (BitSet) a.clone();
    and.and(b);
    BitSet or = (BitSet) a.clone();
    or.or(b);
    return or.isEmpty() ? 1 : (double) and.cardinality() / or.cardinality();
  }

  private static BitSet fingerprint(CircularFingerprinter fingerprinter, IAtomContainer molecule) {
    try {
      return fingerprinter.getBitFingerprint(molecule).asBitSet();
    } catch (CDKException e) {
      throw new IllegalArgumentException("CDK cannot fingerprint a molecule: " + e.getMessage(), e);
    }
  }
}
