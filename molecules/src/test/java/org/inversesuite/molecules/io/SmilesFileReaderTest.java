package org.inversesuite.molecules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.molecules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmilesFileReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheWholeNciFileAndStripsSalts() {
    ReadResult r = SmilesFileReader.defaults().read(Fixtures.path(Fixtures.NCI_5K));
    assertEquals(4999, r.recordCount());
    assertEquals(List.of(), r.problems(), r.summary());
    assertEquals(141, r.molecules().stream().filter(m -> m.removedFragments() > 0).count());
    MoleculeRecord first = r.molecules().get(0);
    assertEquals("1", first.id());
    assertEquals(1, first.line());
    assertEquals(1, Fragments.count(first.molecule()));
  }

  @Test
  void reportsBadLinesWithLineNumberIdAndCdkReasonAndKeepsTheRest() {
    String text = "CCO\tethanol\n\nC1CC(C\tbroken\nc1cccc1 not-kekulisable\nc1ccccc1\n";
    ReadResult r = SmilesFileReader.defaults().read("mixed.smi", text);
    assertEquals(4, r.recordCount());
    assertEquals(List.of("ethanol", ""), r.molecules().stream().map(MoleculeRecord::id).toList());
    assertEquals(5, r.molecules().get(1).line());
    ReadProblem ring = r.problems().get(0);
    assertEquals(3, ring.line());
    assertEquals(2, ring.record());
    assertEquals("broken", ring.id());
    assertEquals(ProblemKind.UNPARSABLE, ring.kind());
    assertTrue(ring.reason().contains("Unclosed ring"), ring.reason());
    ReadProblem kekule = r.problems().get(1);
    assertEquals(4, kekule.line());
    assertTrue(kekule.reason().toLowerCase().contains("kekul"), kekule.reason());
    assertTrue(r.summary().contains("4 records, 2 molecules, 2 problems"), r.summary());
    assertTrue(r.summary().contains("line 3 (record 2, id broken): UNPARSABLE"), r.summary());
  }

  @Test
  void fragmentPolicies() {
    String text = "C[N+](C)(C)CC.[Cl-] salt\nCCO.CCN tie\n";
    ReadResult largest = new SmilesFileReader(FragmentPolicy.LARGEST_FRAGMENT).read("f.smi", text);
    assertEquals(List.of(1, 1), largest.molecules().stream().map(MoleculeRecord::removedFragments).toList());
    assertEquals("CC[N+](C)(C)C", CanonicalSmiles.of(largest.molecules().get(0).molecule()));
    assertEquals("OCC", CanonicalSmiles.of(largest.molecules().get(1).molecule()), "on a tie the first fragment is kept");
    ReadResult all = new SmilesFileReader(FragmentPolicy.KEEP_ALL).read("f.smi", text);
    assertEquals(2, Fragments.count(all.molecules().get(0).molecule()));
    ReadResult reject = new SmilesFileReader(FragmentPolicy.REJECT).read("f.smi", text);
    assertEquals(List.of(), reject.molecules());
    assertEquals(List.of(ProblemKind.MULTIPLE_FRAGMENTS, ProblemKind.MULTIPLE_FRAGMENTS),
        reject.problems().stream().map(ReadProblem::kind).toList());
  }

  @Test
  void deduplicatesByCanonicalSmilesAcrossKekuleForms() {
    String text = "CCO a\nOCC b\nC1=CC=CC=C1 c\nc1ccccc1 d\nC(O)C e\n";
    ReadResult r = SmilesFileReader.defaults().read("d.smi", text).deduplicate(CanonicalForm.CANONICAL);
    assertEquals(List.of("a", "c"), r.molecules().stream().map(MoleculeRecord::id).toList());
    assertEquals(Map.of(ProblemKind.DUPLICATE, 3), r.problemCounts());
    assertEquals(List.of(2, 4, 5), r.problems().stream().map(ReadProblem::record).toList());
    assertTrue(r.problems().get(0).reason().contains("record 1 (a)"), r.problems().get(0).reason());
    assertEquals(5, r.recordCount());
  }

  @Test
  void absoluteFormNeedsCdkInchiOrKeepsStereo() {
    var molecule = Fixtures.smiles("C[C@H](N)O");
    if (CanonicalSmiles.absoluteAvailable()) {
      assertTrue(CanonicalSmiles.of(molecule, CanonicalForm.ABSOLUTE).contains("@"));
    } else {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> CanonicalSmiles.of(molecule, CanonicalForm.ABSOLUTE));
      assertTrue(e.getMessage().contains("cdk-inchi"), e.getMessage());
    }
    assertEquals("OC(N)C", CanonicalSmiles.of(molecule, CanonicalForm.CANONICAL));
  }

  @Test
  void emptyBlankBinaryAndMissingFilesGetClearMessages() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.smi"));
    assertMessage(empty, "empty file");
    Path blank = Files.writeString(dir.resolve("blank.smi"), "\n  \n\t\n");
    assertMessage(blank, "empty file");
    Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertMessage(binary, "not a UTF-8 text file");
    Path nul = Files.write(dir.resolve("nul.smi"), new byte[] {'C', 'C', 0, 'O'});
    assertMessage(nul, "not a text file (NUL character at offset 2)");
    assertMessage(dir.resolve("missing.smi"), "no such file");
  }

  @Test
  void unparsableInputIsReportedLineByLine() {
    ReadResult r = SmilesFileReader.defaults().read("prose.txt", "This is not\na SMILES file\n");
    assertEquals(0, r.molecules().size());
    assertEquals(2, r.problems().size());
    assertTrue(r.summary().contains("2 records, 0 molecules, 2 problems"), r.summary());
  }

  private static void assertMessage(Path path, String expected) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> SmilesFileReader.defaults().read(path));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains(path.getFileName().toString()), e.getMessage());
  }
}
