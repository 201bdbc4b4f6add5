package org.inversesuite.molecules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.molecules.Fixtures;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV3000Writer;

class SdfReaderTest {
  private static final List<String> LINES = Fixtures.lines(Fixtures.PUBCHEM_25_SDF);

  @Test
  void readsPubchemRecordsLikeTheirSmiles() {
    ReadResult sdf = SdfReader.defaults().withIdField("PUBCHEM_COMPOUND_CID").read(Fixtures.path(Fixtures.PUBCHEM_25_SDF));
    ReadResult smi = SmilesFileReader.defaults().read(Fixtures.path(Fixtures.PUBCHEM_25_SMI));
    assertEquals(25, sdf.recordCount());
    assertEquals(List.of(), sdf.problems(), sdf.summary());
    for (int i = 0; i < 25; i++) {
      MoleculeRecord a = sdf.molecules().get(i);
      MoleculeRecord b = smi.molecules().get(i);
      assertEquals(b.id(), a.id());
      assertEquals(a.id(), a.molecule().getTitle());
      assertEquals(b.removedFragments(), a.removedFragments());
      assertEquals(CanonicalSmiles.of(b.molecule()), CanonicalSmiles.of(a.molecule()), "record " + (i + 1));
    }
    assertEquals("6603170", sdf.molecules().get(0).fields().get("PUBCHEM_COMPOUND_CID"));
    assertEquals(1, sdf.molecules().get(0).line());
  }

  @Test
  void aBrokenRecordIsReportedWithItsNumberAndFirstLineAndTheOthersAreRead() {
    List<String> lines = new ArrayList<>(LINES);
    int second = LINES.indexOf("$$$$") + 1;
    lines.set(second + 3, "xx" + lines.get(second + 3).substring(2));
    ReadResult r = SdfReader.defaults().read("broken.sdf", String.join("\n", lines));
    assertEquals(25, r.recordCount());
    assertEquals(24, r.molecules().size());
    ReadProblem p = r.problems().get(0);
    assertEquals(2, p.record());
    assertEquals(second + 1, p.line());
    assertEquals("6602966", p.id());
    assertEquals(ProblemKind.UNPARSABLE, p.kind());
    assertTrue(!p.reason().isBlank(), p.reason());
    assertEquals(3, r.molecules().get(1).record());
  }

  @Test
  void dataItemsMissingTerminatorAndRecordsWithoutMolfile() {
    String mol = String.join("\n", LINES.subList(0, LINES.indexOf("M  END") + 1));
    String text = mol + "\n> <NOTE>\nfirst line\nsecond line\n\n> <EMPTY>\n\n$$$$\nno molfile here\n\n$$$$\n" + mol + "\n";
    ReadResult r = SdfReader.defaults().read("items.sdf", text);
    assertEquals(3, r.recordCount());
    assertEquals(2, r.molecules().size());
    assertEquals("first line\nsecond line", r.molecules().get(0).fields().get("NOTE"));
    assertEquals("", r.molecules().get(0).fields().get("EMPTY"));
    assertEquals("first line\nsecond line", r.molecules().get(0).molecule().getProperty("NOTE"));
    assertEquals(ProblemKind.UNPARSABLE, r.problems().get(0).kind());
    assertTrue(r.problems().get(0).reason().contains("M  END"), r.problems().get(0).reason());
  }

  @Test
  void readsV3000Records() throws Exception {
    IAtomContainer betaine = Fixtures.smiles("C[N+](C)(C)CC(=O)[O-]");
    betaine.setTitle("betaine");
    StringWriter text = new StringWriter();
    try (MDLV3000Writer writer = new MDLV3000Writer(text)) {
      writer.write(betaine);
    }
    ReadResult r = SdfReader.defaults().read("v3000.sdf", text + "> <X>\n1\n\n$$$$\n");
    assertEquals(List.of(), r.problems(), r.summary());
    assertEquals("betaine", r.molecules().get(0).id());
    assertEquals(CanonicalSmiles.of(betaine), CanonicalSmiles.of(r.molecules().get(0).molecule()));
    assertEquals("1", r.molecules().get(0).fields().get("X"));
  }

  @Test
  void textThatIsNoSdFileGetsAClearMessage() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> SdfReader.defaults().read("x.sdf", "CCO\nc1ccccc1\n"));
    assertTrue(e.getMessage().contains("not an MDL SD file"), e.getMessage());
    DataFormatException empty = assertThrows(DataFormatException.class, () -> SdfReader.defaults().read("e.sdf", ""));
    assertTrue(empty.getMessage().contains("empty file"), empty.getMessage());
  }
}
