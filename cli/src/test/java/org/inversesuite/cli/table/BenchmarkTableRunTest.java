package org.inversesuite.cli.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTableRunTest {
  /** Ignores y: its "posterior" is the prior, which a ground-truth comparison must expose. */
  private record PriorEstimator(Prior prior) implements PosteriorEstimator {
    @Override
    public int dimension() {
      return prior.dimension();
    }

    @Override
    public int conditionDimension() {
      return 1;
    }

    @Override
    public Matrix sample(double[] observation, int n, Rng rng) {
      return prior.sample(n, rng);
    }

    @Override
    public Matrix sampleEach(Matrix y, Rng rng) {
      return prior.sample(y.rows(), rng);
    }

    @Override
    public boolean hasDensity() {
      return false;
    }

    @Override
    public double[] logDensity(Matrix x, Matrix y) {
      throw new UnsupportedOperationException();
    }
  }

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  static BenchmarkMethod priorMethod() {
    return BenchmarkMethod.of("prior", (problem, budget) -> new BenchmarkMethod.Trained(new PriorEstimator(problem.prior()), 0));
  }

  @Test
  void priorAsPosteriorScoresWorseThanTheAbcReferenceAndFilesAreWritten(@TempDir Path dir) throws Exception {
    TableSettings settings = new TableSettings(3, 150, new TrainingBudget(1, 2, 1, 1), 50_000_000, 1, 4);
    RunFolder folder = RunFolder.at(dir.resolve("run"));
    RowStore store = new RowStore(folder.path());
    List<FinishedRow> rows = new BenchmarkTableRun(settings, 2, false, QUIET)
        .run(BenchmarkTask.ballistics(0.05), List.of(priorMethod()), store, new GroundTruthCache(folder.path()));
    assertEquals(2, rows.size());
    TableRow abc = rows.get(0).row();
    TableRow prior = rows.get(1).row();
    assertEquals(BenchmarkTableRun.ABC_ROW, abc.method());
    assertTrue(prior.mmd2() > abc.mmd2() + 0.01, "prior MMD² " + prior.mmd2() + " vs ABC " + abc.mmd2());
    assertTrue(prior.resimulation() > 100 * abc.resimulation(), "prior re-simulation " + prior.resimulation());
    assertTrue(abc.resimulation() < 0.05 * 0.05, "ABC samples lie within epsilon");
    new TableAssembly(settings, QUIET).write(folder, store, List.of(BenchmarkTask.inverseKinematics(0.05),
        BenchmarkTask.ballistics(0.05)), List.of("prior", "cINN"), "inverse benchmark table (test)");
    String markdown = Files.readString(folder.file(TableFiles.MARKDOWN));
    assertTrue(markdown.contains("| prior | 0."), markdown);
    assertTrue(markdown.contains("| cINN | not run |"), markdown);
    List<String> csv = Files.readAllLines(folder.file(TableFiles.CSV));
    assertEquals(7, csv.size(), "header + 2 tasks x (reference, prior, cINN)");
    assertEquals(3, csv.stream().filter(l -> l.startsWith("ik,") && l.endsWith(",not run")).count());
    assertEquals(1 + 6, Files.readAllLines(folder.file(TableFiles.OBSERVATIONS_CSV)).size());
    assertTrue(Files.size(folder.file("ballistics-posterior-0.png")) > 1000);
  }

  @Test
  void registeredMethodNamesAreDistinct() {
    List<String> names = MethodRegistry.all().stream().map(BenchmarkMethod::name).toList();
    assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
    assertTrue(names.containsAll(List.of("cINN", "MDN", "cVAE")));
  }
}
