package org.inversesuite.anomaly.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.io.DataFormatException;

/**
 * A numeric table with an integer class label in its last column, as scikit-learn ships its
 * toy data sets: an optional first line {@code n_samples,n_features,class names...} (read when
 * it has fewer fields than the data rows), then one row per sample.
 *
 * @param name a short name
 * @param x the features, shape [n, d]
 * @param labels the class of each row
 * @param classNames a name per class (from the header, or the label numbers)
 */
public record LabelledTable(String name, Matrix x, int[] labels, List<String> classNames) {
  /** Copies the labels. */
  public LabelledTable {
    labels = labels.clone();
    classNames = List.copyOf(classNames);
  }

  /** @return the number of classes */
  public int classes() {
    return classNames.size();
  }

  /** Reads such a file. */
  public static LabelledTable read(Path path, String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found (set -Dinverse.tabular=DIR to the folder of the tables)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    lines.removeIf(String::isBlank);
    if (lines.size() < 2) {
      throw new DataFormatException(path, "needs at least two lines, has " + lines.size());
    }
    String[] first = lines.get(0).split(",");
    int width = lines.get(1).split(",").length;
    boolean header = first.length < width;
    List<String> classNames = new ArrayList<>();
    if (header) {
      for (int i = 2; i < first.length; i++) {
        classNames.add(first[i].strip());
      }
    }
    int start = header ? 1 : 0;
    int n = lines.size() - start;
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, width - 1);
    int[] labels = new int[n];
    int maxLabel = -1;
    for (int r = 0; r < n; r++) {
      String[] f = lines.get(start + r).split(",");
      if (f.length != width) {
        throw new DataFormatException(path, start + r + 1, null, "row has " + f.length + " fields, expected " + width);
      }
      try {
        for (int j = 0; j < width - 1; j++) {
          x.set(r, j, Double.parseDouble(f[j].strip()));
        }
        labels[r] = Integer.parseInt(f[width - 1].strip());
      } catch (NumberFormatException e) {
        throw new DataFormatException(path, start + r + 1, null, "not a number: " + e.getMessage());
      }
      maxLabel = Math.max(maxLabel, labels[r]);
    }
    while (classNames.size() <= maxLabel) {
      classNames.add(Integer.toString(classNames.size()));
    }
    return new LabelledTable(name, x, labels, classNames);
  }
}
