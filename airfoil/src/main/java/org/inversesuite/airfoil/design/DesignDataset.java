package org.inversesuite.airfoil.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.set.ArrayDataset;
import org.inversesuite.data.table.CsvReader;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * A generated design data set read back: every design with its status, and the usable
 * (converged) ones as training pairs x = CST coefficients, y = {@link DesignTarget#conditionNames()}.
 *
 * @param manifest how it was made
 * @param rows all designs, one row per design in the column order of {@link DesignCase#columns}; for a
 *     data set of polars ({@link DatasetManifest#polars()}) one row per design and angle, angle
 *     by angle
 */
public record DesignDataset(DatasetManifest manifest, CsvTable rows) {

  /**
   * Reads the chunks of {@code dir}.
   *
   * @throws IllegalArgumentException if the manifest is missing, a chunk is missing or its columns
   *     are not the expected ones, naming the file
   */
  public static DesignDataset read(Path dir) {
    DatasetManifest m = DatasetManifest.read(dir);
    List<String> expected = m.chunkColumns();
    List<String> columns = DesignCase.columns(m.space().shapeDimension(), m.space().upperCount());
    List<double[]> all = new ArrayList<>();
    CsvReader reader = CsvReader.defaults().withNonFinite(NonFinitePolicy.ALLOW);
    for (int k = 0; k < m.chunks(); k++) {
      Path f = DatasetManifest.chunkFile(dir, k);
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("data set " + dir + " is incomplete: " + f.getFileName()
            + " is missing (rerun 'inverse airfoil dataset' with the same settings to finish it)");
      }
      CsvTable t = reader.read(f);
      if (!t.columns().equals(expected)) {
        throw new IllegalArgumentException(f + ": columns " + t.columns() + " differ from the expected " + expected);
      }
      all.addAll(List.of(t.values().toRows()));
    }
    if (all.size() != m.rows()) {
      throw new IllegalArgumentException("data set " + dir + " has " + all.size() + " designs, its manifest says "
          + m.rows());
    }
    if (m.polars()) {
      List<double[]> points = new ArrayList<>(all.size() * m.alphas().size());
      for (double[] polar : all) {
        points.addAll(List.of(DesignPolar.singleAngleRows(polar, m.space().shapeDimension())));
      }
      all = points;
    }
    Matrix v = Matrix.zeros(Precision.FLOAT64, all.size(), columns.size());
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        v.set(i, j, all.get(i)[j]);
      }
    }
    return new DesignDataset(m, new CsvTable(columns, v));
  }

  /** @return designs per status */
  public Map<CaseStatus, Integer> statusCounts() {
    Map<CaseStatus, Integer> counts = new EnumMap<>(CaseStatus.class);
    int col = rows.indexOf("status");
    for (int i = 0; i < rows.rows(); i++) {
      counts.merge(CaseStatus.ofCode(rows.get(i, col)), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * @return the usable (converged) rows as (x = coefficients, y = design targets) pairs, in file
   *     order; for a data set of polars one pair per usable angle, so a shape appears once per
   *     angle ({@link #usableShapes} names it)
   */
  public ArrayDataset training() {
    int d = manifest.space().shapeDimension();
    int[] keep = usableRows();
    Matrix x = Matrix.zeros(Precision.FLOAT64, keep.length, d);
    Matrix y = Matrix.zeros(Precision.FLOAT64, keep.length, DesignTarget.conditionNames().size());
    for (int r = 0; r < keep.length; r++) {
      int i = keep[r];
      for (int j = 0; j < d; j++) {
        x.set(r, j, rows.get(i, j));
      }
      double[] c = DesignTarget.condition(rows.get(i, "alpha"), rows.get(i, "reynolds"), rows.get(i, "cl"),
          rows.get(i, "ld"), rows.get(i, "t_max"));
      for (int j = 0; j < c.length; j++) {
        y.set(r, j, c[j]);
      }
    }
    return new ArrayDataset(x, y);
  }

  /**
   * @return the shape of every usable row, in the order of {@link #training}: the design's index in
   *     the data set (for a data set of polars all angles of one design share it). Model fits hold
   *     out whole shapes, so that held-out rows are shapes they have not seen.
   */
  public int[] usableShapes() {
    int angles = manifest.polars() ? manifest.alphas().size() : 1;
    return Arrays.stream(usableRows()).map(i -> i / angles).toArray();
  }

  /** @return how many shapes have at least one usable row */
  public int usableShapeCount() {
    return (int) Arrays.stream(usableShapes()).distinct().count();
  }

  /** @return the converged rows, in file order */
  public int[] usableRows() {
    int status = rows.indexOf("status");
    return IntStream.range(0, rows.rows())
        .filter(i -> CaseStatus.ofCode(rows.get(i, status)) == CaseStatus.CONVERGED).toArray();
  }
}
