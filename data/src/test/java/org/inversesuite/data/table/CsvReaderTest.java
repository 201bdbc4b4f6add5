package org.inversesuite.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private DataFormatException failure(Path p) {
    return failure(CsvReader.defaults(), p);
  }

  private static DataFormatException failure(CsvReader reader, Path p) {
    return assertThrows(DataFormatException.class, () -> reader.read(p));
  }

  private static void assertNames(DataFormatException e, Path p, int line, String column) {
    String m = e.getMessage();
    assertTrue(m.contains(p.toString()), m);
    assertTrue(m.contains("line " + line + ","), m);
    assertTrue(m.contains("column '" + column + "'"), m);
    assertEquals(p, e.path());
    assertEquals(line, e.line().orElseThrow());
    assertEquals(column, e.column().orElseThrow());
  }

  @Test
  void readsHeaderRowsCommentsBlankLinesAndQuotes() throws IOException {
    Path p = file("t.csv", "\uFEFF# made by hand\r\n a , \"b, the second\",\"say \"\"c\"\"\"\r\n\r\n1,2.5,-3e-2\r\n"
        + "   # indented comment\n.5 , \"+4\", 1E3\n\n");
    CsvTable t = CsvReader.defaults().read(p);
    assertEquals(List.of("a", "b, the second", "say \"c\""), t.columns());
    assertEquals(2, t.rows());
    Matrix v = t.values();
    assertEquals(Precision.FLOAT64, v.precision());
    double[][] expected = {{1, 2.5, -0.03}, {0.5, 4, 1000}};
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        assertEquals(expected[r][c], v.get(r, c), 0.0);
      }
    }
  }

  @Test
  void detectsTabAndSemicolon() throws IOException {
    CsvTable tab = CsvReader.defaults().read(file("tab.csv", "x\ty\n1\t2\n"));
    assertEquals(List.of("x", "y"), tab.columns());
    assertEquals(2.0, tab.get(0, "y"), 0.0);
    CsvTable semi = CsvReader.defaults().read(file("semi.csv", "\"x,1\";y\n1;2\n"));
    assertEquals(List.of("x,1", "y"), semi.columns());
    CsvTable single = CsvReader.defaults().read(file("one.csv", "only\n7\n8\n"));
    assertEquals(2, single.rows());
  }

  @Test
  void ambiguousSeparatorIsRefusedUnlessNamed() throws IOException {
    Path p = file("amb.csv", "a;b,c\n1;2,5\n");
    DataFormatException e = failure(p);
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("separator"), e.getMessage());
    CsvTable t = CsvReader.defaults().withSeparator(Separator.SEMICOLON).read(file("amb2.csv", "a;b\n1;2\n"));
    assertEquals(List.of("a", "b"), t.columns());
    DataFormatException decimalComma = failure(CsvReader.defaults().withSeparator(Separator.SEMICOLON), p);
    assertNames(decimalComma, p, 2, "b,c");
    assertTrue(decimalComma.getMessage().contains("\"2,5\""), decimalComma.getMessage());
  }

  @Test
  void nonNumericCellNamesPathLineColumnAndText() throws IOException {
    Path p = file("bad.csv", "a,b,c\n1,2,3\n# note\n4,abc,6\n");
    DataFormatException e = failure(p);
    assertNames(e, p, 4, "b");
    assertTrue(e.getMessage().contains("not a number: \"abc\""), e.getMessage());
  }

  @Test
  void javaOnlyNumberFormsAreNotNumbers() throws IOException {
    for (String text : new String[] {"1d", "2f", "0x1p3", "1,5", "1.2.3", "e5"}) {
      Path p = file("j.csv", "a;b\n1;" + text + "\n");
      DataFormatException e = failure(CsvReader.defaults().withSeparator(Separator.SEMICOLON), p);
      assertNames(e, p, 2, "b");
    }
  }

  @Test
  void tooFewAndTooManyFieldsNameExpectedAndActual() throws IOException {
    Path few = file("few.csv", "a,b,c\n1,2,3\n4,5\n");
    DataFormatException e = failure(few);
    assertNames(e, few, 3, "c");
    assertTrue(e.getMessage().contains("row has 2 fields but the header has 3 (a, b, c)"), e.getMessage());
    Path many = file("many.csv", "a,b,c\n\n1,2,3,4\n");
    DataFormatException m = failure(many);
    assertNames(m, many, 3, "c");
    assertTrue(m.getMessage().contains("row has 4 fields but the header has 3"), m.getMessage());
  }

  @Test
  void emptyFilesAreRefused() throws IOException {
    for (String content : new String[] {"", "\n\n", "# only a comment\n\n"}) {
      Path p = file("empty.csv", content);
      DataFormatException e = failure(p);
      assertTrue(e.getMessage().startsWith(p + ": empty file"), e.getMessage());
    }
  }

  @Test
  void headerWithoutRowsIsAnEmptyTable() throws IOException {
    CsvTable t = CsvReader.defaults().read(file("h.csv", "a,b\n"));
    assertEquals(0, t.rows());
    assertEquals(List.of("a", "b"), t.columns());
  }

  @Test
  void duplicateAndEmptyColumnNamesAreRefused() throws IOException {
    Path dup = file("dup.csv", "# c\nx,y,x\n1,2,3\n");
    DataFormatException e = failure(dup);
    assertNames(e, dup, 2, "x");
    assertTrue(e.getMessage().contains("duplicate column name (header fields 1 and 3)"), e.getMessage());
    Path empty = file("noname.csv", "x,,z\n1,2,3\n");
    DataFormatException n = failure(empty);
    assertTrue(n.getMessage().contains("line 1") && n.getMessage().contains("header field 2 is empty"), n.getMessage());
  }

  @Test
  void missingFileNamesThePath() {
    Path p = dir.resolve("absent.csv");
    DataFormatException e = failure(p);
    assertEquals(p + ": file not found", e.getMessage());
  }

  @Test
  void nonFiniteAndEmptyCellsAreRefusedByDefault() throws IOException {
    String[] cells = {"NaN", "nan", "inf", "-Infinity", "", "  ", "1e400"};
    for (String cell : cells) {
      Path p = file("nf.csv", "a,b\n1,2\n3," + cell + "\n");
      DataFormatException e = failure(p);
      assertNames(e, p, 3, "b");
      assertTrue(e.getMessage().contains("NonFinitePolicy.ALLOW"), e.getMessage());
    }
  }

  @Test
  void allowPolicyReadsNonFiniteAndEmptyCells() throws IOException {
    Path p = file("nf.csv", "a,b,c,d,e\nNaN,-inf,Infinity,,1e400\n");
    Matrix v = CsvReader.defaults().withNonFinite(NonFinitePolicy.ALLOW).read(p).values();
    assertTrue(Double.isNaN(v.get(0, 0)));
    assertEquals(Double.NEGATIVE_INFINITY, v.get(0, 1));
    assertEquals(Double.POSITIVE_INFINITY, v.get(0, 2));
    assertTrue(Double.isNaN(v.get(0, 3)));
    assertEquals(Double.POSITIVE_INFINITY, v.get(0, 4));
  }

  @Test
  void unterminatedQuoteAndTextAfterQuoteAreRefused() throws IOException {
    Path open = file("open.csv", "a,b\n1,\"2\n3,4\n");
    DataFormatException e = failure(open);
    assertNames(e, open, 2, "b");
    assertTrue(e.getMessage().contains("unterminated quoted field"), e.getMessage());
    Path after = file("after.csv", "a,b\n\"1\"x,2\n");
    assertNames(failure(after), after, 2, "a");
  }

  @Test
  void numericHeaderLooksLikeDataAndIsRefused() throws IOException {
    Path p = file("noheader.csv", "0,0,5,13\n0,1,2,3\n");
    DataFormatException e = failure(p);
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("HeaderPolicy.NONE"), e.getMessage());
    CsvTable quoted = CsvReader.defaults().read(file("quoted.csv", "\"400\",\"410\"\n1,2\n"));
    assertEquals(List.of("400", "410"), quoted.columns());
  }

  @Test
  void noHeaderPolicyNamesColumnsByPosition() throws IOException {
    Path p = file("noheader.csv", "# pixels\n0,0,5\n1,2,3\n4,5\n");
    DataFormatException e = failure(CsvReader.defaults().withHeader(HeaderPolicy.NONE), p);
    assertNames(e, p, 4, "column3");
    CsvTable t = CsvReader.defaults().withHeader(HeaderPolicy.NONE).read(file("ok.csv", "0,0,5\n1,2,3\n"));
    assertEquals(List.of("column1", "column2", "column3"), t.columns());
    assertEquals(2, t.rows());
    assertEquals(5.0, t.get(0, "column3"), 0.0);
  }

  @Test
  void invalidUtf8NamesTheFileAndLine() throws IOException {
    Path p = dir.resolve("latin1.csv");
    Files.write(p, new byte[] {'a', ',', 'b', '\n', '1', ',', '2', '\n', (byte) 0xE9, ',', '3', '\n'});
    DataFormatException e = failure(p);
    assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
  }
}
