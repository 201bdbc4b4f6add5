package org.inversesuite.cli.astro;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.astro.rv.IrregularRvSimulator;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvModelFile;
import org.inversesuite.astro.rv.RvObservationModel;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.core.baseline.EnsembleConfig;
import org.inversesuite.core.baseline.EnsembleSampler;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figures of the periodogram-conditioned RV cINN, from the model and CSVs that
 * {@code RvMcmcComparisonBenchmark} (astro) writes to {@code astro/target/astro-bench/}
 * (override with {@code -Dastro.bench.dir=…}):
 * <ul>
 *   <li>{@code target/astro-rv-period-recovery.png}: cINN posterior median and 5–95 % interval
 *       of P against the true P over the SBC targets;</li>
 *   <li>{@code target/astro-rv-alias-cinn.png}: a sparse target whose cINN period posterior has
 *       several modes, against the ensemble MCMC started from the prior (64 walkers).</li>
 * </ul>
 * Run: {@code mvn -o -Pbench -pl cli -am verify -Dtest=RvPeriodFigureBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RvPeriodFigureBenchmark {
  static final Path DIR = Path.of(System.getProperty("astro.bench.dir",
      Path.of("..", "astro", "target", "astro-bench").toString()));

  @Test
  void periodRecoveryAndAliases() throws Exception {
    recovery();
    aliases();
  }

  private static void recovery() throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve("rv-period-recovery.csv"));
    int n = lines.size() - 1;
    double[] truth = new double[n];
    double[] median = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",");
      truth[i] = Double.parseDouble(f[1]);
      lo[i] = Double.parseDouble(f[2]);
      median[i] = Double.parseDouble(f[3]);
      hi[i] = Double.parseDouble(f[4]);
    }
    XYChart chart = Charts.chart(760, 640, "cINN period posterior against the true period (" + n + " simulated targets)",
        "true P [d]", "cINN P [d]: median (dot), 5 and 95 % (ticks)");
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setXAxisMin(1.0).setXAxisMax(1000.0).setYAxisMin(1.0).setYAxisMax(1000.0);
    scatter(chart, "5 %", truth, lo, Charts.withAlpha(Charts.color(1), 120), SeriesMarkers.TRIANGLE_UP, 4);
    scatter(chart, "95 %", truth, hi, Charts.withAlpha(Charts.color(2), 120), SeriesMarkers.TRIANGLE_DOWN, 4);
    scatter(chart, "median", truth, median, Charts.color(0), SeriesMarkers.CIRCLE, 5);
    Charts.referenceLine(chart, "P = true P", new double[] {1, 1000}, new double[] {1, 1000});
    Charts.savePng(Path.of("target", "astro-rv-period-recovery.png"), List.of(chart));
  }

  private static void scatter(XYChart chart, String name, double[] x, double[] y, Color color,
      org.knowm.xchart.style.markers.Marker marker, int size) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(marker);
    s.setMarkerColor(color);
    chart.getStyler().setMarkerSize(size);
  }

  private static void aliases() throws Exception {
    try (RvModelFile file = RvModelFile.load(DIR.resolve("rv-cinn.inn"), 2)) {
      var experiment = file.experiment();
      var padded = experiment.simulator();
      IrregularRvSimulator sparse = new IrregularRvSimulator(new RvPrior(experiment.prior()),
          new RvObservationModel(new RadialVelocityModel(0)), experiment.schedule().withEpochs(10, 12));
      List<RvSimulation> candidates = sparse.simulate(1000, new Rng(31));
      RvSimulation chosen = null;
      Matrix draws = null;
      // first a target whose cINN modes are far apart (aliases), else one with a concentrated posterior of 2+ bumps
      for (int strict = 1; strict >= 0 && chosen == null; strict--) {
        for (RvSimulation s : candidates) {
          double p = s.parameters().period();
          if (p < 3 || p > 300 || s.parameters().semiAmplitude() < 50) {
            continue;
          }
          double[] y = padded.encoding().encode(s.observations()).toRows()[0];
          Matrix q = file.posterior().sample(y, 4000, new Rng(41));
          if (separatedModes(histogram(q, 0), strict == 1 ? 8 : 0)) {
            chosen = s;
            draws = q;
            break;
          }
        }
      }
      if (chosen == null) {
        System.out.println("no sparse target among 1000 with a concentrated multimodal cINN period posterior");
        return;
      }
      RvPrior prior = new RvPrior(experiment.prior());
      RvPosteriorDensity target = new RvPosteriorDensity(prior, new RvObservationModel(new RadialVelocityModel(0)),
          chosen.observations());
      int walkers = 64;
      double[][] start = RvWalkers.fromPrior(prior, target, walkers, new Rng(9));
      McmcResult m = new EnsembleSampler(new EnsembleConfig(walkers, 3000, 6000, 2.0, 2)).run(target, start,
          new Rng(3));
      double[] cinnHist = histogram(draws, 0);
      double[] mcmcHist = histogram(m.samples(), 0);
      double[] centres = new double[BINS];
      for (int b = 0; b < BINS; b++) {
        centres[b] = Math.pow(10, 3.0 * (b + 0.5) / BINS);
      }
      XYChart chart = Charts.chart(860, 440, String.format(Locale.ROOT,
          "period posterior, %d epochs over %.0f d (true P = %.2f d)", chosen.observations().size(),
          chosen.observations().time(chosen.observations().size() - 1) - chosen.observations().time(0),
          chosen.parameters().period()), "P [d] (log scale)", "fraction of draws per bin");
      chart.getStyler().setXAxisLogarithmic(true);
      Charts.line(chart, "cINN (4000 draws)", centres, cinnHist, Charts.color(0), 1.8f);
      Charts.line(chart, "ensemble MCMC from the prior (64 walkers)", centres, mcmcHist, Charts.color(1), 1.3f);
      double top = 0;
      for (int b = 0; b < BINS; b++) {
        top = Math.max(top, Math.max(cinnHist[b], mcmcHist[b]));
      }
      Charts.line(chart, "true P", new double[] {chosen.parameters().period(), chosen.parameters().period()},
          new double[] {0, top}, Charts.TRUTH, 1.5f);
      Charts.savePng(Path.of("target", "astro-rv-alias-cinn.png"), List.of(chart));
      System.out.println("true " + RvParameters.NAMES + " = " + java.util.Arrays.toString(chosen.parameters().toArray()));
      System.out.println("cINN period modes (bin centre, fraction): " + modes(cinnHist, 0.02));
      System.out.println("MCMC period modes (bin centre, fraction): " + modes(mcmcHist, 0.02) + "; warnings "
          + m.warnings());
      double best = Double.NEGATIVE_INFINITY;
      for (double[] state : m.samples().toRows()) {
        best = Math.max(best, target.logDensity(state));
      }
      System.out.printf(Locale.ROOT, "log posterior: at the truth %.1f, best MCMC state %.1f, median cINN draw %.1f%n",
          target.logDensity(chosen.parameters().toArray()), best, medianLogDensity(target, draws));
    }
  }

  private static final int BINS = 150;

  private static double medianLogDensity(RvPosteriorDensity target, Matrix draws) {
    double[][] rows = draws.toRows();
    double[] v = new double[rows.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = target.logDensity(rows[i]);
    }
    java.util.Arrays.sort(v);
    return v[v.length / 2];
  }

  /** @return the fraction of draws in each of BINS equal bins of log10 P over [0, 3] */
  private static double[] histogram(Matrix draws, int col) {
    double[] counts = new double[BINS];
    for (int i = 0; i < draws.rows(); i++) {
      int b = (int) Math.floor(Math.log10(draws.get(i, col)) / 3.0 * BINS);
      if (b >= 0 && b < BINS) {
        counts[b] += 1.0 / draws.rows();
      }
    }
    return counts;
  }

  /**
   * @return true if at least two local maxima hold 15 % of the draws each within ±2 bins and
   *     together 60 % (a concentrated multimodal posterior, not a broad one with bumps), the
   *     outermost at least {@code minGap} bins apart
   */
  private static boolean separatedModes(double[] counts, int minGap) {
    int found = 0;
    double total = 0;
    int first = -1;
    int last = -1;
    for (int b = 0; b < BINS; b++) {
      double left = b > 0 ? counts[b - 1] : 0;
      double right = b + 1 < BINS ? counts[b + 1] : 0;
      if (counts[b] > left && counts[b] >= right) {
        double mass = 0;
        for (int k = Math.max(0, b - 2); k <= Math.min(BINS - 1, b + 2); k++) {
          mass += counts[k];
        }
        if (mass >= 0.15) {
          found++;
          total += mass;
          first = first < 0 ? b : first;
          last = b;
        }
      }
    }
    return found >= 2 && total >= 0.6 && last - first >= minGap;
  }

  /** @return the local maxima holding at least {@code min} of the draws, as "P (fraction)" */
  private static List<String> modes(double[] counts, double min) {
    List<String> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      double left = b > 0 ? counts[b - 1] : 0;
      double right = b + 1 < BINS ? counts[b + 1] : 0;
      if (counts[b] >= min && counts[b] > left && counts[b] >= right) {
        out.add(String.format(Locale.ROOT, "%.2f d (%.2f)", Math.pow(10, 3.0 * (b + 0.5) / BINS), counts[b]));
      }
    }
    return out;
  }
}
