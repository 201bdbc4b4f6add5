package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.block.LaneCouplingInverse;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A saved RV cINN draws with the flow kernels of docs/astro.md run 17 (narrow outputs interleaved, the ATAN
 * coupling map over the lanes) what it draws with the kernels before ({@code Cinn.referenceKernels}): one answer
 * of 1000 draws per simulated target, the same seed for both, compared bit for bit; prints how many targets
 * and elements agree and the largest relative difference, and fails if any element differs by more than
 * 1e-5 relative (a few float ulps travelling through the flow). With {@code -Dastro.bench.kernels=RUN_17} the
 * reference is run 17's kernels instead ({@code Cinn.withLaneKernels}), for run 20's float coupling map
 * (docs/astro.md run 20), and {@code -Dastro.bench.tolerance} sets the relative difference that fails.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvKernelsSameBitsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=target/astro-bench/rv-cinn.inn
 * [-Dastro.bench.targets=100]}.
 */
@Tag("benchmark")
class RvKernelsSameBitsBenchmark {
  @Test
  void drawsOfTheKernelsBeforeAndAfter() throws Exception {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    int targets = Integer.getInteger("astro.bench.targets", 100);
    try (RvModelFile saved = RvModelFile.load(file, 1)) {
      RvPosterior after = saved.posterior();
      String kernels = System.getProperty("astro.bench.kernels", "BEFORE_RUN_17");
      RvPosterior before = after.withCinn(after.cinn().withLaneKernels(LaneCouplingInverse.LaneKernels.valueOf(kernels)));
      double tolerance = Double.parseDouble(System.getProperty("astro.bench.tolerance", "1e-5"));
      System.out.println("default kernels against " + kernels);
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      List<RvSimulation> systems = saved.experiment().simulator().simulator().simulate(targets, new Rng(77));
      long same = 0;
      long total = 0;
      int targetsSame = 0;
      double worst = 0;
      for (int i = 0; i < systems.size(); i++) {
        double[] y = encoding.encode(systems.get(i).observations()).toRows()[0];
        Matrix a = after.sample(y, 1000, new Rng(100 + i));
        Matrix b = before.sample(y, 1000, new Rng(100 + i));
        boolean all = true;
        for (int k = 0; k < a.size(); k++) {
          total++;
          if (Double.doubleToLongBits(a.get(k)) == Double.doubleToLongBits(b.get(k))) {
            same++;
          } else {
            all = false;
            worst = Math.max(worst, Math.abs(a.get(k) - b.get(k)) / Math.max(1e-300, Math.abs(b.get(k))));
          }
        }
        targetsSame += all ? 1 : 0;
      }
      System.out.printf("targets whose 1000 draws are the same bits: %d of %d; elements the same: %d of %d; largest "
          + "relative difference %.2e%n", targetsSame, systems.size(), same, total, worst);
      assertEquals(0, worst, tolerance, "largest relative difference");
    }
  }
}
