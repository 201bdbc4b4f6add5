package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A closed set of SELFIES symbols with integer indices: the vocabulary of a model's input.
 * Index 0 is always the padding symbol {@link NopSymbol#TEXT} {@code [nop]}, which the decoder
 * skips, so that strings of different lengths fill a fixed-width integer row. The other
 * symbols follow in lexicographic order, which makes the indices a function of the symbol set
 * alone.
 *
 * <p>Every symbol must parse ({@link SelfiesSymbol#parse}); by the SELFIES construction any
 * sequence of the alphabet's symbols then decodes to a valid molecule
 * ({@link SelfiesDecoder}), provided the atoms have a capacity under the decoder's constraints.
 * Instances are immutable.
 */
public final class SelfiesAlphabet {
  private final List<String> symbols;
  private final Map<String, Integer> index;

  private SelfiesAlphabet(List<String> symbols) {
    this.symbols = List.copyOf(symbols);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < this.symbols.size(); i++) {
      map.put(this.symbols.get(i), i);
    }
    this.index = Map.copyOf(map);
  }

  /**
   * @param symbols symbols in any order, duplicates allowed; {@code [nop]} is added
   * @return the alphabet of those symbols
   * @throws IllegalArgumentException naming a symbol that does not parse
   */
  public static SelfiesAlphabet of(Collection<String> symbols) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String s : symbols) {
      SelfiesSymbol.parse(Objects.requireNonNull(s, "symbol"));
      if (!s.equals(NopSymbol.TEXT)) {
        sorted.add(s);
      }
    }
    List<String> all = new ArrayList<>(sorted.size() + 1);
    all.add(NopSymbol.TEXT);
    all.addAll(sorted);
    return new SelfiesAlphabet(all);
  }

  /**
   * Builds the alphabet of a data set: every symbol used by the given SELFIES strings.
   *
   * @param selfies the encoded data set
   * @return its alphabet
   */
  public static SelfiesAlphabet fromDataset(Collection<String> selfies) {
    List<String> used = new ArrayList<>();
    for (String s : selfies) {
      used.addAll(Selfies.split(s));
    }
    return of(used);
  }

  /** @return the number of symbols, padding included */
  public int size() {
    return symbols.size();
  }

  /** @return the symbols in index order, {@code [nop]} first */
  public List<String> symbols() {
    return symbols;
  }

  /**
   * @param symbol a symbol of this alphabet
   * @return its index
   * @throws IllegalArgumentException if the symbol is not in the alphabet
   */
  public int indexOf(String symbol) {
    Integer i = index.get(symbol);
    if (i == null) {
      throw new IllegalArgumentException("symbol " + symbol + " is not in the alphabet of " + size() + " symbols");
    }
    return i;
  }

  /**
   * Tokenises a SELFIES string to a fixed-width row of indices, padded with index 0.
   *
   * @param selfies the string
   * @param width the row width, at least the string's symbol count
   * @return the indices, length {@code width}
   * @throws IllegalArgumentException if the string is longer than {@code width} or uses a symbol outside the alphabet
   */
  public int[] encode(String selfies, int width) {
    List<String> parts = Selfies.split(selfies);
    if (parts.size() > width) {
      throw new IllegalArgumentException("SELFIES has " + parts.size() + " symbols, row width is " + width);
    }
    int[] row = new int[width];
    for (int i = 0; i < parts.size(); i++) {
      row[i] = indexOf(parts.get(i));
    }
    return row;
  }

  /**
   * @param indices symbol indices, each in [0, size())
   * @return the SELFIES string, padding symbols dropped
   * @throws IllegalArgumentException naming the position of an index outside the alphabet
   */
  public String decode(int[] indices) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0 || indices[i] >= symbols.size()) {
        throw new IllegalArgumentException("index " + indices[i] + " at position " + i + " is outside [0, " + symbols.size() + ")");
      }
      if (indices[i] != 0) {
        b.append(symbols.get(indices[i]));
      }
    }
    return b.toString();
  }
}
