package org.inversesuite.molecules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdfWriterTest {
  @TempDir Path dir;

  @Test
  void writesComputedPropertiesAsDataFieldsAndReadsBack() {
    ReadResult in = SmilesFileReader.defaults().read("in.smi", "CC(=O)OC1=CC=CC=C1C(O)=O aspirin\n[Na+].[O-]C(=O)C1=CC=CC=C1 benzoate\n");
    LogPCalculator crippen = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    List<SdfEntry> entries = new ArrayList<>();
    for (MoleculeRecord r : in.molecules()) {
      entries.add(SdfEntry.of(r).withField("WILDMAN_CRIPPEN_LOGP", crippen.logP(r.molecule())).withField("SOURCE", "test"));
    }
    Path target = dir.resolve("out/props.sdf");
    SdfWriter.write(target, entries);
    ReadResult back = SdfReader.defaults().read(target);
    assertEquals(List.of(), back.problems(), back.summary());
    assertEquals(List.of("aspirin", "benzoate"), back.molecules().stream().map(MoleculeRecord::id).toList());
    for (int i = 0; i < 2; i++) {
      MoleculeRecord r = back.molecules().get(i);
      assertEquals(CanonicalSmiles.of(in.molecules().get(i).molecule()), CanonicalSmiles.of(r.molecule()));
      assertEquals(List.of("WILDMAN_CRIPPEN_LOGP", "SOURCE"), List.copyOf(r.fields().keySet()));
      assertEquals(entries.get(i).fields().get("WILDMAN_CRIPPEN_LOGP"), r.fields().get("WILDMAN_CRIPPEN_LOGP"));
      assertNotNull(r.molecule().getAtom(0).getPoint2d(), "2D layout generated");
    }
    assertEquals("1.3101", back.molecules().get(0).fields().get("WILDMAN_CRIPPEN_LOGP"), "RDKit MolLogP of aspirin");
  }

  @Test
  void smilesFilesRoundTrip() {
    ReadResult in = SmilesFileReader.defaults().read(Fixtures.path(Fixtures.PUBCHEM_25_SMI));
    Path target = dir.resolve("copy.smi");
    SmilesFileWriter.write(target, in.molecules(), CanonicalForm.CANONICAL);
    ReadResult back = SmilesFileReader.defaults().read(target);
    assertEquals(25, back.molecules().size());
    for (int i = 0; i < 25; i++) {
      assertEquals(in.molecules().get(i).id(), back.molecules().get(i).id());
      assertEquals(CanonicalSmiles.of(in.molecules().get(i).molecule()), CanonicalSmiles.of(back.molecules().get(i).molecule()));
    }
  }

  @Test
  void entriesRefuseWhatTheFormatCannotHold() {
    var m = Fixtures.smiles("CCO");
    assertThrows(IllegalArgumentException.class, () -> new SdfEntry("two\nlines", m, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new SdfEntry("t", m, Map.of("<bad>", "1")));
    assertThrows(IllegalArgumentException.class, () -> new SdfEntry("t", m, Map.of("GAP", "a\n\nb")));
    assertThrows(IllegalArgumentException.class, () -> new SdfEntry("t", m, Map.of()).withField("LOGP", Double.NaN));
  }
}
