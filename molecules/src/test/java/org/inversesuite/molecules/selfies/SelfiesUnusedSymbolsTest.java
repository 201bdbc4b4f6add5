package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.molecules.io.CanonicalSmiles;
import org.junit.jupiter.api.Test;

/**
 * {@link SelfiesDecoder#unusedSymbols}: each way a symbol can fail to reach the molecule is counted
 * once, and a string with unused symbols decodes to the same molecule as the string without them.
 */
class SelfiesUnusedSymbolsTest {
  private final SelfiesDecoder decoder = SelfiesDecoder.defaults();

  private int unused(String selfies) {
    return decoder.unusedSymbols(Selfies.split(selfies));
  }

  private String smiles(String selfies) {
    return CanonicalSmiles.of(decoder.decode(selfies));
  }

  @Test
  void stringsDerivedAsWrittenHaveNone() {
    assertEquals(0, unused("[C][C][=Branch1][C][=O][O][C][=C][C][=C][C][=C][Ring1][=Branch1][C][Branch1][C][O][=O]"), "aspirin");
    assertEquals(0, unused("[C][C][O]"));
    assertEquals(0, unused("[F]"));
  }

  @Test
  void eachIgnoredSymbolIsCounted() {
    assertEquals(1, unused("[C][F][C]"), "the halogen saturates the main chain; the last [C] is never read");
    assertEquals(2, unused("[C][Cl][C][O]"), "both symbols after the saturating halogen");
    assertEquals(1, unused("[C][nop][C]"), "padding in the middle");
    assertEquals(1, unused("[Branch1][C][C]"), "a branch at X_0 is skipped, its index symbol then read as an atom");
    assertEquals(1, unused("[C][Ring1][C][C]"), "a ring onto the first atom from the first atom is dropped");
    assertEquals(1, unused("[C][O][Branch1][C][C][C]"), "a branch at X_1 is skipped");
  }

  @Test
  void unusedSymbolsDoNotChangeTheMolecule() {
    assertEquals(smiles("[C][F]"), smiles("[C][F][C][C]"));
    assertEquals(smiles("[C][C]"), smiles("[C][nop][C]"));
    assertEquals(smiles("[C][C]"), smiles("[Branch1][C][C]"));
    assertEquals(smiles("[C][C]"), smiles("[C][Ring1][C][C]"));
    assertEquals(smiles("[C][O][C][C][C]"), smiles("[C][O][Branch1][C][C][C]"));
  }
}
