package org.inversesuite.astro.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import org.inversesuite.data.io.DataFormatException;

/**
 * Reads radial velocities from a FITS binary table (BINTABLE extension) with named columns,
 * using nom-tam-fits.
 *
 * <p>Columns are found by their TTYPEn names (exact match); the time, velocity and error
 * columns must be numeric scalars, the optional instrument column a string. Units: if a
 * velocity or error column has a TUNITn card it must be a velocity unit known to
 * {@link VelocityUnit#parse} and agree with the stated unit; without the card the stated unit is
 * used. A time column with a TUNITn card must be in days ({@code d}, {@code day}, {@code days}).
 * Velocities and error bars are converted to m/s.
 *
 * <p>Errors are {@link DataFormatException}s naming the file, and the row (1-based) and column
 * where it applies: a missing file, no binary table, an unknown column (listing those present),
 * a wrong column type or unit, and the row checks shared with the text reader (NaN or infinite
 * values, error bars ≤ 0, duplicate or decreasing times), all of them listed, none dropped.
 * Stateless and thread-safe.
 */
public final class RvFitsReader {
  private RvFitsReader() {}

  /**
   * @param path the FITS file
   * @param format columns, unit, time format, HDU
   * @return the measurements in m/s, in table order
   * @throws DataFormatException for any problem with the content
   * @throws UncheckedIOException for other I/O failures
   */
  public static RvTable read(Path path, RvFitsFormat format) {
    if (!Files.isRegularFile(path)) {
      throw new DataFormatException(path, "file not found");
    }
    try (Fits fits = new Fits(path.toFile())) {
      BinaryTableHDU hdu = table(path, fits, format);
      int time = column(path, hdu, format.time());
      int velocity = column(path, hdu, format.velocity());
      int error = column(path, hdu, format.error());
      int instrument = format.instrument().isPresent() ? column(path, hdu, format.instrument().get()) : -1;
      checkTimeUnit(path, hdu, time, format.time());
      VelocityUnit unit = velocityUnit(path, hdu, velocity, format.velocity(), format.unit());
      VelocityUnit errorUnit = velocityUnit(path, hdu, error, format.error(), format.unit());
      if (unit != errorUnit) {
        throw new DataFormatException(path, 0, format.error(), "unit " + errorUnit + " differs from the velocity's "
            + unit);
      }
      BinaryTable table = hdu.getData();
      String[] names = {format.time(), format.velocity(), format.error(), format.instrument().orElse(null)};
      RvRows rows = new RvRows(path, unit, instrument >= 0);
      for (int r = 0; r < table.getNRows(); r++) {
        String label = instrument >= 0 ? table.getString(r, instrument) : null;
        rows.add(0, "row " + (r + 1), names, number(path, table, r, time, names[0]),
            number(path, table, r, velocity, names[1]), number(path, table, r, error, names[2]), label);
      }
      return rows.finish(format.timeFormat());
    } catch (FitsException | ClassCastException e) {
      throw new DataFormatException(path, 0, null, "not a readable FITS binary table: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static BinaryTableHDU table(Path path, Fits fits, RvFitsFormat format) throws FitsException, IOException {
    BasicHDU<?>[] hdus = fits.read();
    if (format.hdu().isPresent()) {
      int i = format.hdu().getAsInt();
      if (i >= hdus.length) {
        throw new DataFormatException(path, "HDU " + i + " requested but the file has " + hdus.length + " HDUs");
      }
      if (!(hdus[i] instanceof BinaryTableHDU b)) {
        throw new DataFormatException(path, "HDU " + i + " is a " + hdus[i].getClass().getSimpleName()
            + ", not a binary table");
      }
      return b;
    }
    for (BasicHDU<?> h : hdus) {
      if (h instanceof BinaryTableHDU b) {
        return b;
      }
    }
    throw new DataFormatException(path, "no binary table (BINTABLE extension) in the file");
  }

  private static int column(Path path, BinaryTableHDU hdu, String name) {
    int c = hdu.findColumn(name);
    if (c < 0) {
      List<String> present = new ArrayList<>();
      for (int i = 0; i < hdu.getNCols(); i++) {
        present.add(hdu.getColumnName(i));
      }
      throw new DataFormatException(path, 0, name, "no such column; the table has " + String.join(", ", present));
    }
    return c;
  }

  private static Optional<String> unitCard(BinaryTableHDU hdu, int column) {
    String u = hdu.getColumnMeta(column, "TUNIT");
    return u == null || u.isBlank() ? Optional.empty() : Optional.of(u.strip());
  }

  private static void checkTimeUnit(Path path, BinaryTableHDU hdu, int column, String name) {
    Optional<String> u = unitCard(hdu, column);
    if (u.isPresent() && !List.of("d", "day", "days").contains(u.get().toLowerCase(Locale.ROOT))) {
      throw new DataFormatException(path, 0, name, "time unit '" + u.get() + "' is not days (d)");
    }
  }

  private static VelocityUnit velocityUnit(Path path, BinaryTableHDU hdu, int column, String name, VelocityUnit stated) {
    Optional<String> card = unitCard(hdu, column);
    if (card.isEmpty()) {
      return stated;
    }
    VelocityUnit unit = VelocityUnit.parse(card.get()).orElseThrow(() -> new DataFormatException(path, 0, name,
        "unit '" + card.get() + "' is not a velocity unit (m/s or km/s)"));
    if (unit != stated) {
      throw new DataFormatException(path, 0, name, "the file says '" + card.get() + "' but " + stated
          + " was stated; state the unit the file uses");
    }
    return unit;
  }

  private static double number(Path path, BinaryTable table, int row, int column, String name) throws FitsException {
    try {
      return table.getDouble(row, column);
    } catch (ClassCastException | IllegalStateException e) {
      throw new DataFormatException(path, 0, name, "row " + (row + 1) + ": not a numeric scalar column ("
          + e.getMessage() + ")", e);
    }
  }
}
