package org.inversesuite.cli.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.inversesuite.cli.experiment.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table computed in pieces, with interruptions, equals the table computed in one go. */
class ResumableTableRunTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final TableSettings SETTINGS = new TableSettings(3, 120, new TrainingBudget(30, 32, 7, 1),
      50_000_000, 1, 5);
  private static final BenchmarkTask TASK = BenchmarkTask.ballistics(0.05);
  private static final List<BenchmarkTask> TASKS = List.of(BenchmarkTask.inverseKinematics(0.05), TASK);

  /** Counts how often each method is trained. */
  private static final class Counted {
    final AtomicInteger trainings = new AtomicInteger();
    final BenchmarkMethod method;

    Counted(BenchmarkMethod inner) {
      method = BenchmarkMethod.of(inner.name(), (problem, budget) -> {
        trainings.incrementAndGet();
        return inner.train(problem, budget);
      });
    }
  }

  private static BenchmarkMethod registered(String name) {
    return MethodRegistry.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> methodNames() {
    return List.of("prior", "MDN", "autoencoder");
  }

  private static void assemble(RunFolder folder) {
    new TableAssembly(SETTINGS, QUIET).write(folder, new RowStore(folder.path()), TASKS, methodNames(), "test");
  }

  /** @return the CSV cells without the wall-time columns, which differ between any two runs */
  private static List<String> withoutTimes(Path csv, int... timeColumns) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      String[] cells = line.split(",", -1);
      for (int c : timeColumns) {
        cells[c] = "";
      }
      out.add(String.join(",", cells));
    }
    return out;
  }

  @Test
  void resumedRunGivesTheTableOfAnUninterruptedRunAndRecomputesNothing(@TempDir Path dir) throws Exception {
    RunFolder whole = RunFolder.at(dir.resolve("whole"));
    List<BenchmarkMethod> all = List.of(BenchmarkTableRunTest.priorMethod(), registered("MDN"),
        registered("autoencoder"));
    new BenchmarkTableRun(SETTINGS, 2, false, QUIET).run(TASK, all, new RowStore(whole.path()),
        new GroundTruthCache(whole.path()));
    assemble(whole);

    RunFolder pieces = RunFolder.at(dir.resolve("pieces"));
    RowStore store = new RowStore(pieces.path());
    GroundTruthCache cache = new GroundTruthCache(pieces.path());
    Counted prior = new Counted(BenchmarkTableRunTest.priorMethod());
    Counted mdn = new Counted(registered("MDN"));
    Counted autoencoder = new Counted(registered("autoencoder"));
    // piece 1: the prior row, then the run is killed while training the MDN
    BenchmarkMethod killed = BenchmarkMethod.of("MDN", (problem, budget) -> {
      throw new IllegalStateException("killed");
    });
    assertThrows(IllegalStateException.class, () -> new BenchmarkTableRun(SETTINGS, 2, false, QUIET)
        .run(TASK, List.of(prior.method, killed), store, cache));
    assertTrue(store.load(TASK.name(), "prior").isPresent(), "the prior row was stored before the kill");
    assertFalse(Files.exists(store.file(TASK.name(), "MDN")), "no partial row");
    assemble(pieces);
    assertTrue(Files.readString(pieces.file(TableFiles.MARKDOWN)).contains("| MDN | not run |"));
    // piece 2: --methods MDN; piece 3: everything (--resume)
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    new BenchmarkTableRun(SETTINGS, 2, false, logStream).run(TASK, List.of(mdn.method), store, cache);
    List<FinishedRow> last = new BenchmarkTableRun(SETTINGS, 2, false, logStream)
        .run(TASK, List.of(prior.method, mdn.method, autoencoder.method), store, cache);
    assemble(pieces);

    assertEquals(1, prior.trainings.get());
    assertEquals(1, mdn.trainings.get());
    assertEquals(1, autoencoder.trainings.get());
    assertEquals(List.of("autoencoder"), last.stream().map(r -> r.row().method()).toList());
    String text = log.toString(StandardCharsets.UTF_8);
    assertEquals(2, text.split("ground truth: cached", -1).length - 1, "ABC computed once, then read: " + text);
    assertFalse(text.contains("rejection ABC, epsilon"), text);
    // same table: every column but training seconds (6) and ms per posterior (7); same per-observation scores
    assertEquals(withoutTimes(whole.file(TableFiles.CSV), 6, 7), withoutTimes(pieces.file(TableFiles.CSV), 6, 7));
    assertEquals(withoutTimes(whole.file(TableFiles.OBSERVATIONS_CSV), 5),
        withoutTimes(pieces.file(TableFiles.OBSERVATIONS_CSV), 5));
    assertEquals(3 * 4 + 1, Files.readAllLines(pieces.file(TableFiles.OBSERVATIONS_CSV)).size());
  }

  @Test
  void cacheAndRowsMadeWithOtherSettingsAreRefused(@TempDir Path dir) {
    RunFolder folder = RunFolder.at(dir.resolve("run"));
    RowStore store = new RowStore(folder.path());
    GroundTruthCache cache = new GroundTruthCache(folder.path());
    new BenchmarkTableRun(SETTINGS, 2, false, QUIET).run(TASK, List.of(), store, cache);
    assertTrue(Files.exists(cache.file(TASK.name())));

    // another ABC budget, rows in a fresh folder: only the shared cache can disagree
    TableSettings otherBudget = new TableSettings(3, 120, SETTINGS.budget(), 40_000_000, 1, 5);
    RowStore fresh = new RowStore(dir.resolve("other"));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> new BenchmarkTableRun(otherBudget, 2, false, QUIET).run(TASK, List.of(), fresh, cache));
    assertTrue(refused.getMessage().contains("max proposals 50000000 (cached) vs 40000000"), refused.getMessage());
    assertTrue(refused.getMessage().contains(cache.file(TASK.name()).toString()), refused.getMessage());

    // more samples per observation changes the ABC target (2S) too
    TableSettings otherSamples = new TableSettings(3, 100, SETTINGS.budget(), 50_000_000, 1, 5);
    refused = assertThrows(IllegalArgumentException.class,
        () -> new BenchmarkTableRun(otherSamples, 2, false, QUIET).run(TASK, List.of(), fresh, cache));
    assertTrue(refused.getMessage().contains("samples per observation 240 (cached) vs 200"), refused.getMessage());

    // a stored row with other training steps is refused before anything is computed
    TableSettings otherSteps = new TableSettings(3, 120, new TrainingBudget(60, 32, 7, 1), 50_000_000, 1, 5);
    refused = assertThrows(IllegalArgumentException.class,
        () -> new BenchmarkTableRun(otherSteps, 2, false, QUIET).run(TASK, List.of(), store, cache));
    assertTrue(refused.getMessage().contains("steps 30 (stored) vs 60"), refused.getMessage());

    // --force recomputes and replaces the cache
    new BenchmarkTableRun(otherBudget, 2, true, QUIET).run(TASK, List.of(), fresh, cache);
    Optional<GroundTruth> replaced = cache.load(new GroundTruthProvenance(TASK.name(), 0.05, 5, 3, 240, 40_000_000,
        org.inversesuite.core.baseline.RejectionAbc.DEFAULT_CHUNK_SIZE),
        BenchmarkTableRun.observations(TASK, 5, 3), true);
    assertTrue(replaced.isPresent());
  }

  @Test
  void groundTruthCacheRoundTripsExactly(@TempDir Path dir) {
    GroundTruthCache cache = new GroundTruthCache(dir);
    new BenchmarkTableRun(SETTINGS, 2, false, QUIET).run(TASK, List.of(), new RowStore(dir), cache);
    GroundTruthProvenance provenance = new GroundTruthProvenance(TASK.name(), 0.05, 5, 3, 240, 50_000_000,
        org.inversesuite.core.baseline.RejectionAbc.DEFAULT_CHUNK_SIZE);
    GroundTruth first = cache.load(provenance, BenchmarkTableRun.observations(TASK, 5, 3), true).orElseThrow();
    cache.save(first);
    GroundTruth again = cache.load(provenance, BenchmarkTableRun.observations(TASK, 5, 3), true).orElseThrow();
    assertEquals(first.abc(), again.abc());
    assertEquals(240, again.abc().samples(0).rows());
    assertEquals(first.seconds(), again.seconds());
  }

  @Test
  void rowsWithNonFiniteScoresRoundTrip(@TempDir Path dir) {
    RowStore store = new RowStore(dir);
    TaskSettings key = TaskSettings.of(SETTINGS, TASK);
    ObservationScores scores = new ObservationScores(3);
    scores.set(0, 0.01, 0.2, 5);
    scores.set(1, Double.NaN, Double.NaN, 6);
    scores.set(2, 0.03, Double.POSITIVE_INFINITY, 7);
    FinishedRow row = scores.finish(key, "MAF + cycle", 12, 3.5, List.<double[][]>of(new double[][] {{1, 2, 3, 4}}));
    store.save(row);
    FinishedRow back = store.load(TASK.name(), "MAF + cycle").orElseThrow();
    assertTrue(store.file(TASK.name(), "MAF + cycle").getFileName().toString().equals("ballistics--maf-cycle.json"));
    assertEquals(row.row(), back.row());
    assertEquals(1, back.row().failed());
    assertTrue(Double.isNaN(back.mmd2()[1]) && Double.isInfinite(back.resimulation()[2]));
    assertEquals(0.02, back.row().mmd2(), 1e-15);
    assertEquals(4.0, back.pictures().get(0)[0][3]);
  }
}
