package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.diagnostics.SimultaneousEcdfBand;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a perfectly calibrated sampler scores on the calibration target of {@code RvMcmcComparisonBenchmark}
 * (500 targets, 200 draws, 7 marginals, each judged by core's simultaneous 95 % ECDF band): the ranks of an
 * exact posterior are independent and discrete-uniform on {0, …, 200} (Talts et al. 2018), so each repetition
 * draws 500 × 7 such ranks and counts the marginals whose ECDF stays inside the band, for one target set and
 * for two. The band is the one {@link SimulationBasedCalibration#defaults()} builds for 500 cases of 200
 * draws; the verdicts of the first repetitions are checked against its {@code assess} on evidence rebuilt
 * from the ranks (truth 0, r draws at −1 and 200 − r at +1), so the counting below is the benchmark's.
 * Prints the distribution of "k of 7 inside" for one set, the probability of 7 of 7 on one and on two sets,
 * and the band's exact per-marginal coverage (whose 7th and 14th powers these should equal).
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvSbcPerfectPassRateBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dastro.bench.repetitions=2000]}.
 */
@Tag("benchmark")
class RvSbcPerfectPassRateBenchmark {
  private static final int CASES = 500;
  private static final int DRAWS = 200;
  private static final int MARGINALS = RvParameters.DIMENSION;
  private static final int CHECKED = 10;

  @Test
  void passRateOfAnExactPosterior() {
    int repetitions = Integer.getInteger("astro.bench.repetitions", 2000);
    Rng rng = new Rng(20261130L);
    SimultaneousEcdfBand band = null;
    int[] insideCount = new int[MARGINALS + 1];
    int allOne = 0;
    int allTwo = 0;
    int marginalsInside = 0;
    boolean previousAll = false;
    for (int rep = 0; rep < 2 * repetitions; rep++) {
      int[][] ranks = new int[MARGINALS][CASES];
      for (int j = 0; j < MARGINALS; j++) {
        for (int i = 0; i < CASES; i++) {
          ranks[j][i] = (int) Math.floor(rng.uniform() * (DRAWS + 1));
        }
      }
      if (band == null || rep < CHECKED) {
        SbcResult sbc = SimulationBasedCalibration.defaults().assess(evidence(ranks));
        band = sbc.band();
        for (int j = 0; j < MARGINALS; j++) {
          assertEquals(sbc.insideBand(j), inside(band, ranks[j]), "repetition " + rep + ", marginal " + j);
        }
      }
      int k = 0;
      for (int j = 0; j < MARGINALS; j++) {
        k += inside(band, ranks[j]) ? 1 : 0;
      }
      marginalsInside += k;
      if (rep < repetitions) {
        insideCount[k]++;
        allOne += k == MARGINALS ? 1 : 0;
      }
      // repetitions 2i and 2i + 1 are the two target sets of one trained model
      if (rep % 2 == 1 && previousAll && k == MARGINALS) {
        allTwo++;
      }
      previousAll = k == MARGINALS;
    }
    double c = band.coverage();
    System.out.printf("band: %d cases, %d draws, %d evaluation points, pointwise level %.5f, exact coverage per "
        + "marginal %.4f%n", CASES, DRAWS, band.evaluationPoints().length, band.gamma(), c);
    System.out.printf("marginals inside, all %d x %d: %.4f%n", 2 * repetitions, MARGINALS,
        marginalsInside / (double) (2 * repetitions * MARGINALS));
    for (int k = MARGINALS; k >= 0; k--) {
      System.out.printf("one set, %d of %d inside: %.4f%n", k, MARGINALS, insideCount[k] / (double) repetitions);
    }
    System.out.printf("all %d inside on one set: %.4f (s.e. %.4f; coverage^%d = %.4f)%n", MARGINALS,
        allOne / (double) repetitions, Math.sqrt(allOne * (repetitions - allOne) / (double) repetitions) / repetitions,
        MARGINALS, Math.pow(c, MARGINALS));
    System.out.printf("all %d inside on two sets: %.4f (s.e. %.4f; coverage^%d = %.4f)%n", MARGINALS,
        allTwo / (double) repetitions, Math.sqrt(allTwo * (repetitions - allTwo) / (double) repetitions) / repetitions,
        2 * MARGINALS, Math.pow(c, 2 * MARGINALS));
  }

  /** @return whether the ECDF of these ranks stays inside the band at its evaluation points */
  private static boolean inside(SimultaneousEcdfBand band, int[] ranks) {
    double[] z = band.evaluationPoints();
    int[] perRank = new int[DRAWS + 1];
    for (int r : ranks) {
      perRank[r]++;
    }
    int[] counts = new int[z.length];
    int below = 0;
    for (int e = 0, r = 0; e < z.length; e++) {
      int upTo = (int) Math.round(z[e] * (DRAWS + 1));
      for (; r < upTo; r++) {
        below += perRank[r];
      }
      counts[e] = below;
    }
    return band.contains(counts);
  }

  /** @return evidence whose SBC ranks are {@code ranks}: truth 0, r draws at −1 and the rest at +1 */
  private static PosteriorEvidence evidence(int[][] ranks) {
    Matrix truths = Matrix.zeros(Precision.FLOAT64, CASES, MARGINALS);
    List<Matrix> samples = new ArrayList<>(CASES);
    for (int i = 0; i < CASES; i++) {
      Matrix s = Matrix.zeros(Precision.FLOAT64, DRAWS, MARGINALS);
      for (int j = 0; j < MARGINALS; j++) {
        for (int r = 0; r < DRAWS; r++) {
          s.set(r, j, r < ranks[j][i] ? -1 : 1);
        }
      }
      samples.add(s);
    }
    return new PosteriorEvidence(truths, samples, RvParameters.NAMES);
  }
}
