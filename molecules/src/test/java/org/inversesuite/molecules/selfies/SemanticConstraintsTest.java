package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticConstraintsTest {
  private final SemanticConstraints defaults = SemanticConstraints.defaults();

  @ParameterizedTest
  @CsvSource({"1,0,1", "6,0,4", "7,0,3", "8,0,2", "9,0,1", "15,0,5", "16,0,6", "17,0,1", "35,0,1", "53,0,1", "5,0,3", "14,0,4",
      "7,1,4", "7,-1,2", "8,1,3", "8,-1,1", "6,-1,3", "6,1,3", "16,1,5", "15,1,4", "5,-1,4", "11,1,0", "17,-1,0", "12,2,0"})
  void defaultsFollowGroupValenceAndIsoelectronicCharges(int atomicNumber, int charge, int capacity) {
    assertEquals(OptionalInt.of(capacity), defaults.capacity(atomicNumber, charge));
  }

  @Test
  void transitionMetalsHaveNoDefaultButCanBeAdded() {
    assertEquals(OptionalInt.empty(), defaults.capacity(26, 0));
    assertEquals(OptionalInt.empty(), defaults.capacity(30, 2));
    SemanticConstraints withIron = defaults.with("Fe", 0, 6);
    assertEquals(OptionalInt.of(6), withIron.capacity(26, 0));
    assertEquals(OptionalInt.empty(), defaults.capacity(26, 0), "the original is unchanged");
    assertEquals(OptionalInt.of(5), defaults.with("N", 0, 5).capacity(7, 0));
    assertThrows(IllegalArgumentException.class, () -> defaults.with("Xx", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> defaults.with("C", 0, 9));
  }

  @Test
  void bondingCapacitySubtractsExplicitHydrogens() {
    assertEquals(OptionalInt.of(1), defaults.bondingCapacity((AtomSymbol) SelfiesSymbol.parse("[NH3+1]")));
    assertEquals(OptionalInt.of(4), defaults.bondingCapacity((AtomSymbol) SelfiesSymbol.parse("[C]")));
    assertEquals(OptionalInt.empty(), defaults.bondingCapacity((AtomSymbol) SelfiesSymbol.parse("[CH5]")));
    assertEquals(OptionalInt.empty(), defaults.bondingCapacity((AtomSymbol) SelfiesSymbol.parse("[Fe]")));
  }
}
