package org.inversesuite.anomaly.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tables of the one-class benchmark and their normal classes: breast cancer (benign, class
 * 1, normal), digits (each of the ten digits in turn), wine (each of the three cultivars in turn).
 * The folder is {@code -Dinverse.tabular=DIR}, or else the first {@code shared/data/tabular}
 * found beside the working directory or one of its parents ({@code ../shared/data/tabular} from
 * the repository root).
 */
public final class TabularSuite {
  /** A table file and the classes to use as normal. */
  public record Entry(String name, String file, List<Integer> normalClasses) {}

  /** The three tables. */
  public static final List<Entry> ENTRIES = List.of(
      new Entry("breast_cancer", "breast_cancer.csv", List.of(1)),
      new Entry("digits", "digits.csv", IntStream.range(0, 10).boxed().toList()),
      new Entry("wine", "wine_data.csv", List.of(0, 1, 2)));

  private TabularSuite() {}

  /** @return the folder holding the tables */
  public static Path directory() {
    String set = System.getProperty("inverse.tabular");
    if (set != null) {
      return Path.of(set);
    }
    Path dir = Path.of("").toAbsolutePath();
    List<Path> tried = new ArrayList<>();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve("tabular");
      tried.add(candidate);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/data/tabular folder found (tried " + tried
        + "); set -Dinverse.tabular=DIR");
  }

  /** @return the table of {@code entry}, read from {@link #directory()} */
  public static LabelledTable load(Entry entry) {
    return LabelledTable.read(directory().resolve(entry.file()), entry.name());
  }
}
