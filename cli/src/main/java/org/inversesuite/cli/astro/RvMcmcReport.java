package org.inversesuite.cli.astro;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.mcmc.RvMcmcComparison;
import org.inversesuite.core.io.AtomicFiles;

/**
 * What {@code inverse astro rv fit --mcmc} reports: per table the reference MCMC's cost and effective sample size,
 * the cINN's speed-up at equal effective sample size (both counts of {@link org.inversesuite.astro.rv.mcmc.RvEqualEss}),
 * C2ST and whether the cINN's 5–95 % period interval holds the MCMC's median period; per table a {@code mcmc-check.csv} with both posteriors'
 * quantiles; over a catalogue the medians.
 */
final class RvMcmcReport {
  /** The checks by table index, in catalogue order. */
  private final TreeMap<Integer, RvMcmcComparison> byTable = new TreeMap<>();
  private final List<String> failed = new ArrayList<>();

  /** Records the check of table {@code table} (0-based, in the order the tables were given). */
  void add(int table, RvMcmcComparison c) {
    byTable.put(table, c);
  }

  /** Records a table whose check failed (named in the summary). */
  void fail(String table) {
    failed.add(table);
  }

  /**
   * @param tables how many tables
   * @param count how many to check
   * @return min(count, tables) table indices spread evenly, ⌊(k + ½) tables / count⌋, ascending
   */
  static List<Integer> spread(int tables, int count) {
    int m = Math.min(count, tables);
    List<Integer> chosen = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      chosen.add((int) ((k + 0.5) * tables / m));
    }
    return chosen;
  }

  /** One line: MCMC cost, ESS, speed-ups, C2ST, period mode, warnings. */
  static String line(RvMcmcComparison c) {
    String s = String.format(Locale.ROOT, "MCMC %.2f s (start %.2f s + sampler %.2f s), min ESS %.0f, acceptance %.2f;"
        + " cINN %.0fx faster at equal ESS (%.0fx with the MCMC's fixed costs once), C2ST %.3f (ln P %.3f), %s",
        c.startSeconds() + c.samplerSeconds(), c.startSeconds(), c.samplerSeconds(), c.minEss(), c.meanAcceptance(),
        c.speedupAsBefore(), c.speedupConsistent(), c.c2st(), c.c2stLogPeriod(),
        c.coversMcmcPeriod() ? "the MCMC's P inside the cINN's 5-95 %"
            : "MCMC's P OUTSIDE the cINN's 5-95 %: another period mode");
    if (!c.warnings().isEmpty()) {
      s += "; MCMC warnings: " + String.join("; ", c.warnings());
    }
    return s;
  }

  /** Both posteriors' quantiles side by side, one row per parameter. */
  static String table(RvMcmcComparison c) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-7s %12s %12s %12s   %12s %12s %12s%n", "param",
        "cINN q05", "median", "q95", "MCMC q05", "median", "q95"));
    for (int j = 0; j < RvParameters.DIMENSION; j++) {
      double[] a = c.cinnQuantiles()[j];
      double[] b = c.mcmcQuantiles()[j];
      s.append(String.format(Locale.ROOT, "%-7s %12.5g %12.5g %12.5g   %12.5g %12.5g %12.5g%n",
          RvParameters.NAMES.get(j), a[0], a[1], a[2], b[0], b[1], b[2]));
    }
    return s.toString();
  }

  /** mcmc-check.csv, written atomically: parameter, cINN q05/median/q95, MCMC q05/median/q95. */
  static void writeCheck(Path path, RvMcmcComparison c) {
    StringBuilder csv = new StringBuilder("parameter,cinn_q05,cinn_median,cinn_q95,mcmc_q05,mcmc_median,mcmc_q95\n");
    for (int j = 0; j < RvParameters.DIMENSION; j++) {
      double[] a = c.cinnQuantiles()[j];
      double[] b = c.mcmcQuantiles()[j];
      csv.append(String.format(Locale.ROOT, "%s,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g%n", RvParameters.NAMES.get(j), a[0], a[1],
          a[2], b[0], b[1], b[2]));
    }
    AtomicFiles.write(path, csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** catalogue.csv's extra columns for table i (header with {@code i < 0}; empty cells for a table not checked). */
  String columns(int i) {
    if (i < 0) {
      return ",mcmc_start_s,mcmc_sampler_s,mcmc_min_ess,speedup_equal_ess,speedup_fixed_costs_once,c2st,"
          + "mcmc_period_inside_cinn_90";
    }
    RvMcmcComparison c = byTable.get(i);
    if (c == null) {
      return ",,,,,,,";
    }
    return String.format(Locale.ROOT, ",%.4f,%.4f,%.1f,%.1f,%.1f,%.4f,%b", c.startSeconds(), c.samplerSeconds(),
        c.minEss(), c.speedupAsBefore(), c.speedupConsistent(), c.c2st(), c.coversMcmcPeriod());
  }

  boolean isEmpty() {
    return byTable.isEmpty() && failed.isEmpty();
  }

  /**
   * Medians over the tables whose cINN covers the MCMC's period (a speed-up to another mode is no speed-up), and
   * over the later half of them in catalogue order (the first answers run while the JIT compiles).
   */
  String summary() {
    List<RvMcmcComparison> covering = byTable.values().stream().filter(RvMcmcComparison::coversMcmcPeriod).toList();
    String s = String.format(Locale.ROOT, "MCMC check: the MCMC's period inside the cINN's 5-95 %% on %d of %d tables",
        covering.size(),
        byTable.size());
    if (!failed.isEmpty()) {
      s += String.format(Locale.ROOT, " (%d more failed: %s)", failed.size(), String.join(", ", failed));
    }
    if (covering.isEmpty()) {
      return s;
    }
    double[] before = covering.stream().mapToDouble(RvMcmcComparison::speedupAsBefore).toArray();
    double[] once = covering.stream().mapToDouble(RvMcmcComparison::speedupConsistent).toArray();
    double[] c2 = byTable.values().stream().mapToDouble(RvMcmcComparison::c2st).toArray();
    s += String.format(Locale.ROOT, "; on those, speed-up at equal ESS: median %.0fx (%.0fx with the MCMC's fixed costs once), "
        + "min %.0fx; C2ST median %.3f", RvCatalogue.median(before), RvCatalogue.median(once), Arrays.stream(before).min().orElse(0),
        RvCatalogue.median(c2));
    if (before.length >= 20) {
      int h = before.length / 2;
      s += String.format(Locale.ROOT, "; later half of the checked tables %.0fx (%.0fx)", RvCatalogue.median(Arrays.copyOfRange(before, h,
          before.length)), RvCatalogue.median(Arrays.copyOfRange(once, h, once.length)));
    }
    return s;
  }
}
