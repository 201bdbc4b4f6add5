package org.inversesuite.astro.rv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fits the sampling latent ({@link RvLatent}: a temperature, on all or some flow columns, or a Student-t base) of a
 * saved RV model on calibration targets (docs/astro.md run 22b). The targets and draws are made as
 * {@link RvMcmcComparisonBenchmark}'s SBC makes them (the simulator of the model's experiment, targets from
 * {@code new Rng(sbcSeed)}, 200 draws of target i from {@code new Rng(600 + i)}), so a variant evaluated here on
 * 555 gives that benchmark's numbers. For each variant: every marginal's max ECDF deviation and verdict, P's
 * coverage, P's truths at rank ≥ 195 or ≤ 5 of 200 (an exact posterior: 6/201 each side) and P's ECDF difference
 * at a few rank fractions. Two choices are printed, both among the variants that leave inside the band every other
 * marginal that is inside at τ = 1: the smallest P deviation (SBC), and P's 95 % coverage nearest 0.9405 (what an
 * exact posterior's 200 draws give). {@code -Dastro.bench.criterion=sbc|coverage} says which one is saved.
 *
 * <pre>
 * mvn -o -Pbench -pl astro -am verify -Dtest=RvTemperatureBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dastro.bench.model=FILE -Dastro.bench.sbcSeed=777 -Dastro.bench.sbc=500 \
 *     -Dastro.bench.variants="1 1.05 1.1 1.1@0 0.9/5" [-Dastro.bench.jacobian=100] [-Dastro.bench.save=FILE]
 * </pre>
 *
 * A variant is {@code τ[@J,J2…][/ν]}: temperature τ on flow columns J (all when absent), Student-t with ν degrees
 * of freedom (Gaussian when absent); {@code @P} names the columns the Jacobian below finds (share ≥ 0.1).
 * A suffix {@code ?m} applies the variant only to targets whose τ = 1 draws put less than m of their mass within a
 * peak width of the period coordinate's centre (a y-dependent temperature, this benchmark only; the τ = 1 draws are
 * then replaced, with the same seed). Every variant's rv-sbc.csv and rv-sbc-ranks.csv go to a folder of its name.
 * {@code -Dastro.bench.jacobian=N} first prints, over N targets × 50 draws, the
 * mean |∂u_P/∂z_j| and its share of Σ_j (∂u_P/∂z_j)² per latent column (u_P the flow's period column, by forward
 * differences of 0.01). {@code -Dastro.bench.save=FILE} writes the model with the chosen latent.
 */
@Tag("benchmark")
class RvTemperatureBenchmark {
  private static final Path OUT = Path.of(System.getProperty("astro.bench.out", "target/astro-temperature"));
  private static final int DRAWS = 200;
  /** What an exact posterior's central 95 % interval of 200 draws holds (docs/astro.md run 20 (0)). */
  private static final double EXACT_COVERAGE_95 = 0.9405;
  /** Rank fractions at which P's ECDF difference is printed. */
  private static final double[] PROFILE = {0.025, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.975};

