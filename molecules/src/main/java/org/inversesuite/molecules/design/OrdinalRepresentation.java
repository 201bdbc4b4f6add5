package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.selfies.NopSymbol;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * A compact encoding of SELFIES rows: one column per position. The K symbols are put in a
 * fixed order π (rank 0 is the padding {@code [nop]}), and position p holds the dequantised rank
 * \[ x_p = \pi(s_p) + \tfrac{1 - c}{2} + c\,u_p, \qquad u_p \sim U(0, 1), \]
 * inside the unit cell of its rank; any x decodes by
 * \( \hat s_p = \pi^{-1}(\min(K-1, \max(0, \lfloor x_p \rfloor))) \), so every point is a
 * valid molecule (Krenn et al. 2020). This is the uniform dequantisation of ordinal data
 * (Theis et al. 2016) with x L columns wide instead of the L·K of {@link OneHotRepresentation}.
 *
 * <p>{@link #fit} orders the symbols by their weight in a ridge regression of logP on symbol
 * counts ({@link SymbolCountRegressor}), so that neighbouring cells hold symbols with a similar
 * logP contribution and logP is close to monotone in each column: a shift of the condition
 * becomes a shift of the columns, which a coupling flow fits easily. Immutable.
 */
public final class OrdinalRepresentation implements SelfiesRepresentation {
  private final SelfiesAlphabet alphabet;
  private final List<String> order;
  private final int[] symbolAt;
  private final int[] rankOf;
  private final int width;
  private final double noise;

  /**
   * @param alphabet the symbols
   * @param order the alphabet's symbols in rank order, {@code [nop]} first
   * @param width L
   * @param noise c in (0, 1)
   */
  public OrdinalRepresentation(SelfiesAlphabet alphabet, List<String> order, int width, double noise) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    this.order = List.copyOf(order);
    if (order.size() != alphabet.size() || !new HashSet<>(order).equals(new HashSet<>(alphabet.symbols()))
        || !order.get(0).equals(NopSymbol.TEXT)) {
      throw new IllegalArgumentException("the order must list every symbol of the alphabet once, [nop] first; got " + order);
    }
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("dequantisation noise must be in (0, 1), got " + noise);
    }
    this.width = width;
    this.noise = noise;
    this.symbolAt = new int[order.size()];
    this.rankOf = new int[order.size()];
    for (int r = 0; r < order.size(); r++) {
      symbolAt[r] = alphabet.indexOf(order.get(r));
      rankOf[symbolAt[r]] = r;
    }
  }

  /**
   * @param set the training molecules
   * @param lengthQuantile rows hold this quantile of the SELFIES lengths
   * @param noise c
   * @return the representation with symbols ordered by their logP weight (ascending)
   */
  public static OrdinalRepresentation fit(MoleculeSet set, double lengthQuantile, double noise) {
    int width = set.lengthQuantile(lengthQuantile);
    SelfiesAlphabet alphabet = set.alphabet();
    SymbolCountRegressor regressor = SymbolCountRegressor.fit(alphabet, set.examples(), 1.0);
    List<String> rest = new ArrayList<>(alphabet.symbols().subList(1, alphabet.size()));
    rest.sort(Comparator.comparingDouble(regressor::weight).thenComparing(Comparator.naturalOrder()));
    List<String> order = new ArrayList<>();
    order.add(NopSymbol.TEXT);
    order.addAll(rest);
    return new OrdinalRepresentation(alphabet, order, width, noise);
  }

  /** @return the symbols in rank order */
  public List<String> order() {
    return order;
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

  @Override
  public int dimension() {
    return width;
  }

  @Override
  public RepresentationKind kind() {
    return RepresentationKind.ORDINAL;
  }

  @Override
  public void dequantise(int[] tokens, Rng rng, Matrix out, int row) {
    int base = row * width;
    for (int p = 0; p < width; p++) {
      out.set(base + p, rankOf[tokens[p]] + 0.5 * (1 - noise) + noise * rng.uniform());
    }
  }

  @Override
  public int[] decodeTokens(Matrix x, int row) {
    int base = row * width;
    int[] tokens = new int[width];
    for (int p = 0; p < width; p++) {
      double v = x.get(base + p);
      int r = v >= symbolAt.length ? symbolAt.length - 1 : v <= 0 || Double.isNaN(v) ? 0 : (int) Math.floor(v);
      tokens[p] = symbolAt[r];
    }
    return tokens;
  }
}
