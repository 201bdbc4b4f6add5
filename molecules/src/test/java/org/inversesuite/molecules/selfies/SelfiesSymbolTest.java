package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelfiesSymbolTest {
  @ParameterizedTest
  @ValueSource(strings = {"[C]", "[=O]", "[#N]", "[Cl]", "[CH0]", "[NH3+1]", "[N+1]", "[O-1]", "[=N-1]", "[Na]", "[SiH4]", "[H]",
      "[Branch1]", "[=Branch2]", "[#Branch3]", "[Ring1]", "[=Ring2]", "[#Ring3]", "[nop]", "[Hg]", "[Co+2]"})
  void canonicalSpellingsParseAndPrintBack(String text) {
    assertEquals(text, SelfiesSymbol.parse(text).text());
  }

  @Test
  void atomSymbolsCarryTheirMeaning() {
    AtomSymbol ammonium = (AtomSymbol) SelfiesSymbol.parse("[NH3+1]");
    assertEquals(new AtomSymbol(1, 7, 1, OptionalInt.of(3)), ammonium);
    AtomSymbol carbonyl = (AtomSymbol) SelfiesSymbol.parse("[=O]");
    assertEquals(2, carbonyl.bondOrder());
    assertTrue(carbonyl.implicitHydrogens());
    assertEquals(OptionalInt.of(0), ((AtomSymbol) SelfiesSymbol.parse("[Na]")).hydrogens());
    assertEquals(new BranchSymbol(2, 1), SelfiesSymbol.parse("[=Branch1]"));
    assertEquals(new RingSymbol(1, 2), SelfiesSymbol.parse("[Ring2]"));
  }

  @Test
  void nonCanonicalOrUnknownSymbolsAreRefusedWithTheReason() {
    IllegalArgumentException plus = assertThrows(IllegalArgumentException.class, () -> SelfiesSymbol.parse("[N+]"));
    assertTrue(plus.getMessage().contains("not a SELFIES symbol"), plus.getMessage());
    IllegalArgumentException h0 = assertThrows(IllegalArgumentException.class, () -> SelfiesSymbol.parse("[NaH0]"));
    assertTrue(h0.getMessage().contains("write [Na]"), h0.getMessage());
    for (String bad : List.of("[Xx]", "[c]", "C", "[Branch4]", "[=C", "[CH-1-1]")) {
      assertThrows(IllegalArgumentException.class, () -> SelfiesSymbol.parse(bad), bad);
    }
  }

  @Test
  void indexSymbolsAreBase16Digits() {
    assertEquals(16, IndexSymbols.DIGITS.size());
    assertEquals(0, IndexSymbols.value("[C]"));
    assertEquals(4, IndexSymbols.value("[=Branch1]"));
    assertEquals(15, IndexSymbols.value("[P]"));
    assertEquals(0, IndexSymbols.value("[Cl]"), "non-digit symbols count 0");
    assertEquals(List.of("[Ring1]", "[=Branch1]"), IndexSymbols.encode(20, 2));
  }

  @Test
  void splitsAndRejectsMalformedStrings() {
    assertEquals(List.of("[C]", "[=O]"), Selfies.split("[C][=O]"));
    assertEquals(List.of(), Selfies.split(""));
    assertThrows(IllegalArgumentException.class, () -> Selfies.split("[C]O"));
    assertThrows(IllegalArgumentException.class, () -> Selfies.split("[C][O"));
    assertThrows(IllegalArgumentException.class, () -> Selfies.split("[C[O]]"));
    assertThrows(IllegalArgumentException.class, () -> Selfies.split("[C].[O]"));
  }
}
