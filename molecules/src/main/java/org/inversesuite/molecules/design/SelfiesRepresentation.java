package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * A continuous encoding of fixed-width SELFIES rows, the flow's x: a dequantisation that maps
 * each symbol index row to a random point of its cell, and a decoding that maps every point of
 * ℝ^D to a symbol index row, hence (Krenn et al. 2020) to a valid molecule.
 */
public sealed interface SelfiesRepresentation permits OneHotRepresentation, OrdinalRepresentation, QuantileRepresentation,
    LengthQuantileRepresentation {
  /** @return the symbols ({@code [nop]} at index 0) */
  SelfiesAlphabet alphabet();

  /** @return L, the symbols per row */
  int width();

  /** @return c, the dequantisation scale in (0, 1) */
  double noise();

  /** @return D, the width of x */
  int dimension();

  /** @return which encoding */
  RepresentationKind kind();

  /**
   * @param symbols a SELFIES as symbols of the alphabet, at most {@link #width()}
   * @return the alphabet index row, padded with 0
   */
  default int[] tokens(List<String> symbols) {
    return alphabet().encode(String.join("", symbols), width());
  }

  /** Writes a random point of the cell of {@code tokens} into row {@code row} of {@code out}. */
  void dequantise(int[] tokens, Rng rng, Matrix out, int row);

  /** @return the alphabet index row that row {@code row} of {@code x} decodes to */
  int[] decodeTokens(Matrix x, int row);

  /** @return the SELFIES string of row {@code row} of {@code x}, padding dropped */
  default String decode(Matrix x, int row) {
    return alphabet().decode(decodeTokens(x, row));
  }
}
