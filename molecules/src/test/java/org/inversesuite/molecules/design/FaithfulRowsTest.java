package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.selfies.Selfies;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;

/** {@link FaithfulRows}: training rows are faithful; rows with inner padding or dropped symbols are not. */
class FaithfulRowsTest {
  @Test
  void lengthIsTheStringBeforeTrailingPaddingOrMinusOneForInnerPadding() {
    assertEquals(2, FaithfulRows.length(new int[] {3, 1, 0, 0}));
    assertEquals(4, FaithfulRows.length(new int[] {3, 1, 2, 2}));
    assertEquals(0, FaithfulRows.length(new int[] {0, 0, 0}));
    assertEquals(-1, FaithfulRows.length(new int[] {3, 0, 2, 0}));
  }

  @Test
  void everyTrainingRowIsFaithfulAndDamagedRowsAreNot() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    SelfiesAlphabet alphabet = set.alphabet();
    FaithfulRows check = new FaithfulRows(alphabet, SelfiesDecoder.defaults());
    int width = set.lengthQuantile(1.0) + 2;
    Rng rng = new Rng(5);
    for (Example e : set.examples()) {
      int[] row = alphabet.encode(String.join("", e.selfies()), width);
      assertTrue(check.faithful(row), e.smiles());
      int m = e.selfies().size();
      int[] gap = row.clone();
      System.arraycopy(row, m == 1 ? 0 : 1, gap, 2, Math.max(1, m - 1));
      gap[1] = 0;
      assertFalse(check.faithful(gap), "inner padding in " + e.smiles());
      int[] extended = row.clone();
      extended[m] = 1 + rng.nextInt(alphabet.size() - 1);
      boolean usedAll = SelfiesDecoder.defaults().unusedSymbols(Selfies.split(alphabet.decode(extended))) == 0;
      assertEquals(usedAll, check.faithful(extended), "a symbol appended to " + e.smiles());
    }
    assertFalse(check.faithful(new int[width]), "the empty row");
    int c = alphabet.indexOf("[C]");
    int f = alphabet.indexOf("[F]");
    int[] saturated = new int[width];
    saturated[0] = c;
    saturated[1] = f;
    saturated[2] = c;
    assertFalse(check.faithful(saturated), "[C][F][C]: the last carbon never reaches the molecule");
  }
}
