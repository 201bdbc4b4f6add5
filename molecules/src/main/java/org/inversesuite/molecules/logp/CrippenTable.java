package org.inversesuite.molecules.logp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Wildman–Crippen atom-type table in priority order, read from the bundled resource
 * {@code wildman-crippen.tsv} (whose header states its source: Table 1 of Wildman and Crippen,
 * J. Chem. Inf. Comput. Sci. 1999, 39, 868–873, as encoded in SMARTS by RDKit's
 * {@code Data/Crippen.txt}, BSD-3-Clause).
 */
public final class CrippenTable {
  /** Resource name, relative to this class. */
  public static final String RESOURCE = "wildman-crippen.tsv";

  private CrippenTable() {}

  /**
   * @return the rows of the bundled table, in priority order
   * @throws IllegalStateException when the resource is missing or malformed (a build error)
   */
  public static List<CrippenAtomType> load() {
    try (InputStream in = CrippenTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " not found next to " + CrippenTable.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  private static List<CrippenAtomType> parse(BufferedReader reader) throws IOException {
    List<CrippenAtomType> rows = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 5 tab-separated cells, got " + cells.length);
      }
      try {
        double mr = cells[3].isEmpty() ? Double.NaN : Double.parseDouble(cells[3]);
        rows.add(new CrippenAtomType(cells[0], cells[1], Double.parseDouble(cells[2]), mr, cells[4]));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rows);
  }
}
