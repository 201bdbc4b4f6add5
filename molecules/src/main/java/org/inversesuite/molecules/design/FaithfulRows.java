package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Whether a design's symbol row is derived as written. Every training row is: a canonical SELFIES
 * string of s symbols followed by L − s padding symbols, each of the s symbols reaching the
 * molecule ({@link SelfiesDecoder#unusedSymbols} = 0). A row drawn from the flow need not be:
 * padding in the middle is dropped and closes the gap, and after a saturated main-chain atom the
 * rest of the row is ignored. The flow scores such a row position by position, so its condition
 * then describes symbols that never reach the molecule (docs/molecules.md, "Where the condition is
 * lost: decoding"). A row is faithful when
 * \[ s_1, \dots, s_m \ne [\mathrm{nop}],\quad s_{m+1} = \dots = s_L = [\mathrm{nop}],\quad m \ge 1,
 *    \quad \mathrm{unused}(s_1 \dots s_m) = 0, \]
 * i.e. when it lies in the set of rows the training data occupy. Immutable.
 */
public final class FaithfulRows {
  private final SelfiesAlphabet alphabet;
  private final SelfiesDecoder decoder;

  /**
   * @param alphabet the rows' symbols ({@code [nop]} at index 0)
   * @param decoder the derivation
   */
  public FaithfulRows(SelfiesAlphabet alphabet, SelfiesDecoder decoder) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /**
   * @param row alphabet indices, each in [0, alphabet size)
   * @return the number of symbols of the row before its trailing padding, or −1 when padding sits
   *     between symbols
   */
  public static int length(int[] row) {
    int m = row.length;
    while (m > 0 && row[m - 1] == 0) {
      m--;
    }
    for (int p = 0; p < m; p++) {
      if (row[p] == 0) {
        return -1;
      }
    }
    return m;
  }

  /**
   * @param row alphabet indices
   * @return true if the row is one non-empty string followed by padding, and every symbol of it reaches the molecule
   */
  public boolean faithful(int[] row) {
    int m = length(row);
    if (m < 1) {
      return false;
    }
    List<String> symbols = new ArrayList<>(m);
    for (int p = 0; p < m; p++) {
      symbols.add(alphabet.symbols().get(row[p]));
    }
    return decoder.unusedSymbols(symbols) == 0;
  }
}
