package org.inversesuite.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCsvTest {
  @TempDir
  Path dir;

  private Path file(String text) throws Exception {
    Path p = dir.resolve("t.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsTheScikitLearnHeaderLayoutWhateverItsWidth() throws Exception {
    CsvTable iris = LabelledCsv.read(file("3,2,a,b,c\n5.1,3.5,0\n4.9,3.0,1\n6.0,2.2,2\n"));
    assertEquals(List.of("x1", "x2", "label"), iris.columns());
    assertEquals(3, iris.values().rows());
    assertEquals(2.2, iris.values().get(2, 1));
    CsvTable wine = LabelledCsv.read(file("2,3,a,b\n1,2,3,0\n4,5,6,1\n"));
    assertEquals(4, wine.values().cols());
    assertEquals(6.0, wine.values().get(1, 2));
  }

  @Test
  void aFileWithoutHeaderStartsWithData() throws Exception {
    CsvTable digits = LabelledCsv.read(file("0,0,5,13,0\n0,1,2,3,1\n"));
    assertEquals(2, digits.values().rows());
    assertEquals(5.0, digits.values().get(0, 2));
  }

  @Test
  void wrongCountsAndBadCellsAreNamed() throws Exception {
    DataFormatException counts = assertThrows(DataFormatException.class,
        () -> LabelledCsv.read(file("5,2,a,b\n1,2,0\n3,4,1\n")));
    assertTrue(counts.getMessage().contains("states 5 samples"), counts.getMessage());
    DataFormatException cell = assertThrows(DataFormatException.class,
        () -> LabelledCsv.read(file("2,2,a,b\n1,2,0\n3,oops,1\n")));
    assertTrue(cell.getMessage().contains("x2") && cell.getMessage().contains("3"), cell.getMessage());
    assertThrows(DataFormatException.class, () -> LabelledCsv.read(file("1,2,0\n3,4\n")));
    assertThrows(DataFormatException.class, () -> LabelledCsv.read(dir.resolve("missing.csv")));
  }
}
