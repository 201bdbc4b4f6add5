package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.junit.jupiter.api.Test;

class SelfiesAlphabetTest {
  private final SelfiesEncoder encoder = SelfiesEncoder.defaults();

  @Test
  void buildsFromADatasetWithPaddingAtZeroAndSortedSymbols() {
    List<String> data = List.of(encoder.encode(Fixtures.smiles("CCO")), encoder.encode(Fixtures.smiles("C1=CC=CC=C1")));
    SelfiesAlphabet alphabet = SelfiesAlphabet.fromDataset(data);
    assertEquals(List.of("[nop]", "[=Branch1]", "[=C]", "[C]", "[O]", "[Ring1]"), alphabet.symbols());
    assertEquals(alphabet.symbols(), SelfiesAlphabet.fromDataset(List.of(data.get(1), data.get(0))).symbols(), "order-free");
  }

  @Test
  void tokenisesToFixedWidthRowsAndBack() {
    String aspirin = encoder.encode(Fixtures.smiles("CC(=O)OC1=CC=CC=C1C(O)=O"));
    SelfiesAlphabet alphabet = SelfiesAlphabet.fromDataset(List.of(aspirin));
    int[] row = alphabet.encode(aspirin, 24);
    assertEquals(24, row.length);
    assertEquals(0, row[23], "padded with [nop]");
    assertEquals(alphabet.indexOf("[C]"), row[0]);
    assertEquals(aspirin, alphabet.decode(row));
    assertEquals(CanonicalSmiles.of(Fixtures.smiles("CC(=O)OC1=CC=CC=C1C(O)=O")),
        CanonicalSmiles.of(SelfiesDecoder.defaults().decode(alphabet.decode(row))));
    int[] spaced = {row[0], 0, row[1], 0, 0};
    assertEquals("[C][C]", alphabet.decode(spaced), "padding anywhere is dropped");
  }

  @Test
  void refusesWhatItCannotRepresent() {
    SelfiesAlphabet alphabet = SelfiesAlphabet.of(List.of("[C]", "[O]"));
    assertThrows(IllegalArgumentException.class, () -> alphabet.encode("[C][N]", 4));
    assertThrows(IllegalArgumentException.class, () -> alphabet.encode("[C][O][C]", 2));
    assertThrows(IllegalArgumentException.class, () -> alphabet.decode(new int[] {3}));
    assertThrows(IllegalArgumentException.class, () -> SelfiesAlphabet.of(List.of("[C]", "C")));
    assertArrayEquals(new int[] {1, 2, 0}, alphabet.encode("[C][O]", 3));
  }
}
