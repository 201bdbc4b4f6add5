package org.inversesuite.cli.astro;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inversesuite.astro.rv.DrawQuantiles;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.tensor.Matrix;

/**
 * The summary of {@code inverse astro rv fit} over several RV tables: per table its epochs, the
 * answer's wall time (encode + draws) and every parameter's 5 / 50 / 95 % quantiles of the
 * posterior draws, printed one line per table and written as {@code catalogue.csv}.
 */
final class RvCatalogue {
  private final List<String> names = new ArrayList<>();
  private final List<Integer> epochs = new ArrayList<>();
  private final List<Double> answerMs = new ArrayList<>();
  private final List<double[][]> quantiles = new ArrayList<>();

  /**
   * One output folder per table, {@code out/<file name without extension>}.
   *
   * @throws IllegalArgumentException naming both tables when two would share a folder
   */
  static List<Path> folders(List<Path> tables, Path out) {
    Map<String, Path> seen = new HashMap<>();
    List<Path> folders = new ArrayList<>();
    for (Path table : tables) {
      String name = table.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      Path before = seen.putIfAbsent(stem, table);
      if (before != null) {
        throw new IllegalArgumentException("tables " + before + " and " + table + " would share the output folder "
            + out.resolve(stem) + ": rename one, or fit them in two runs");
      }
      folders.add(out.resolve(stem));
    }
    return folders;
  }

  void add(String name, int epochCount, double ms, Matrix draws) {
    names.add(name);
    epochs.add(epochCount);
    answerMs.add(ms);
    quantiles.add(DrawQuantiles.of(draws));
  }

  /** @return table i's answer time in milliseconds */
  double answerMs(int i) {
    return answerMs.get(i);
  }

  int size() {
    return names.size();
  }

  /** Table i in one line: name, epochs, answer time, P's median and 5–95 % interval, K's median. */
  String line(int i) {
    double[][] q = quantiles.get(i);
    return String.format(Locale.ROOT, "%s: %d epochs, answer %.2f ms, P %.5g d [%.5g, %.5g], K %.4g m/s", names.get(i),
        epochs.get(i), answerMs.get(i), q[0][1], q[0][0], q[0][2], q[1][1]);
  }

  /**
   * The median answer time over the tables, and over the second half (the JIT compiles the answer's code over the
   * first few hundred to thousand answers, docs/astro.md run 33).
   */
  String summary() {
    double[] all = answerMs.stream().mapToDouble(Double::doubleValue).toArray();
    String s = String.format(Locale.ROOT, "%d tables: answer median %.2f ms", all.length, median(all));
    if (all.length >= 20) {
      s += String.format(Locale.ROOT, ", %.2f ms over the second half (the first answers run while the JIT compiles)",
          median(Arrays.copyOfRange(all, all.length / 2, all.length)));
    }
    return s;
  }

  /**
   * catalogue.csv, written atomically: file, epochs, answer_ms, then q05, median, q95 of every parameter, then the
   * MCMC check's columns if it ran.
   */
  void write(Path path, RvMcmcReport mcmc) {
    StringBuilder csv = new StringBuilder("file,epochs,answer_ms");
    for (String p : RvParameters.NAMES) {
      csv.append(',').append(p).append("_q05,").append(p).append("_median,").append(p).append("_q95");
    }
    csv.append(mcmc.isEmpty() ? "" : mcmc.columns(-1)).append('\n');
    for (int i = 0; i < names.size(); i++) {
      csv.append(quoted(names.get(i))).append(',').append(epochs.get(i))
          .append(String.format(Locale.ROOT, ",%.4f", answerMs.get(i)));
      for (double[] q : quantiles.get(i)) {
        csv.append(String.format(Locale.ROOT, ",%.8g,%.8g,%.8g", q[0], q[1], q[2]));
      }
      csv.append(mcmc.isEmpty() ? "" : mcmc.columns(i)).append('\n');
    }
    AtomicFiles.write(path, csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }
}
