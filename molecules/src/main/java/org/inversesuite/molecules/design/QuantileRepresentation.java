package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * SELFIES rows as L columns whose data marginals are all the same continuous law: the
 * probability integral transform of each position's symbol frequencies. The K symbols are put
 * in one order π (ascending ridge logP weight, {@link SymbolCountRegressor}; the padding has
 * weight 0), and at position p symbol k owns the interval [F_{p,k−1}, F_{p,k}) of (0, 1), whose
 * width is its smoothed frequency at that position,
 * \( F_{p,k} - F_{p,k-1} = (n_{p,k} + \alpha) / (N + K\alpha) \). A symbol is dequantised to
 * \[ x_p = \operatorname{logit}\bigl(F_{p,k-1} + (F_{p,k} - F_{p,k-1})(\tfrac{1-c}{2} + c\,u_p)\bigr),
 *    \qquad u_p \sim U(0, 1), \]
 * and any x decodes to the symbol whose interval holds σ(x_p), so every point of ℝ^L is a
 * valid molecule (Krenn et al. 2020).
 *
 * <p>Why: with the uniform dequantisation of {@link OrdinalRepresentation} (Theis et al. 2016)
 * every symbol owns a cell of width 1, so a smooth density spends as much mass on a symbol seen
 * twice (Sb, Se) as on [C], and samples decode to near-random strings. Here the cells are as
 * wide as the data makes them: a column of x is logistic-distributed under the data whatever
 * the symbol frequencies, a flow at its initial identity already reproduces the per-position
 * symbol frequencies, and the order by logP weight makes logP close to monotone in every
 * column, so the condition acts as a shift. Immutable.
 */
public final class QuantileRepresentation implements SelfiesRepresentation {
  /** α, the pseudo-count that gives every symbol a cell at every position. */
  public static final double PSEUDO_COUNT = 0.01;
  private final SelfiesAlphabet alphabet;
  private final List<String> order;
  private final QuantileCells[] positions;
  private final int[] symbolAt;
  private final int[] rankOf;
  private final double noise;

  /**
   * @param alphabet the symbols
   * @param order every symbol of the alphabet once, in cell order
   * @param probabilities per position, the cell widths in {@code order}'s order (positive; normalised here)
   * @param noise c in (0, 1)
   */
  public QuantileRepresentation(SelfiesAlphabet alphabet, List<String> order, double[][] probabilities, double noise) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    this.order = List.copyOf(order);
    int k = alphabet.size();
    if (order.size() != k || !new HashSet<>(order).equals(new HashSet<>(alphabet.symbols()))) {
      throw new IllegalArgumentException("the order must list every symbol of the alphabet once; got " + order);
    }
    if (probabilities.length < 1) {
      throw new IllegalArgumentException("at least one position is needed");
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("dequantisation noise must be in (0, 1), got " + noise);
    }
    this.noise = noise;
    this.positions = new QuantileCells[probabilities.length];
    for (int p = 0; p < probabilities.length; p++) {
      if (probabilities[p].length != k) {
        throw new IllegalArgumentException("position " + p + " has " + probabilities[p].length + " cell widths, the alphabet "
            + k + " symbols");
      }
      positions[p] = new QuantileCells(probabilities[p], "position " + p);
    }
    this.symbolAt = new int[k];
    this.rankOf = new int[k];
    for (int r = 0; r < k; r++) {
      symbolAt[r] = alphabet.indexOf(order.get(r));
      rankOf[symbolAt[r]] = r;
    }
  }

  /**
   * @param set the training molecules
   * @param lengthQuantile rows hold this quantile of the SELFIES lengths
   * @param noise c
   * @return cells ordered by the symbols' ridge logP weight, sized by their smoothed frequency at each position
   */
  public static QuantileRepresentation fit(MoleculeSet set, double lengthQuantile, double noise) {
    int width = set.lengthQuantile(lengthQuantile);
    SelfiesAlphabet alphabet = set.alphabet();
    SymbolCountRegressor regressor = SymbolCountRegressor.fit(alphabet, set.examples(), 1.0);
    List<String> order = new ArrayList<>(alphabet.symbols());
    order.sort(Comparator.comparingDouble(regressor::weight).thenComparing(Comparator.naturalOrder()));
    int k = alphabet.size();
    int[] rank = new int[k];
    for (int r = 0; r < k; r++) {
      rank[alphabet.indexOf(order.get(r))] = r;
    }
    double[][] counts = new double[width][k];
    for (double[] row : counts) {
      Arrays.fill(row, PSEUDO_COUNT);
    }
    for (Example e : set.withMaxLength(width).examples()) {
      int[] tokens = alphabet.encode(String.join("", e.selfies()), width);
      for (int p = 0; p < width; p++) {
        counts[p][rank[tokens[p]]]++;
      }
    }
    return new QuantileRepresentation(alphabet, order, counts, noise);
  }

  /** @return the symbols in cell order */
  public List<String> order() {
    return order;
  }

  /** @return per position, the cell widths in {@link #order()}'s order (a copy) */
  public double[][] probabilities() {
    double[][] out = new double[positions.length][];
    for (int p = 0; p < out.length; p++) {
      out[p] = positions[p].widths();
    }
    return out;
  }

  @Override
  public SelfiesAlphabet alphabet() {
    return alphabet;
  }

  @Override
  public int width() {
    return positions.length;
  }

  @Override
  public double noise() {
    return noise;
  }

  @Override
  public int dimension() {
    return positions.length;
  }

  @Override
  public RepresentationKind kind() {
    return RepresentationKind.QUANTILE;
  }

  @Override
  public void dequantise(int[] tokens, Rng rng, Matrix out, int row) {
    int width = width();
    int base = row * width;
    for (int p = 0; p < width; p++) {
      out.set(base + p, positions[p].dequantise(rankOf[tokens[p]], noise, rng.uniform()));
    }
  }

  @Override
  public int[] decodeTokens(Matrix x, int row) {
    int width = width();
    int base = row * width;
    int[] tokens = new int[width];
    for (int p = 0; p < width; p++) {
      double v = x.get(base + p);
      tokens[p] = symbolAt[Double.isNaN(v) ? rankOf[0] : positions[p].cell(v)];
    }
    return tokens;
  }
}