  @Test
  void fitTheSamplingLatent() throws IOException {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    long seed = Long.getLong("astro.bench.sbcSeed", 777L);
    int cases = Integer.getInteger("astro.bench.sbc", 500);
    String[] variants = System.getProperty("astro.bench.variants", "1 1.05 1.1 1.15 1.2").trim().split("\\s+");
    Files.createDirectories(OUT);
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      PaddedRvSimulator sim = saved.experiment().simulator();
      RvPosterior base = saved.posterior();
      var batch = sim.simulate(cases, new Rng(seed));
      System.out.printf("model %s (seed %d, %s), %d targets of seed %d, flow columns %d%n", file,
          saved.experiment().training().seed(), saved.experiment().model().period(), cases, seed,
          base.cinn().dimension());
      int jacobian = Integer.getInteger("astro.bench.jacobian", 0);
      String periodColumns = "";
      if (jacobian > 0) {
        double[] share = jacobian(base, batch.y(), Math.min(jacobian, cases));
        List<String> main = new ArrayList<>();
        for (int j = 0; j < share.length; j++) {
          if (share[j] >= 0.1) {
            main.add(Integer.toString(j));
          }
        }
        periodColumns = String.join(",", main);
        System.out.println("the latent columns P draws on most (share >= 0.1), '@P' below: " + periodColumns);
      }
      StringBuilder csv = new StringBuilder("variant,temperature,columns,dof,"
          + String.join(",", RvParameters.NAMES.stream().map(n -> n + "_dev," + n + "_inside").toList())
          + ",p_cov05,p_cov50,p_cov90,p_cov95,p_rank_ge195,p_rank_le5,"
          + String.join(",", java.util.Arrays.stream(PROFILE).mapToObj(z -> "p_ecdf_diff_" + z).toList()) + "\n");
      List<Row> rows = new ArrayList<>();
      boolean[] sure = new boolean[cases]; // an observable: the τ = 1 draws' mass at the centre ≥ 0.9 (run 20)
      int sureCount = 0;
      for (int i = 0; i < cases; i++) {
        double[] y = row(batch.y(), i);
        sure[i] = massAtCentre(base, y, base.sample(y, DRAWS, new Rng(600 + i))) >= 0.9;
        sureCount += sure[i] ? 1 : 0;
      }
      for (String v : variants) {
        String spec = v.replace("@P", "@" + periodColumns);
        int q = spec.indexOf('?');
        double gate = q < 0 ? Double.POSITIVE_INFINITY : Double.parseDouble(spec.substring(q + 1));
        RvLatent latent = parse(q < 0 ? spec : spec.substring(0, q));
        RvPosterior posterior = base.withLatent(latent);
        List<Matrix> samples = new ArrayList<>(cases);
        int gated = 0;
        for (int i = 0; i < cases; i++) {
          double[] y = row(batch.y(), i);
          Matrix draws = q < 0 ? posterior.sample(y, DRAWS, new Rng(600 + i)) : base.sample(y, DRAWS, new Rng(600 + i));
          if (q >= 0 && massAtCentre(base, y, draws) < gate) {
            draws = posterior.sample(y, DRAWS, new Rng(600 + i));
            gated++;
          }
          samples.add(draws);
        }
        if (q >= 0) {
          System.out.printf(Locale.ROOT, "%s: the latent applied to %d of %d targets (τ = 1 mass at the centre < %s)%n", v,
              gated, cases, gate);
        }
        PosteriorEvidence evidence = new PosteriorEvidence(batch.x(), samples, RvParameters.NAMES);
        SbcResult sbc = SimulationBasedCalibration.defaults().assess(evidence);
        CoverageResult coverage = ExpectedCoverage.defaults().assess(evidence);
        Row r = new Row(v, latent, sbc, coverage.coverage(0));
        rows.add(r);
        int[] missed = new int[2];
        for (int i = 0; i < cases; i++) {
          int rank = sbc.ranks(0)[i];
          missed[sure[i] ? 0 : 1] += rank >= 195 || rank <= 5 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s: P rank >= 195 or <= 5 where the τ = 1 mass at the centre is >= 0.9: %d of %d "
            + "(exact %.1f), < 0.9: %d of %d (exact %.1f)%n", v, missed[0], sureCount, sureCount * 12 / 201.0, missed[1],
            cases - sureCount, (cases - sureCount) * 12 / 201.0);
        writeRanks(OUT.resolve(v.replaceAll("[^0-9A-Za-z.,_-]", "_")), sbc, coverage);
        csv.append(r.csv()).append('\n');
        System.out.println(r);
      }
      Files.writeString(OUT.resolve("rv-temperature-" + seed + ".csv"), csv);
      Row bySbc = choose(rows, Comparator.comparingDouble(r -> r.sbc.maxEcdfDeviation(0)));
      Row byCoverage = choose(rows, Comparator.comparingDouble((Row r) -> Math.abs(r.coverage[18] - EXACT_COVERAGE_95))
          .thenComparingDouble(r -> r.sbc.maxEcdfDeviation(0)));
      System.out.println("chosen by P's max ECDF deviation: " + bySbc.name + " (" + bySbc.latent + ")");
      System.out.println("chosen by P's 95 % coverage (nearest " + EXACT_COVERAGE_95 + "): " + byCoverage.name + " ("
          + byCoverage.latent + ")");
      Row chosen = System.getProperty("astro.bench.criterion", "sbc").equals("coverage") ? byCoverage : bySbc;
      String save = System.getProperty("astro.bench.save");
      if (save != null) {
        RvModelFile.save(Path.of(save), saved.cinn(), saved.experiment().withSampling(chosen.latent));
        System.out.println("written " + save);
      }
    }
  }

  /**
   * Side by side in one JVM, alternated: the draws of the trained N(0, I) ({@link Cinn#sampleGivenCondition}, what
   * {@link RvPosterior} runs at τ = 1) against a tempered latent (τ = 1.1 on every column: {@link RvLatent#draw} then
   * {@link Cinn#sampleGivenLatent}), 1000 draws of each of {@code -Dastro.bench.costTargets=N} targets (default 50) per
   * pass, {@code -Dastro.bench.passes=N} passes (default 8) with the order alternating, thread CPU time.
   */
  @Test
  void latentCostsNothing() {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    var clock = java.lang.management.ManagementFactory.getThreadMXBean();
    try (RvModelFile saved = RvModelFile.load(file, 1)) {
      Cinn cinn = saved.cinn();
      int targets = Integer.getInteger("astro.bench.costTargets", 50);
      var batch = saved.experiment().simulator().simulate(targets, new Rng(76));
      List<Cinn.Prepared> conditions = new ArrayList<>();
      for (int i = 0; i < targets; i++) {
        conditions.add(cinn.prepare(cinn.condition(row(batch.y(), i))));
      }
      RvLatent tempered = RvLatent.temperature(1.1);
      var precision = cinn.flow().parameters().precision();
      List<Double> ratios = new ArrayList<>();
      int passes = Integer.getInteger("astro.bench.passes", 8);
      for (int pass = 0; pass < passes; pass++) {
        long[] cpu = new long[2];
        double sink = 0;
        for (int k = 0; k < 2; k++) {
          boolean standard = (pass + k) % 2 == 0; // the order alternates from pass to pass
          long a = clock.getCurrentThreadCpuTime();
          for (int i = 0; i < targets; i++) {
            sink += standard ? cinn.sampleGivenCondition(conditions.get(i), 1000, new Rng(i)).get(0)
                : cinn.sampleGivenLatent(conditions.get(i), tempered.draw(1000, cinn.dimension(), precision, new Rng(i)))
                    .get(0);
          }
          cpu[standard ? 0 : 1] = clock.getCurrentThreadCpuTime() - a;
        }
        double ratio = cpu[1] / (double) cpu[0];
        if (pass >= 2) { // the first two: JIT warm-up
          ratios.add(ratio);
        }
        System.out.printf(Locale.ROOT, "pass %d (%s first): N(0, I) %.1f ms, τ = 1.1 %.1f ms, ratio %.3f (%.1f)%n", pass,
            pass % 2 == 0 ? "N(0, I)" : "τ = 1.1", cpu[0] * 1e-6, cpu[1] * 1e-6, ratio, sink);
      }
      ratios.sort(null);
      if (!ratios.isEmpty()) {
        System.out.printf(Locale.ROOT, "ratio tempered / N(0, I) after warm-up: min %.3f, median %.3f, max %.3f over %d passes%n",
            ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1), ratios.size());
      }
    }
  }

  /**
   * @return the share of {@code draws} within one peak width of the period coordinate's centre,
   *     |ln P − ln P̂*| &lt; P̂* / T (docs/astro.md run 20: an observable; the flow is calibrated where it is ≥ 0.9)
   */
  private static double massAtCentre(RvPosterior posterior, double[] y, Matrix draws) {
    PeriodReference reference = posterior.coordinate().reference(y, posterior.encoding());
    int n = 0;
    for (int r = 0; r < draws.rows(); r++) {
      n += Math.abs(Math.log(draws.get(r, 0) / reference.period())) < reference.width() ? 1 : 0;
    }
    return n / (double) draws.rows();
  }

  /** rv-sbc.csv and rv-sbc-ranks.csv as {@link RvMcmcComparisonBenchmark} writes them, for RvSbcFigureBenchmark. */
  private static void writeRanks(Path dir, SbcResult sbc, CoverageResult coverage) throws IOException {
    Files.createDirectories(dir);
    StringBuilder b = new StringBuilder("parameter,inside_band,max_ecdf_deviation,coverage_at_levels\n");
    StringBuilder ranks = new StringBuilder("draws_per_target," + String.join(",", RvParameters.NAMES) + "\n");
    for (int j = 0; j < RvParameters.DIMENSION; j++) {
      b.append(String.format(Locale.ROOT, "%s,%b,%.4f,%s%n", RvParameters.NAMES.get(j), sbc.insideBand(j),
          sbc.maxEcdfDeviation(j), java.util.Arrays.toString(coverage.coverage(j)).replace(',', ' ')));
    }
    for (int i = 0; i < sbc.cases(); i++) {
      ranks.append(sbc.samplesPerCase());
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        ranks.append(',').append(sbc.ranks(j)[i]);
      }
      ranks.append('\n');
    }
    Files.writeString(dir.resolve("rv-sbc.csv"), b);
    Files.writeString(dir.resolve("rv-sbc-ranks.csv"), ranks);
  }

  /**
   * Prints mean |∂u_P/∂z_j| and its share of Σ_j (∂u_P/∂z_j)², over {@code targets} targets × 50 standard draws.
   *
   * @return the shares
   */
  private static double[] jacobian(RvPosterior posterior, Matrix y, int targets) {
    Cinn cinn = posterior.cinn();
    int d = cinn.dimension();
    double h = 0.01;
    double[] abs = new double[d];
    double[] square = new double[d];
    int count = 0;
    for (int i = 0; i < targets; i++) {
      Cinn.Prepared c = cinn.prepare(cinn.condition(row(y, i)));
      Matrix z = RvLatent.standard().draw(50, d, new Rng(900 + i));
      Matrix q = cinn.sampleGivenLatent(c, z);
      for (int j = 0; j < d; j++) {
        Matrix moved = z.copy();
        for (int r = 0; r < z.rows(); r++) {
          moved.set(r, j, z.get(r, j) + h);
        }
        Matrix qj = cinn.sampleGivenLatent(c, moved);
        for (int r = 0; r < z.rows(); r++) {
          double g = (qj.get(r, 0) - q.get(r, 0)) / h;
          abs[j] += Math.abs(g);
          square[j] += g * g;
        }
      }
      count += z.rows();
    }
    double total = 0;
    for (double s : square) {
      total += s;
    }
    for (int j = 0; j < d; j++) {
      System.out.printf(Locale.ROOT, "latent column %d: mean |du_P/dz| %.4f, share of sum (du_P/dz)^2 %.3f%n", j,
          abs[j] / count, square[j] / total);
      square[j] /= total;
    }
    return square;
  }

  /** @return the latent of {@code τ[@J,J2…][/ν]} (the two suffixes in either order) */
  static RvLatent parse(String variant) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^@/]+)((?:[@/][^@/]+)*)").matcher(variant);
    if (!m.matches()) {
      throw new IllegalArgumentException("variant " + variant + " is not τ[@J,J2…][/ν]");
    }
    Double nu = null;
    List<Integer> columns = null;
    for (String part : m.group(2).split("(?=[@/])")) {
      if (part.startsWith("/")) {
        nu = Double.valueOf(part.substring(1));
      } else if (part.startsWith("@")) {
        columns = RvBenchLatent.columns(part.substring(1));
      }
    }
    return new RvLatent(Double.valueOf(m.group(1)), columns, nu);
  }

  /**
   * @return the best variant by {@code order} among those that leave every other marginal inside the band that is
   *     inside it at τ = 1 (the first variant if none is standard)
   */
  private static Row choose(List<Row> rows, Comparator<Row> order) {
    Row standard = rows.stream().filter(r -> r.latent.isStandard()).findFirst().orElse(rows.get(0));
    Row best = null;
    for (Row r : rows) {
      boolean kept = true;
      for (int j = 1; j < RvParameters.DIMENSION; j++) {
        kept &= !standard.sbc.insideBand(j) || r.sbc.insideBand(j);
      }
      if (kept && (best == null || order.compare(r, best) < 0)) {
        best = r;
      }
    }
    return best == null ? standard : best;
  }

  /** @return P's ECDF difference F̂(z) − z at the evaluation point nearest z */
  private static double ecdfDifferenceAt(SbcResult sbc, double z) {
    double[] points = sbc.evaluationPoints();
    int k = 0;
    for (int i = 1; i < points.length; i++) {
      if (Math.abs(points[i] - z) < Math.abs(points[k] - z)) {
        k = i;
      }
    }
    return sbc.ecdfDifference(0)[k];
  }

  private record Row(String name, RvLatent latent, SbcResult sbc, double[] coverage) {
    int othersInside() {
      int n = 0;
      for (int j = 1; j < RvParameters.DIMENSION; j++) {
        n += sbc.insideBand(j) ? 1 : 0;
      }
      return n;
    }

    int ranksAtLeast(int rank) {
      int n = 0;
      for (int r : sbc.ranks(0)) {
        n += r >= rank ? 1 : 0;
      }
      return n;
    }

    int ranksAtMost(int rank) {
      int n = 0;
      for (int r : sbc.ranks(0)) {
        n += r <= rank ? 1 : 0;
      }
      return n;
    }

    String csv() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s,%s,%s,%s", name, latent.temperature(),
          latent.columns().isEmpty() ? "all" : latent.columns().toString().replace(", ", "+").replaceAll("[\\[\\]]", ""),
          latent.degreesOfFreedom() == null ? "" : latent.degreesOfFreedom().toString()));
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        b.append(String.format(Locale.ROOT, ",%.4f,%b", sbc.maxEcdfDeviation(j), sbc.insideBand(j)));
      }
      b.append(String.format(Locale.ROOT, ",%.3f,%.3f,%.3f,%.3f,%d,%d", coverage[0], coverage[9], coverage[17],
          coverage[18], ranksAtLeast(195), ranksAtMost(5)));
      for (double z : PROFILE) {
        b.append(String.format(Locale.ROOT, ",%.4f", ecdfDifferenceAt(sbc, z)));
      }
      return b.toString();
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s", name));
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        b.append(String.format(Locale.ROOT, " %s %.3f%s", RvParameters.NAMES.get(j), sbc.maxEcdfDeviation(j),
            sbc.insideBand(j) ? "" : "(out)"));
      }
      b.append(String.format(Locale.ROOT, " | inside %d of 7 | P cov 5/50/90/95 %.3f/%.3f/%.3f/%.3f | P rank>=195 %d, "
          + "<=5 %d (sum %d)", othersInside() + (sbc.insideBand(0) ? 1 : 0), coverage[0], coverage[9], coverage[17],
          coverage[18], ranksAtLeast(195), ranksAtMost(5), ranksAtLeast(195) + ranksAtMost(5)));
      b.append(" | P ECDF-z");
      for (double z : PROFILE) {
        b.append(String.format(Locale.ROOT, " %+.3f", ecdfDifferenceAt(sbc, z)));
      }
      return b.toString();
    }
  }

  private static double[] row(Matrix y, int r) {
    double[] out = new double[y.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = y.get(r, j);
    }
    return out;
  }
}
