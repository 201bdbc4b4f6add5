package org.inversesuite.astro.interior.database;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvReader;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * A finished interior database read back: every planet in {@link PlanetRow#COLUMNS} order, and
 * the solved ones as (composition, mass, radius) for training.
 *
 * @param manifest how it was made
 * @param rows all planets, one row each, in row order
 */
public record InteriorDatabase(DatabaseManifest manifest, Matrix rows) {
  private static final int STATUS = PlanetRow.COLUMNS.indexOf("status");

  /**
   * Reads the chunks of {@code dir}.
   *
   * @throws IllegalArgumentException if the manifest or a chunk is missing, or a chunk has other
   *     columns or another number of rows than the manifest says, naming the file
   */
  public static InteriorDatabase read(Path dir) {
    DatabaseManifest m = DatabaseManifest.read(dir);
    Matrix all = Matrix.zeros(Precision.FLOAT64, m.rows(), PlanetRow.COLUMNS.size());
    CsvReader reader = CsvReader.defaults().withNonFinite(NonFinitePolicy.ALLOW);
    for (int k = 0; k < m.chunks(); k++) {
      Path f = DatabaseManifest.chunkFile(dir, k);
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("database " + dir + " is incomplete: " + f.getFileName()
            + " is missing (rerun 'inverse astro interior dataset' with the same settings to finish it)");
      }
      CsvTable t = reader.read(f);
      if (!t.columns().equals(PlanetRow.COLUMNS)) {
        throw new IllegalArgumentException(f + ": columns " + t.columns() + " differ from " + PlanetRow.COLUMNS);
      }
      int expected = m.chunkEnd(k) - m.chunkStart(k);
      if (t.rows() != expected) {
        throw new IllegalArgumentException(f + ": " + t.rows() + " planets, the manifest says " + expected);
      }
      all.copyRows(t.values(), 0, m.chunkStart(k), expected);
    }
    return new InteriorDatabase(m, all);
  }

  /** @return the number of planets */
  public int size() {
    return rows.rows();
  }

  /** @return the number of planets the solver solved */
  public int solvedCount() {
    int n = 0;
    for (int i = 0; i < rows.rows(); i++) {
      n += rows.get(i, STATUS) == PlanetRow.SOLVED ? 1 : 0;
    }
    return n;
  }

  /** @return the solved planets as rows (core, mantle, water, mass, radius) */
  public Matrix solved() {
    Matrix out = Matrix.zeros(Precision.FLOAT64, solvedCount(), 5);
    int first = PlanetRow.COLUMNS.indexOf("core");
    int r = 0;
    for (int i = 0; i < rows.rows(); i++) {
      if (rows.get(i, STATUS) == PlanetRow.SOLVED) {
        for (int j = 0; j < 5; j++) {
          out.set(r, j, rows.get(i, first + j));
        }
        r++;
      }
    }
    return out;
  }
}
