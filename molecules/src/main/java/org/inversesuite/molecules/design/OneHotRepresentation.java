package org.inversesuite.molecules.design;

import java.util.Objects;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * A SELFIES string as a point of ℝ^{L·K}: position p of the L-symbol row holds the dequantised
 * one-hot vector of its symbol s_p over the K-symbol alphabet,
 * \[ x_{p,k} = [s_p = k] + c\,u_{p,k}, \qquad u_{p,k} \sim U(0, 1), \quad 0 < c < 1, \]
 * and any point decodes by \( \hat s_p = \arg\max_k x_{p,k} \) (the dequantisation and argmax
 * decoding of MoFlow, Zang and Wang, KDD 2020, and of GraphNVP, Madhawa et al. 2019). Because
 * c &lt; 1 the argmax of a dequantised training row is its symbol, and because every index row
 * is a SELFIES string (padding {@code [nop]} is index 0 and skipped), every decoded point is a
 * valid molecule (Krenn et al. 2020). Immutable.
 */
public final class OneHotRepresentation implements SelfiesRepresentation {
  private final SelfiesAlphabet alphabet;
  private final int width;
  private final double noise;

  /**
   * @param alphabet the symbols, {@code [nop]} at index 0
   * @param width L, the symbols per row
   * @param noise c, the dequantisation scale, in (0, 1)
   */
  public OneHotRepresentation(SelfiesAlphabet alphabet, int width, double noise) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("dequantisation noise must be in (0, 1) so that argmax recovers the symbol, got "
          + noise);
    }
    this.width = width;
    this.noise = noise;
  }

  /**
   * The representation of a data set: its alphabet, and rows as long as the given quantile of
   * its SELFIES lengths (the longer molecules are left out of training).
   *
   * @param set the training molecules
   * @param lengthQuantile in (0, 1]; 1 keeps every molecule
   * @param noise c
   */
  public static OneHotRepresentation fit(MoleculeSet set, double lengthQuantile, double noise) {
    return new OneHotRepresentation(set.alphabet(), set.lengthQuantile(lengthQuantile), noise);
  }

  @Override
  public RepresentationKind kind() {
    return RepresentationKind.ONE_HOT;
  }

  @Override
  public SelfiesAlphabet alphabet() {
    return alphabet;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public double noise() {
    return noise;
  }

  /** @return L·K */
  @Override
  public int dimension() {
    return width * alphabet.size();
  }

  /** Writes the dequantised one-hot of {@code tokens} into row {@code row} of {@code out}. */
  @Override
  public void dequantise(int[] tokens, Rng rng, Matrix out, int row) {
    int k = alphabet.size();
    int base = row * dimension();
    for (int p = 0; p < width; p++) {
      for (int j = 0; j < k; j++) {
        out.set(base + p * k + j, (tokens[p] == j ? 1.0 : 0.0) + noise * rng.uniform());
      }
    }
  }

  /** @return the argmax symbol index of every position of row {@code row} of {@code x} */
  @Override
  public int[] decodeTokens(Matrix x, int row) {
    int k = alphabet.size();
    int base = row * dimension();
    int[] tokens = new int[width];
    for (int p = 0; p < width; p++) {
      int best = 0;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double v = x.get(base + p * k + j);
        if (v > max) {
          max = v;
          best = j;
        }
      }
      tokens[p] = best;
    }
    return tokens;
  }
}
