package org.inversesuite.data.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedGenerationTest {
  @TempDir
  Path dir;

  private ChunkedGeneration table(Path d) {
    return new ChunkedGeneration(10, 4, List.of("i", "square"), k -> d.resolve("chunk-" + k + ".csv"));
  }

  private static double[] row(int i) {
    return new double[] {i, i * i};
  }

  @Test
  void chunksAreTheSameForAnyThreadCountAndOnlyMissingOnesAreRecomputed() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one"));
    Path two = Files.createDirectories(dir.resolve("two"));
    ChunkedGeneration.Result first = table(one).fill(ChunkedGenerationTest::row, 1, "t", n -> { });
    table(two).fill(ChunkedGenerationTest::row, 2, "t", n -> { });
    assertEquals(List.of(0, 1, 2), first.computed());
    assertEquals(3, table(one).chunks());
    assertEquals(8, table(one).start(2));
    assertEquals(10, table(one).end(2), "the last chunk is short");
    for (int k = 0; k < 3; k++) {
      assertEquals(Files.readAllLines(one.resolve("chunk-" + k + ".csv")),
          Files.readAllLines(two.resolve("chunk-" + k + ".csv")));
    }
    Files.delete(one.resolve("chunk-1.csv"));
    AtomicInteger calls = new AtomicInteger();
    List<Integer> progress = new ArrayList<>();
    ChunkedGeneration.Result resumed = table(one).fill(i -> {
      calls.incrementAndGet();
      return row(i);
    }, 2, "t", progress::add);
    assertEquals(List.of(1), resumed.computed());
    assertEquals(2, resumed.reused());
    assertEquals(4, calls.get(), "only the rows of the deleted chunk are simulated again");
    assertEquals(6, progress.get(0), "progress starts at the rows found on disk");
    assertEquals(10, progress.get(progress.size() - 1));
    assertEquals(Files.readAllLines(two.resolve("chunk-1.csv")), Files.readAllLines(one.resolve("chunk-1.csv")));
  }

  @Test
  void aRowOfTheWrongLengthIsReportedAndNoChunkIsWrittenHalf() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> table(dir).fill(i -> new double[] {i}, 1, "t", n -> { }));
    assertTrue(e.getMessage().contains("row 0 has 1 values for 2 columns"), e.getMessage());
    assertTrue(!Files.exists(dir.resolve("chunk-0.csv")));
  }
}
