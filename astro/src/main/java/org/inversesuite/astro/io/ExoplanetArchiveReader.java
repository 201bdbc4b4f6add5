package org.inversesuite.astro.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.astro.interior.inversion.PlanetObservation;
import org.inversesuite.data.io.DataFormatException;

/**
 * Reads planets from a CSV export of the NASA Exoplanet Archive's planetary-systems tables
 * ({@code ps} or {@code pscomppars}), by the archive's column names:
 *
 * <pre>
 *   pl_name                                 planet name
 *   pl_bmasse, pl_bmasseerr1, pl_bmasseerr2 mass (or M sin i) in Earth masses, +err, −err (err2 ≤ 0)
 *   pl_rade, pl_radeerr1, pl_radeerr2       radius in Earth radii, +err, −err
 *   st_met                                  stellar [Fe/H] in dex (optional column; kept, not a condition)
 *   fe_si, fe_si_err                        NOT archive columns (optional): the star's molar Fe/Si
 *                                           and its 1σ in dex, e.g. from the Hypatia Catalog
 * </pre>
 *
 * Archive files start with {@code #} comment lines; these and blank lines are skipped, and the
 * first other line is the header. Other columns are ignored, and the order is free. Errors
 * enter as σ = (err1 + |err2|) / 2.
 *
 * <p>A row with a problem (wrong field count, empty or non-numeric mass, radius or error,
 * values ≤ 0, a half-given Fe/Si, or a name already read: the {@code ps} table has one row per
 * reference) is kept out and reported with its line number; the other rows are read. A missing
 * file, an empty file or a header without a required column is a {@link DataFormatException}.
 */
public final class ExoplanetArchiveReader {
  private static final List<String> REQUIRED = List.of("pl_name", "pl_bmasse", "pl_bmasseerr1", "pl_bmasseerr2",
      "pl_rade", "pl_radeerr1", "pl_radeerr2");

  private ExoplanetArchiveReader() {}

  /**
   * @param path a CSV file
   * @return the usable planets and one message per rejected row
   * @throws DataFormatException if the file is missing, empty or lacks a required column
   */
  public static ArchivePlanets read(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (CharacterCodingException e) {
      throw new DataFormatException(path, "not valid UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    int h = 0;
    while (h < lines.size() && skipped(lines.get(h))) {
      h++;
    }
    if (h == lines.size()) {
      throw new DataFormatException(path, "empty file: no header line (only blank or # comment lines)");
    }
    List<String> header = RvTableReader.split(lines.get(h), FieldSeparator.COMMA);
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < header.size(); j++) {
      index.putIfAbsent(header.get(j).toLowerCase(java.util.Locale.ROOT), j);
    }
    for (String c : REQUIRED) {
      if (!index.containsKey(c)) {
        throw new DataFormatException(path, h + 1, c, "required column missing from the header; the file needs "
            + REQUIRED + " (NASA Exoplanet Archive names)");
      }
    }
    List<PlanetObservation> planets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = h + 1; i < lines.size(); i++) {
      if (skipped(lines.get(i))) {
        continue;
      }
      int lineNo = i + 1;
      List<String> fields = RvTableReader.split(lines.get(i), FieldSeparator.COMMA);
      try {
        if (fields.size() != header.size()) {
          throw new IllegalArgumentException(fields.size() + " fields, the header has " + header.size());
        }
        PlanetObservation p = new ArchiveRow(index, fields).planet();
        Integer first = seen.putIfAbsent(p.name(), lineNo);
        if (first != null) {
          throw new IllegalArgumentException(p.name() + ": already read at line " + first
              + " (the ps table has one row per reference: export pscomppars, or keep one row per planet)");
        }
        planets.add(p);
      } catch (IllegalArgumentException e) {
        problems.add("line " + lineNo + ": " + e.getMessage());
      }
    }
    return new ArchivePlanets(planets, problems);
  }

  private static boolean skipped(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }
}
