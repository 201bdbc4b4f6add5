package org.inversesuite.astro.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.data.table.HeaderPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvTableReaderTest {
  @TempDir Path dir;

  private Path file(String name, String content) {
    Path p = dir.resolve(name);
    AtomicFiles.write(p, content.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  private static final RvTableFormat CSV =
      RvTableFormat.csv(RvColumns.named("bjd", "rv", "err").withInstrument(ColumnRef.named("inst")));

  @Test
  void csvWithHeaderInstrumentCommentsQuotesAndExtraColumns() {
    Path p = file("a.csv", "\uFEFF# HD 000, made up\nbjd,rv,err,fwhm,inst\n"
        + "2455000.5, 12.5, 1.2, 7.1, \"HARPS\"\n\n   # a comment inside\n"
        + "2455001.25,-3e0,0.8,7.0,HARPS-N\n2455010.0,+.5,2,7.2,HIRES\n");
    RvTable t = RvTableReader.read(p, CSV);
    assertEquals(3, t.size());
    assertEquals(2455001.25, t.observations().time(1));
    assertEquals(-3.0, t.observations().velocity(1));
    assertEquals(0.5, t.observations().velocity(2));
    assertEquals(2.0, t.observations().error(2));
    assertEquals(List.of("HARPS", "HARPS-N", "HIRES"), t.instruments());
    assertEquals(2455010.0, t.bjd(2));
  }

  @Test
  void whitespaceWithoutHeaderByPositionInKilometresPerSecond() {
    Path p = file("b.vels", "  55000.10   -12.3451  0.0021\n55001.20\t-12.3401\t0.0019  extra\n");
    RvTableFormat f = RvTableFormat.whitespace(RvColumns.positional(1, 2, 3))
        .withUnit(VelocityUnit.KILOMETRES_PER_SECOND).withTimeFormat(TimeFormat.BJD_MINUS_2400000);
    RvTable t = RvTableReader.read(p, f);
    assertEquals(-12345.1, t.observations().velocity(0), 1e-9);
    assertEquals(2.1, t.observations().error(0), 1e-12);
    assertEquals(2455000.10, t.bjd(0), 1e-9);
    assertTrue(t.instruments().isEmpty());
  }

  @Test
  void rdbTabSeparatedWithDashLine() {
    Path p = file("c.rdb", "rjd\tvrad\tsvrad\n---\t----\t-----\n55000.1\t-5.01\t0.002\n55000.9\t-5.02\t0.003\n");
    RvTableFormat f = RvTableFormat.csv(RvColumns.named("rjd", "vrad", "svrad")).withSeparator(FieldSeparator.TAB)
        .withUnit(VelocityUnit.KILOMETRES_PER_SECOND).withTimeFormat(TimeFormat.BJD_MINUS_2400000);
    RvTable t = RvTableReader.read(p, f);
    assertEquals(2, t.size());
    assertEquals(-5020.0, t.observations().velocity(1), 1e-9);
  }

  @Test
  void relativeTimesCannotBecomeBjd() {
    Path p = file("d.txt", "0 1 1\n1 2 1\n");
    RvTable t = RvTableReader.read(p, RvTableFormat.whitespace(RvColumns.positional(1, 2, 3))
        .withTimeFormat(TimeFormat.RELATIVE_DAYS));
    assertThrows(IllegalStateException.class, () -> t.bjd(0));
  }

  private DataFormatException failure(String content, RvTableFormat format) {
    Path p = file("bad.csv", content);
    DataFormatException e = assertThrows(DataFormatException.class, () -> RvTableReader.read(p, format));
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    return e;
  }

  @Test
  void nonMonotonicTimeNamesBothLines() {
    DataFormatException e = failure("bjd,rv,err,inst\n10,1,1,A\n12,1,1,A\n11,1,1,B\n", CSV);
    assertEquals(4, e.line().orElseThrow());
    assertEquals("bjd", e.column().orElseThrow());
    assertTrue(e.getMessage().contains("time 11.0 is earlier than 12.0 on line 3"), e.getMessage());
  }

  @Test
  void duplicateTimeNamesTheEarlierLine() {
    DataFormatException e = failure("bjd,rv,err,inst\n10,1,1,A\n# gap\n10,2,1,B\n", CSV);
    assertEquals(4, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("duplicate time 10.0 (also on line 2)"), e.getMessage());
  }

  @Test
  void zeroAndNegativeErrorBarsAreRefusedWithTheirLines() {
    DataFormatException e = failure("bjd,rv,err,inst\n10,1,0,A\n11,1,-0.5,A\n", CSV);
    assertEquals(2, e.line().orElseThrow());
    assertEquals("err", e.column().orElseThrow());
    assertTrue(e.getMessage().contains("error bar must be > 0, got 0.0"), e.getMessage());
    assertTrue(e.getMessage().contains("line 3, column 'err': error bar must be > 0, got -0.5"), e.getMessage());
    assertTrue(e.getMessage().contains("[2 problems]"), e.getMessage());
  }

  @Test
  void nanAndTextCellsAreRefusedNotDropped() {
    DataFormatException e = failure("bjd,rv,err,inst\n10,1,1,A\n11,NaN,1,A\n12,abc,1,A\n13,1,,A\n", CSV);
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("velocity is NaN"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4, column 'rv': not a number: \"abc\""), e.getMessage());
    assertTrue(e.getMessage().contains("line 5, column 'err': empty cell"), e.getMessage());
  }

  @Test
  void missingFieldsUnknownColumnsEmptyFilesAndNoRows() {
    DataFormatException missing = failure("1 2 3\n4 5\n", RvTableFormat.whitespace(RvColumns.positional(1, 2, 3)));
    assertEquals(2, missing.line().orElseThrow());
    assertTrue(missing.getMessage().contains("missing field"), missing.getMessage());

    DataFormatException unknown = failure("time,rv,err\n1,2,3\n", RvTableFormat.csv(RvColumns.named("bjd", "rv", "err")));
    assertTrue(unknown.getMessage().contains("available: time, rv, err"), unknown.getMessage());

    DataFormatException empty = failure("# nothing\n\n", CSV);
    assertTrue(empty.getMessage().contains("empty file"), empty.getMessage());

    DataFormatException noRows = failure("bjd,rv,err,inst\n", CSV);
    assertTrue(noRows.getMessage().contains("no data rows"), noRows.getMessage());

    DataFormatException blankInstrument = failure("bjd,rv,err,inst\n1,2,3,\n", CSV);
    assertTrue(blankInstrument.getMessage().contains("empty instrument label"), blankInstrument.getMessage());
  }

  @Test
  void manyProblemsAreCountedAndTheListIsCapped() {
    StringBuilder b = new StringBuilder("bjd,rv,err,inst\n");
    for (int i = 0; i < 30; i++) {
      b.append(i).append(",1,0,A\n");
    }
    DataFormatException e = failure(b.toString(), CSV);
    assertTrue(e.getMessage().contains("and 10 more problems"), e.getMessage());
    assertTrue(e.getMessage().contains("[30 problems]"), e.getMessage());
  }

  @Test
  void formatValidation() {
    assertThrows(IllegalArgumentException.class,
        () -> RvTableFormat.whitespace(RvColumns.named("a", "b", "c")));
    assertThrows(IllegalArgumentException.class, () -> RvColumns.positional(1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> ColumnRef.position(0));
    assertThrows(IllegalArgumentException.class, () -> ColumnRef.named(" "));
    RvTableFormat f = RvTableFormat.csv(RvColumns.positional(1, 2, 3)).withHeader(HeaderPolicy.NONE);
    assertEquals(HeaderPolicy.NONE, f.header());
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Path p = dir.resolve("absent.csv");
    DataFormatException e = assertThrows(DataFormatException.class, () -> RvTableReader.read(p, CSV));
    assertTrue(e.getMessage().contains("file not found"), e.getMessage());
  }

  @Test
  void velocityUnitsParse() {
    assertEquals(VelocityUnit.METRES_PER_SECOND, VelocityUnit.parse(" m/s ").orElseThrow());
    assertEquals(VelocityUnit.METRES_PER_SECOND, VelocityUnit.parse("m.s-1").orElseThrow());
    assertEquals(VelocityUnit.KILOMETRES_PER_SECOND, VelocityUnit.parse("KM S^-1").orElseThrow());
    assertTrue(VelocityUnit.parse("furlong/fortnight").isEmpty());
    assertEquals(1500.0, VelocityUnit.KILOMETRES_PER_SECOND.toMetresPerSecond(1.5));
  }
}
