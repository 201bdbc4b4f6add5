package org.inversesuite.astro.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.util.FitsOutputStream;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes tiny FITS fixtures with nom-tam-fits itself, then reads them back. */
class RvFitsReaderTest {
  @TempDir Path dir;

  /** A file with one binary table: BJD, RV, ERR (numeric, optional units) and INST (string). */
  private Path fixture(String name, double[] t, double[] rv, double[] err, String rvUnit, String errUnit)
      throws Exception {
    BinaryTable table = BinaryTable.fromColumnMajor(new Object[] {t, rv, err, instruments(t.length)});
    BinaryTableHDU hdu = table.toHDU();
    String[] names = {"BJD", "RV", "ERR", "INST"};
    for (int c = 0; c < names.length; c++) {
      hdu.setColumnName(c, names[c], null);
    }
    hdu.setColumnMeta(0, "TUNIT", "d", "days");
    if (rvUnit != null) {
      hdu.setColumnMeta(1, "TUNIT", rvUnit, "velocity unit");
    }
    if (errUnit != null) {
      hdu.setColumnMeta(2, "TUNIT", errUnit, "velocity unit");
    }
    Fits fits = new Fits();
    fits.addHDU(hdu);
    Path p = dir.resolve(name);
    AtomicFiles.write(p, out -> {
      try {
        fits.write(new FitsOutputStream(out));
      } catch (nom.tam.fits.FitsException e) {
        throw new java.io.IOException(e);
      }
    });
    return p;
  }

  private static String[] instruments(int n) {
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      s[i] = i % 2 == 0 ? "HARPS" : "CORALIE";
    }
    return s;
  }

  private static final double[] T = {2455000.5, 2455003.25, 2455010.0};
  private static final double[] RV = {-12.3451, -12.3302, -12.3399};
  private static final double[] ERR = {0.0021, 0.0019, 0.0025};

  @Test
  void readsNamedColumnsAndConvertsTheStatedAndDeclaredUnit() throws Exception {
    Path p = fixture("rv.fits", T, RV, ERR, "km/s", "km/s");
    RvTable t = RvFitsReader.read(p,
        RvFitsFormat.of("BJD", "RV", "ERR").withInstrument("INST").withUnit(VelocityUnit.KILOMETRES_PER_SECOND));
    assertEquals(3, t.size());
    assertEquals(2455003.25, t.observations().time(1), 0.0);
    assertEquals(-12330.2, t.observations().velocity(1), 1e-9);
    assertEquals(2.5, t.observations().error(2), 1e-12);
    assertEquals(List.of("HARPS", "CORALIE", "HARPS"), t.instruments());
    // explicit HDU index: the table is extension 1 after the primary written by nom-tam-fits
    RvTable again = RvFitsReader.read(p, RvFitsFormat.of("BJD", "RV", "ERR")
        .withUnit(VelocityUnit.KILOMETRES_PER_SECOND).withHdu(1));
    assertEquals(t.observations(), again.observations());
  }

  @Test
  void withoutUnitCardsTheStatedUnitIsUsed() throws Exception {
    Path p = fixture("nounit.fits", T, new double[] {5, 6, 7}, new double[] {1, 1, 1}, null, null);
    RvTable t = RvFitsReader.read(p, RvFitsFormat.of("BJD", "RV", "ERR"));
    assertEquals(6.0, t.observations().velocity(1));
  }

  @Test
  void disagreeingUnitIsAnError() throws Exception {
    Path p = fixture("kms.fits", T, RV, ERR, "km/s", "km/s");
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(p, RvFitsFormat.of("BJD", "RV", "ERR")));
    assertEquals("RV", e.column().orElseThrow());
    assertTrue(e.getMessage().contains("the file says 'km/s'"), e.getMessage());
    Path q = fixture("odd.fits", T, RV, ERR, "furlong", null);
    DataFormatException odd = assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(q, RvFitsFormat.of("BJD", "RV", "ERR")));
    assertTrue(odd.getMessage().contains("not a velocity unit"), odd.getMessage());
  }

  @Test
  void badRowsAreNamedByRowNumber() throws Exception {
    Path p = fixture("bad.fits", new double[] {1, 2, 2, 1.5}, new double[] {1, Double.NaN, 3, 4},
        new double[] {1, 1, 0, 1}, null, null);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(p, RvFitsFormat.of("BJD", "RV", "ERR")));
    String m = e.getMessage();
    assertTrue(m.contains("row 2: velocity is NaN"), m);
    assertTrue(m.contains("row 3, column 'ERR': error bar must be > 0"), m);
    assertTrue(m.contains("row 3, column 'BJD': duplicate time 2.0 (also on row 2)"), m);
    assertTrue(m.contains("row 4, column 'BJD': time 1.5 is earlier than 2.0 on row 3"), m);
    assertTrue(m.contains("[4 problems]"), m);
  }

  @Test
  void unknownColumnsAndMissingFilesAndNonTables() throws Exception {
    Path p = fixture("cols.fits", T, RV, ERR, null, null);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(p, RvFitsFormat.of("TIME", "RV", "ERR")));
    assertTrue(e.getMessage().contains("the table has BJD, RV, ERR, INST"), e.getMessage());
    DataFormatException hdu = assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(p, RvFitsFormat.of("BJD", "RV", "ERR").withHdu(5)));
    assertTrue(hdu.getMessage().contains("HDU 5"), hdu.getMessage());
    assertThrows(DataFormatException.class,
        () -> RvFitsReader.read(dir.resolve("none.fits"), RvFitsFormat.of("BJD", "RV", "ERR")));
    Path text = dir.resolve("text.fits");
    AtomicFiles.write(text, "not a fits file at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThrows(DataFormatException.class, () -> RvFitsReader.read(text, RvFitsFormat.of("BJD", "RV", "ERR")));
    assertThrows(IllegalArgumentException.class, () -> RvFitsFormat.of("BJD", "RV", "ERR").withHdu(0));
  }
}
