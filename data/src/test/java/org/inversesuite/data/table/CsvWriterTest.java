package org.inversesuite.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  @TempDir Path dir;

  /** Finite doubles drawn over all bit patterns (subnormals, huge, tiny) plus edge values. */
  private static Matrix awkwardDoubles(int rows, int cols) {
    double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, 1.0 / 3, 1e-310, 123456789012345678.0};
    SplittableRandom random = new SplittableRandom(7);
    Matrix m = Matrix.zeros(Precision.FLOAT64, rows, cols);
    for (int i = 0; i < m.size(); i++) {
      double v;
      do {
        v = Double.longBitsToDouble(random.nextLong());
      } while (!Double.isFinite(v));
      m.set(i, i < edges.length ? edges[i] : v);
    }
    return m;
  }

  private static void assertBitsEqual(Matrix expected, Matrix actual) {
    assertEquals(expected.rows(), actual.rows());
    assertEquals(expected.cols(), actual.cols());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(actual.get(i)), "element " + i);
    }
  }

  @Test
  void float64RoundTripIsBitExact() {
    CsvTable table = new CsvTable(List.of("a", "b", "c"), awkwardDoubles(200, 3));
    Path p = dir.resolve("round.csv");
    CsvWriter.defaults().write(p, table);
    CsvTable back = CsvReader.defaults().read(p);
    assertEquals(table, back);
    assertBitsEqual(table.values(), back.values());
  }

  @Test
  void float32RoundTripIsBitExact() {
    SplittableRandom random = new SplittableRandom(11);
    float[] data = new float[300];
    for (int i = 0; i < data.length; i++) {
      float v;
      do {
        v = Float.intBitsToFloat(random.nextInt());
      } while (!Float.isFinite(v));
      data[i] = v;
    }
    data[0] = 0.1f;
    data[1] = Float.MIN_VALUE;
    data[2] = -Float.MAX_VALUE;
    Path p = dir.resolve("f32.csv");
    CsvWriter.defaults().write(p, new CsvTable(List.of("x", "y", "z"), new FloatMatrix(100, 3, data)));
    Matrix back = CsvReader.defaults().read(p).values();
    for (int i = 0; i < data.length; i++) {
      assertEquals(Float.floatToRawIntBits(data[i]), Float.floatToRawIntBits((float) back.get(i)), "element " + i);
      assertEquals((double) data[i], back.get(i), 0.0, "float widened exactly");
    }
  }

  @Test
  void awkwardNamesAndOtherSeparatorsRoundTrip() {
    List<String> names = List.of("#id", "a,b", "tab\there", "semi;colon", "say \"hi\"", " padded ", "400", "plain");
    Matrix values = awkwardDoubles(3, names.size());
    CsvTable table = new CsvTable(names, values);
    for (Separator s : new Separator[] {Separator.COMMA, Separator.TAB, Separator.SEMICOLON}) {
      Path p = dir.resolve("names-" + s + ".csv");
      CsvWriter.defaults().withSeparator(s).write(p, table);
      assertEquals(table, CsvReader.defaults().read(p), "separator " + s);
    }
  }

  @Test
  void nonFiniteValuesAreRefusedUnlessAllowed() throws IOException {
    Matrix m = Matrix.of(Precision.FLOAT64, new double[][] {{1, 2}, {3, Double.NaN}, {Double.NEGATIVE_INFINITY, 4}});
    CsvTable table = new CsvTable(List.of("a", "b"), m);
    Path p = dir.resolve("nf.csv");
    NonFiniteException e = assertThrows(NonFiniteException.class, () -> CsvWriter.defaults().write(p, table));
    assertEquals(1, e.rowIndex());
    assertEquals(1, e.columnIndex());
    assertTrue(Files.notExists(p));
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW).write(p, table);
    assertEquals(table, CsvReader.defaults().withNonFinite(NonFinitePolicy.ALLOW).read(p));
  }

  @Test
  void replacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path p = dir.resolve("out.csv");
    Files.writeString(p, "old\n");
    CsvTable good = new CsvTable(List.of("a"), Matrix.of(Precision.FLOAT64, new double[][] {{1.5}}));
    CsvWriter.defaults().write(p, good);
    assertEquals("a\n1.5\n", Files.readString(p));
    CsvTable bad = new CsvTable(List.of("a"), Matrix.of(Precision.FLOAT64, new double[][] {{Double.NaN}}));
    assertThrows(NonFiniteException.class, () -> CsvWriter.defaults().write(p, bad));
    assertEquals("a\n1.5\n", Files.readString(p));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(p), files.toList());
    }
  }

  @Test
  void refusesLineBreaksInNamesAndAutoSeparator() {
    CsvTable t = new CsvTable(List.of("a\nb"), Matrix.zeros(Precision.FLOAT64, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> CsvWriter.defaults().write(dir.resolve("x.csv"), t));
    assertThrows(IllegalArgumentException.class, () -> CsvWriter.defaults().withSeparator(Separator.AUTO));
  }
}
