package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.selfies.NopSymbol;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * SELFIES rows with their length as an explicit coordinate and no padding symbol among the
 * decoded symbols: x = (x_ℓ, x_1, …, x_L). With {@link QuantileCells},
 * <ul>
 *   <li>x_ℓ is the length ℓ ∈ {1, …, L} in cells sized by the smoothed length frequencies
 *       \( (n_\ell + \alpha)/(N + L\alpha) \), in increasing order of ℓ;</li>
 *   <li>for p ≤ ℓ, x_p is the symbol s_p in cells over the K − 1 symbols other than {@code [nop]},
 *       ordered by ridge logP weight ({@link SymbolCountRegressor}) and sized by their smoothed
 *       frequency at position p among the rows that reach p, as in {@link QuantileRepresentation};</li>
 *   <li>for p &gt; ℓ, x_p = logit((1 − c)/2 + c·u), u ~ U(0, 1): noise that carries nothing.</li>
 * </ul>
 * Decoding reads ℓ from x_ℓ and the first ℓ symbols from their cells, so a decoded row is always
 * ℓ symbols followed by padding.
 *
 * <p>Why: under {@link QuantileRepresentation} [nop] owns a cell in the middle of every column (its
 * ridge weight is 0), and the padding of the flow's designs lands between symbols: 89–97 % of the
 * default model's designs at targets −1 … 5 have padding in the middle, which decoding drops, so the
 * string the flow scored is not the string that is derived (docs/molecules.md, "Faithful rows").
 * Here the length a design asks for is the length it gets, and every column p ≤ ℓ is a symbol.
 * Every point of ℝ^{L+1} decodes to a valid molecule (Krenn et al. 2020). Immutable.
 */
public final class LengthQuantileRepresentation implements SelfiesRepresentation {
  private final SelfiesAlphabet alphabet;
  private final List<String> order;
  private final QuantileCells length;
  private final QuantileCells[] positions;
  private final QuantileCells padding = new QuantileCells(new double[] {1}, "padding");
  private final int[] symbolAt;
  private final int[] rankOf;
  private final double noise;

  /**
   * @param alphabet the symbols
   * @param order every symbol of the alphabet except {@code [nop]} once, in cell order
   * @param lengthWidths the cell widths of the lengths 1 … L (positive)
   * @param probabilities per position, the cell widths in {@code order}'s order (positive; normalised here)
   * @param noise c in (0, 1)
   */
  public LengthQuantileRepresentation(SelfiesAlphabet alphabet, List<String> order, double[] lengthWidths,
      double[][] probabilities, double noise) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    this.order = List.copyOf(order);
    Set<String> symbols = new HashSet<>(alphabet.symbols());
    symbols.remove(NopSymbol.TEXT);
    if (order.size() != symbols.size() || !new HashSet<>(order).equals(symbols)) {
      throw new IllegalArgumentException("the order must list every symbol of the alphabet except [nop] once; got " + order);
    }
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("the alphabet has no symbol besides [nop]");
    }
    if (probabilities.length < 1 || lengthWidths.length != probabilities.length) {
      throw new IllegalArgumentException("need one length cell per position (at least one); got " + lengthWidths.length
          + " length cells and " + probabilities.length + " positions");
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("dequantisation noise must be in (0, 1), got " + noise);
    }
    this.noise = noise;
    this.length = new QuantileCells(lengthWidths, "the length column");
    this.positions = new QuantileCells[probabilities.length];
    for (int p = 0; p < probabilities.length; p++) {
      if (probabilities[p].length != order.size()) {
        throw new IllegalArgumentException("position " + p + " has " + probabilities[p].length + " cell widths, the order "
            + order.size() + " symbols");
      }
      positions[p] = new QuantileCells(probabilities[p], "position " + p);
    }
    this.symbolAt = new int[order.size()];
    this.rankOf = new int[alphabet.size()];
    Arrays.fill(rankOf, -1);
    for (int r = 0; r < order.size(); r++) {
      symbolAt[r] = alphabet.indexOf(order.get(r));
      rankOf[symbolAt[r]] = r;
    }
  }

  /**
   * @param set the training molecules
   * @param lengthQuantile rows hold this quantile of the SELFIES lengths
   * @param noise c
   * @return cells fitted to the molecules no longer than the row width
   */
  public static LengthQuantileRepresentation fit(MoleculeSet set, double lengthQuantile, double noise) {
    int width = set.lengthQuantile(lengthQuantile);
    SelfiesAlphabet alphabet = set.alphabet();
    SymbolCountRegressor regressor = SymbolCountRegressor.fit(alphabet, set.examples(), 1.0);
    List<String> order = new ArrayList<>(alphabet.symbols());
    order.remove(NopSymbol.TEXT);
    order.sort(Comparator.comparingDouble(regressor::weight).thenComparing(Comparator.naturalOrder()));
    double[] lengths = new double[width];
    Arrays.fill(lengths, QuantileRepresentation.PSEUDO_COUNT);
    double[][] counts = new double[width][order.size()];
    for (double[] row : counts) {
      Arrays.fill(row, QuantileRepresentation.PSEUDO_COUNT);
    }
    for (Example e : set.withMaxLength(width).examples()) {
      List<String> s = e.selfies();
      lengths[s.size() - 1]++;
      for (int p = 0; p < s.size(); p++) {
        counts[p][order.indexOf(s.get(p))]++;
      }
    }
    return new LengthQuantileRepresentation(alphabet, order, lengths, counts, noise);
  }

  /** @return the symbols other than [nop], in cell order */
  public List<String> order() {
    return order;
  }

  /** @return the cell widths of the lengths 1 … L */
  public double[] lengthProbabilities() {
    return length.widths();
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
    return positions.length + 1;
  }

  @Override
  public RepresentationKind kind() {
    return RepresentationKind.LENGTH_QUANTILE;
  }

  @Override
  public void dequantise(int[] tokens, Rng rng, Matrix out, int row) {
    int m = FaithfulRows.length(tokens);
    if (m < 1 || tokens.length != positions.length) {
      throw new IllegalArgumentException("a row of " + positions.length + " symbols, a non-empty string followed by padding, is"
          + " needed; got " + Arrays.toString(tokens));
    }
    int base = row * dimension();
    out.set(base, length.dequantise(m - 1, noise, rng.uniform()));
    for (int p = 0; p < positions.length; p++) {
      double u = rng.uniform();
      out.set(base + 1 + p, p < m ? positions[p].dequantise(rankOf[tokens[p]], noise, u) : padding.dequantise(0, noise, u));
    }
  }

  @Override
  public int[] decodeTokens(Matrix x, int row) {
    int base = row * dimension();
    int m = length.cell(x.get(base)) + 1;
    int[] tokens = new int[positions.length];
    for (int p = 0; p < m; p++) {
      tokens[p] = symbolAt[positions[p].cell(x.get(base + 1 + p))];
    }
    return tokens;
  }
}
