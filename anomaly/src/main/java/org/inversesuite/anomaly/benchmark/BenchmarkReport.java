package org.inversesuite.anomaly.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Summaries of benchmark results: for each table and method, each metric is averaged over the
 * normal classes within a seed, and the table gives the mean and standard deviation of those
 * per-seed averages over the seeds. Writes Markdown and CSV text only.
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  /** Mean ± sample std over seeds of the class-averaged metric. */
  static double[] summary(List<BenchmarkResult> results, ToDoubleFunction<BenchmarkResult> metric) {
    Map<Long, double[]> perSeed = new LinkedHashMap<>();
    for (BenchmarkResult r : results) {
      double[] acc = perSeed.computeIfAbsent(r.seed(), s -> new double[2]);
      acc[0] += metric.applyAsDouble(r);
      acc[1]++;
    }
    double mean = 0;
    for (double[] a : perSeed.values()) {
      mean += a[0] / a[1];
    }
    mean /= perSeed.size();
    double var = 0;
    for (double[] a : perSeed.values()) {
      var += Math.pow(a[0] / a[1] - mean, 2);
    }
    double std = perSeed.size() > 1 ? Math.sqrt(var / (perSeed.size() - 1)) : 0;
    return new double[] {mean, std};
  }

  /** @return a Markdown table: one row per (table, method), best mean AUROC per table in bold */
  public static String markdown(List<BenchmarkResult> results) {
    StringBuilder b = new StringBuilder();
    b.append("| table | normal classes | method | AUROC | AUPRC | FPR@95%TPR | fit+score s |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (String dataset : distinct(results, BenchmarkResult::dataset)) {
      List<BenchmarkResult> rows = results.stream().filter(r -> r.dataset().equals(dataset)).toList();
      List<String> methods = distinct(rows, BenchmarkResult::method);
      double best = Double.NEGATIVE_INFINITY;
      for (String m : methods) {
        best = Math.max(best, summary(filter(rows, m), BenchmarkResult::auroc)[0]);
      }
      int classes = distinct(rows, BenchmarkResult::normalClass).size();
      for (String m : methods) {
        List<BenchmarkResult> mr = filter(rows, m);
        double[] auroc = summary(mr, BenchmarkResult::auroc);
        String a = pm(auroc);
        if (auroc[0] == best) {
          a = "**" + a + "**";
        }
        b.append("| ").append(dataset).append(" | ").append(classes).append(" | ").append(m).append(" | ").append(a)
            .append(" | ").append(pm(summary(mr, BenchmarkResult::auprc))).append(" | ")
            .append(pm(summary(mr, BenchmarkResult::fprAt95))).append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", summary(mr, BenchmarkResult::seconds)[0])).append(" |\n");
      }
    }
    return b.toString();
  }

  /** @return every result as CSV with a header line */
  public static String csv(List<BenchmarkResult> results) {
    StringBuilder b = new StringBuilder("dataset,normal_class,method,seed,auroc,auprc,fpr_at_95_recall,seconds\n");
    for (BenchmarkResult r : results) {
      b.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.6f,%.6f,%.6f,%.3f%n", r.dataset(), r.normalClass(), r.method(),
          r.seed(), r.auroc(), r.auprc(), r.fprAt95(), r.seconds()));
    }
    return b.toString();
  }

  private static String pm(double[] v) {
    return String.format(Locale.ROOT, "%.3f ± %.3f", v[0], v[1]);
  }

  private static List<BenchmarkResult> filter(List<BenchmarkResult> rows, String method) {
    return rows.stream().filter(r -> r.method().equals(method)).toList();
  }

  private static List<String> distinct(List<BenchmarkResult> rows, java.util.function.Function<BenchmarkResult, String> f) {
    Set<String> s = new LinkedHashSet<>();
    for (BenchmarkResult r : rows) {
      s.add(f.apply(r));
    }
    return new ArrayList<>(s);
  }
}
