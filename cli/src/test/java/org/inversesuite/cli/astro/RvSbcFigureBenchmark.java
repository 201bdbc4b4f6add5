package org.inversesuite.cli.astro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.cli.plot.EcdfDifferencePlot;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SBC ECDF-difference figure of an RV calibration run, from the ranks that
 * {@code RvMcmcComparisonBenchmark} (astro) writes to {@code rv-sbc-ranks.csv} in its output folder
 * ({@code -Dastro.bench.dir=…}, default {@code ../astro/target/astro-bench}). SBC depends on the
 * draws only through the rank of the truth among them, so each target is rebuilt as a truth 0 with
 * r draws at −1 and L − r at +1 (no ties), and core's SBC is run again on that: the verdicts must
 * equal the run's own ({@code rv-sbc.csv}, checked). Writes {@code sbc-ecdf.png}/.svg into the
 * folder and a copy {@code astro-rv-sbc-ecdf.png} next to it.
 *
 * <p>Run: {@code mvn -o -Pbench -pl cli -am verify -Dtest=RvSbcFigureBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.dir=../astro/target/…}.
 */
@Tag("benchmark")
class RvSbcFigureBenchmark {
  private static final Path DIR = RvPeriodFigureBenchmark.DIR;

  @Test
  void ecdfOfTheRanks() throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve("rv-sbc-ranks.csv"));
    List<String> names = Arrays.asList(lines.get(0).split(",")).subList(1, lines.get(0).split(",").length);
    int cases = lines.size() - 1;
    Matrix truths = Matrix.zeros(Precision.FLOAT64, cases, names.size());
    List<Matrix> samples = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      String[] f = lines.get(i + 1).split(",");
      int draws = Integer.parseInt(f[0]);
      Matrix s = Matrix.zeros(Precision.FLOAT64, draws, names.size());
      for (int j = 0; j < names.size(); j++) {
        int rank = Integer.parseInt(f[j + 1]);
        for (int r = 0; r < draws; r++) {
          s.set(r, j, r < rank ? -1 : 1);
        }
      }
      samples.add(s);
    }
    SbcResult sbc = SimulationBasedCalibration.defaults().assess(new PosteriorEvidence(truths, samples, names));
    List<String> verdicts = Files.readAllLines(DIR.resolve("rv-sbc.csv"));
    for (int j = 0; j < names.size(); j++) {
      String[] v = verdicts.get(j + 1).split(",");
      assertEquals(Boolean.parseBoolean(v[1]), sbc.insideBand(j), names.get(j) + ": verdict differs from the run's");
      assertEquals(Double.parseDouble(v[2]), sbc.maxEcdfDeviation(j), 1e-4, names.get(j) + ": deviation differs");
      System.out.printf("%-6s inside %-5b max ECDF deviation %.3f%n", names.get(j), sbc.insideBand(j),
          sbc.maxEcdfDeviation(j));
    }
    EcdfDifferencePlot.save(DIR, sbc);
    Files.copy(DIR.resolve(EcdfDifferencePlot.NAME + ".png"), DIR.resolve("astro-rv-sbc-ecdf.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
