package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.io.MoleculeRecord;
import org.inversesuite.molecules.io.ReadResult;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.junit.jupiter.api.Test;

/**
 * SMILES → SELFIES → molecule on every NCI record CDK reads (largest fragment): the decoded
 * molecule must have the same canonical SMILES, or the encoder must say why it cannot encode
 * the molecule. Exotic records (elements without a default constraint, hypervalent atoms)
 * are counted by reason; at least 99% of the encodable ones must come back, in practice all.
 */
class SelfiesNciRoundTripTest {
  @Test
  void everyEncodableNciMoleculeComesBackUnchanged() {
    ReadResult read = SmilesFileReader.defaults().read(Fixtures.path(Fixtures.NCI_5K));
    SelfiesEncoder encoder = SelfiesEncoder.defaults();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    Map<Unencodable, List<String>> refused = new EnumMap<>(Unencodable.class);
    List<String> changed = new ArrayList<>();
    List<String> withUnused = new ArrayList<>();
    int identical = 0;
    for (MoleculeRecord r : read.molecules()) {
      Optional<EncodingFailure> failure = encoder.check(r.molecule());
      if (failure.isPresent()) {
        refused.computeIfAbsent(failure.get().reason(), k -> new ArrayList<>()).add(r.id());
        continue;
      }
      String before = CanonicalSmiles.of(r.molecule());
      String selfies = encoder.encode(r.molecule());
      if (decoder.unusedSymbols(Selfies.split(selfies)) != 0) {
        withUnused.add(r.id() + ": " + selfies);
      }
      String after = CanonicalSmiles.of(decoder.decode(selfies));
      if (before.equals(after)) {
        identical++;
      } else {
        changed.add(r.id() + ": " + before + " -> " + after);
      }
    }
    int encodable = identical + changed.size();
    System.out.printf("SELFIES round trip on NCI 5K: %d records read by CDK, %d encodable, %d identical, %d changed %s;"
        + " not encodable: %s%n", read.molecules().size(), encodable, identical, changed.size(), changed, counts(refused));
    System.out.println("not encodable, by reason and id: " + refused);
    assertEquals(4999, read.molecules().size());
    assertEquals(List.of(), withUnused, "every symbol of an encoded string reaches its molecule");
    assertTrue(identical >= 0.99 * encodable, identical + " of " + encodable);
    assertTrue(encodable >= 4800, "encodable " + encodable);
    assertTrue(refused.keySet().stream().allMatch(k -> k == Unencodable.NO_CONSTRAINT || k == Unencodable.VALENCE_ABOVE_CONSTRAINT),
        "only exotic records are refused: " + refused.keySet());
  }

  private static Map<Unencodable, Integer> counts(Map<Unencodable, List<String>> refused) {
    Map<Unencodable, Integer> counts = new EnumMap<>(Unencodable.class);
    refused.forEach((k, v) -> counts.put(k, v.size()));
    return counts;
  }
}
