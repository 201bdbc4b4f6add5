package org.inversesuite.astro.rv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where the period's misses lie (issue 5 part 4, docs/astro.md run 20): for a saved model
 * ({@code -Dastro.bench.model=FILE}) and the SBC targets of {@code RvMcmcComparisonBenchmark}
 * ({@code -Dastro.bench.sbcSeed}, default 555; the same systems and the same draws, Rng(600 + i), so the ranks
 * equal that run's {@code rv-sbc-ranks.csv}), one row per target in {@code rv-period-misses.csv}
 * ({@code -Dastro.bench.out}, default target/astro-misses): the true P against the span T of the epochs, the
 * GLS highest peak P̂₁, the two-harmonic highest peak P̂₂ (NaN without the two-harmonic features) and the
 * coordinate's centre P̂*, the truth's distance from the centre in peak widths s = ln(P/P̂*)/w (w = P̂* / T), and
 * the flow's mass within one peak width of the truth, of P̂₁, P̂₂ and P̂* (|ln P' − ln P| &lt; P/T: a periodogram
 * peak is ~1/T wide in frequency), and its mass within a peak width of any secondary candidate of
 * {@link PeriodReference#withCandidates} (the zooms of {@link PeriodCoordinate#PEAK_BLEND_MULTI}; NaN without the
 * two-harmonic features). {@code docs/scripts/astro_period_misses.py} splits the rows into the tables of run 20.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvPeriodMissBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=target/…/rv-cinn.inn -Dastro.bench.sbcSeed=555}.
 */
@Tag("benchmark")
class RvPeriodMissBenchmark {
  private static final int DRAWS = 200;

  @Test
  void whereThePeriodMisses() throws IOException {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    long seed = Long.getLong("astro.bench.sbcSeed", 555L);
    int cases = Integer.getInteger("astro.bench.sbc", 500);
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-misses"));
    StringBuilder csv = new StringBuilder("epochs,span,true_period,p_over_t,true_e,k_over_sigma,gls_period,"
        + "harmonic_period,centre_period,s_truth,rank,mass_truth,mass_gls,mass_harmonic,mass_centre,draw_q50,"
        + "gls_rank_at_truth,harmonic_rank_at_truth,mass_candidates\n");
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      PaddedRvSimulator sim = saved.experiment().simulator();
      RvSetEncoding encoding = sim.encoding();
      RvPosterior posterior = saved.posterior();
      PeriodogramConfig grid = encoding.periodogram();
      boolean harmonics = grid != null && grid.harmonics() == 2;
      Batch batch = sim.simulate(cases, new Rng(seed));
      for (int i = 0; i < cases; i++) {
        double[] y = row(batch.y(), i);
        double truth = batch.x().get(i, 0);
        Matrix q = posterior.sample(y, DRAWS, new Rng(600 + i));
        double[] p = new double[q.rows()];
        int rank = 0;
        for (int r = 0; r < p.length; r++) {
          p[r] = q.get(r, 0);
          rank += p[r] < truth ? 1 : 0;
        }
        double span = PeriodReference.span(y, encoding);
        PeriodReference centre = posterior.coordinate().reference(y, encoding);
        double gls = PeriodReference.of(y, encoding).period();
        double harmonic = harmonics ? PeriodReference.peakPeriod(y, encoding, grid.summaryCount()) : Double.NaN;
        double[] sigma = errors(y, encoding);
        double s = Math.log(truth / centre.period()) / centre.width();
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        csv.append(String.format(Locale.ROOT,
            "%d,%.1f,%.5g,%.4f,%.4f,%.4g,%.5g,%.5g,%.5g,%.4g,%d,%.3f,%.3f,%.3f,%.3f,%.5g,%d,%d,%.3f%n",
            sigma.length, span, truth, truth / span, batch.x().get(i, 2), batch.x().get(i, 1) / mean(sigma), gls,
            harmonic, centre.period(), s, rank, mass(p, truth, span), mass(p, gls, span),
            harmonics ? mass(p, harmonic, span) : Double.NaN, mass(p, centre.period(), span),
            sorted[sorted.length / 2], peakAt(y, encoding, 0, truth, span),
            harmonics ? peakAt(y, encoding, grid.summaryCount(), truth, span) : 0,
            harmonics ? massAtAny(p, PeriodReference.withCandidates(y, encoding).secondary(), span) : Double.NaN));
      }
    }
    Files.createDirectories(out);
    Path tmp = out.resolve("rv-period-misses.csv.tmp");
    Files.writeString(tmp, csv);
    Files.move(tmp, out.resolve("rv-period-misses.csv"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    System.out.println("wrote " + out.resolve("rv-period-misses.csv"));
  }

  /** @return the fraction of draws within one periodogram peak width of {@code at}: |ln P − ln at| &lt; at/T */
  private static double mass(double[] draws, double at, double span) {
    if (!(at > 0)) {
      return Double.NaN;
    }
    double width = at / span;
    int n = 0;
    for (double d : draws) {
      n += Math.abs(Math.log(d / at)) < width ? 1 : 0;
    }
    return n / (double) draws.length;
  }

  /** @return the fraction of draws within one peak width of any of {@code periods} */
  private static double massAtAny(double[] draws, java.util.List<Double> periods, double span) {
    int n = 0;
    for (double d : draws) {
      boolean near = false;
      for (double at : periods) {
        near |= Math.abs(Math.log(d / at)) < at / span;
      }
      n += near ? 1 : 0;
    }
    return n / (double) draws.length;
  }

  /** @return 1 + the index of the first of the summary's refined peaks within P/T of the truth (0 if none) */
  private static int peakAt(double[] y, RvSetEncoding encoding, int offset, double truth, double span) {
    PeriodogramConfig grid = encoding.periodogram();
    int base = DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH) + offset + grid.bins();
    for (int k = 0; k < grid.peaks(); k++) {
      double period = grid.periodMin() * Math.exp(y[base + 2 * k] * Math.log(grid.periodMax() / grid.periodMin()));
      if (y[base + 2 * k + 1] > 0 && Math.abs(Math.log(period / truth)) < truth / span) {
        return k + 1;
      }
    }
    return 0;
  }

  /** @return the present error bars in m/s */
  private static double[] errors(double[] y, RvSetEncoding encoding) {
    int stride = RvSetEncoding.ELEMENT_WIDTH + 1;
    double[] e = new double[encoding.slots()];
    int n = 0;
    for (int s = 0; s < encoding.slots(); s++) {
      if (y[s * stride + RvSetEncoding.ELEMENT_WIDTH] > 0.5) {
        e[n++] = y[s * stride + 2] * encoding.errorScale();
      }
    }
    return java.util.Arrays.copyOf(e, n);
  }

  private static double mean(double[] v) {
    double m = 0;
    for (double x : v) {
      m += x / v.length;
    }
    return m;
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
