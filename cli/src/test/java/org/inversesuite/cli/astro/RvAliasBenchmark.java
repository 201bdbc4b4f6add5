package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvObservationModel;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.astro.rv.RvPriorConfig;
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

/**
 * Period aliases of sparse RV data: 12 epochs of one planet, ensemble MCMC with 64 walkers
 * started from the prior (not at the truth), so walkers settle in several period modes. The
 * walkers do not move between separated modes, so the mode weights are not reliable; the plot
 * shows where the posterior has mass. Writes {@code target/astro-alias.png}.
 * Run: {@code mvn -o -Pbench -pl cli -am verify -Dtest=RvAliasBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RvAliasBenchmark {
  @Test
  void periodModesOfSparseData() throws Exception {
    IrregularRvConfig schedule = IrregularRvConfig.defaults().withEpochs(12, 12).withBaseline(300);
    RvPriorConfig priorConfig = RvPriorConfig.defaults();
    List<RvSimulation> systems = AstroProblems.radialVelocity(priorConfig, schedule, 0).simulate(1000, new Rng(5));
    RvSimulation s = systems.stream().filter(x -> x.parameters().period() > 5 && x.parameters().period() < 60
        && x.parameters().semiAmplitude() > 30 && x.parameters().semiAmplitude() < 150).findFirst().orElseThrow();
    RvPrior prior = new RvPrior(priorConfig);
    RvPosteriorDensity target = new RvPosteriorDensity(prior, new RvObservationModel(new RadialVelocityModel(0)),
        s.observations());
    int walkers = 64;
    double[][] start = RvWalkers.fromPrior(prior, target, walkers, new Rng(9));
    McmcResult m = new EnsembleSampler(new EnsembleConfig(walkers, 3000, 6000, 2.0, 2)).run(target, start, new Rng(3));
    Matrix draws = m.samples();
    int bins = 120;
    double lo = 0;
    double hi = 3;
    double[] centres = new double[bins];
    double[] counts = new double[bins];
    for (int b = 0; b < bins; b++) {
      centres[b] = Math.pow(10, lo + (b + 0.5) * (hi - lo) / bins);
    }
    for (int i = 0; i < draws.rows(); i++) {
      double v = Math.log10(draws.get(i, 0));
      int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
      if (b >= 0 && b < bins) {
        counts[b] += 1.0 / draws.rows();
      }
    }
    XYChart chart = Charts.chart(800, 420, String.format(java.util.Locale.ROOT,
        "period modes, 12 epochs over 300 d (true P = %.2f d), ensemble MCMC from the prior",
        s.parameters().period()), "P [d] (log scale)", "fraction of MCMC states");
    chart.getStyler().setXAxisLogarithmic(true);
    Charts.line(chart, "MCMC, 64 walkers", centres, counts, Charts.color(0), 1.5f);
    double maxCount = 0;
    for (double c : counts) {
      maxCount = Math.max(maxCount, c);
    }
    Charts.line(chart, "true P", new double[] {s.parameters().period(), s.parameters().period()},
        new double[] {0, maxCount}, Charts.TRUTH, 1.5f);
    Path out = Path.of("target", "astro-alias.png");
    Files.createDirectories(out.getParent());
    Charts.savePng(out, List.of(chart));
    List<String> modes = new ArrayList<>();
    for (int b = 1; b < bins - 1; b++) {
      if (counts[b] > 0.02 && counts[b] >= counts[b - 1] && counts[b] >= counts[b + 1]) {
        modes.add(String.format(java.util.Locale.ROOT, "%.2f d (%.2f)", centres[b], counts[b]));
      }
    }
    System.out.println("true " + RvParameters.NAMES + " = " + java.util.Arrays.toString(s.parameters().toArray()));
    System.out.println("MCMC period modes (bin centre, fraction): " + modes + "; warnings " + m.warnings().size());
  }
}
