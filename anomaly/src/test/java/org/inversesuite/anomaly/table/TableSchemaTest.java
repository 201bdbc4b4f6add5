package org.inversesuite.anomaly.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSchemaTest {
  @TempDir
  Path dir;

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static final String TRAIN = "# plant log\ntemp,mode,pressure,label\n20.5,auto,1.0,ok\n21.0,manual,1.1,ok\n19.5,auto,0.9,bad\n";

  @Test
  void categoricalColumnsAreRefusedByNameOrOneHotEncoded() throws IOException {
    TextTable t = TextTable.read(file("train.csv", TRAIN));
    assertEquals(List.of("temp", "mode", "pressure", "label"), t.columns());
    assertEquals(3, t.lines()[0]);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> TableSchema.infer(t, Set.of(), CategoricalPolicy.REFUSE));
    assertTrue(e.getMessage().contains("mode, label"), e.getMessage());
    TableSchema s = TableSchema.infer(t, Set.of("label"), CategoricalPolicy.ONE_HOT);
    assertEquals(List.of("temp", "mode=auto", "mode=manual", "pressure"), s.featureNames());
    Matrix m = s.encode(t, Set.of("label"));
    assertEquals(21.0, m.get(1, 0));
    assertEquals(0.0, m.get(1, 1));
    assertEquals(1.0, m.get(1, 2));
    assertEquals(1.1, m.get(1, 3), 1e-15);
  }

  @Test
  void missingAndNonNumericCellsNameLineAndColumn() throws IOException {
    TextTable missing = TextTable.read(file("m.csv", "a,b\n1,2\n3,NA\n"));
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> TableSchema.infer(missing, Set.of(), CategoricalPolicy.REFUSE));
    assertEquals(3, e.line().getAsInt());
    assertEquals("b", e.column().orElseThrow());
    TextTable typo = TextTable.read(file("t.csv", "a,b\n1,2\n3,4\n5,4..2\n"));
    e = assertThrows(DataFormatException.class, () -> TableSchema.infer(typo, Set.of(), CategoricalPolicy.ONE_HOT));
    assertEquals(4, e.line().getAsInt());
    assertTrue(e.getMessage().contains("4..2"), e.getMessage());
  }

  @Test
  void scoringFileMustHaveTheSameColumnsInTheSameOrder() throws IOException {
    TableSchema s = TableSchema.infer(TextTable.read(file("a.csv", "x,y,z\n1,2,3\n4,5,6\n")), Set.of(),
        CategoricalPolicy.REFUSE);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> s.encode(TextTable.read(file("b.csv", "x,z,y\n1,3,2\n")), Set.of()));
    assertTrue(e.getMessage().contains("column 2 is 'z' but was 'y'"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> s.encode(TextTable.read(file("c.csv", "x,y,w\n1,3,2\n")), Set.of()));
    assertTrue(e.getMessage().contains("missing [z]") && e.getMessage().contains("unexpected [w]"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> s.encode(TextTable.read(file("d.csv", "x,y,z\n1,oops,2\n")), Set.of()));
    assertEquals("y", e.column().orElseThrow());
    assertEquals(2, e.line().getAsInt());
  }

  @Test
  void unknownCategoryAndMalformedRowsAreRefused() throws IOException {
    TableSchema s = TableSchema.infer(TextTable.read(file("a.csv", "x,mode\n1,a\n2,b\n")), Set.of(), CategoricalPolicy.ONE_HOT);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> s.encode(TextTable.read(file("b.csv", "x,mode\n1,c\n")), Set.of()));
    assertTrue(e.getMessage().contains("\"c\" was not seen in training"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> TextTable.read(file("c.csv", "x,mode\n1,a,3\n")));
    assertEquals(2, e.line().getAsInt());
    assertThrows(DataFormatException.class, () -> TextTable.read(file("d.csv", "1,2\n3,4\n")));
    assertEquals(List.of("a,b", "c"), TextTable.split(null, 1, "\"a,b\", c"));
  }
}
