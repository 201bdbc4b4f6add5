package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inversesuite.cli.InverseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One {@code inverse airfoil dataset} run per output folder. */
class FolderLockTest {
  @TempDir
  Path dir;

  /** Runs a dataset command of two designs on {@code out}; returns exit code and standard error. */
  private static String[] dataset(Path out) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = InverseCommand.commandLine().execute("airfoil", "dataset", "--rows", "2", "--chunk", "2", "--threads",
          "1", "-q", "--out", out.toString());
    } finally {
      System.setErr(err);
    }
    return new String[] {String.valueOf(code), captured.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aSecondRunOnAFolderInUseIsRefusedAndWritesNothing() throws Exception {
    Path out = dir.resolve("data");
    String[] refused;
    try (FolderLock held = FolderLock.acquire(out, "inverse airfoil dataset")) {
      refused = dataset(out);
      assertTrue(Files.exists(out.resolve(FolderLock.FILE)), "the holder's lock stays");
    }
    assertEquals("2", refused[0], refused[1]);
    assertTrue(refused[1].contains("is in use by 'inverse airfoil dataset' (process " + ProcessHandle.current().pid()),
        refused[1]);
    assertFalse(refused[1].contains("at org."), "no stack trace: " + refused[1]);
    assertFalse(Files.exists(out.resolve(DatasetCommand.TIMING)), "the refused run wrote no timing");
    assertFalse(Files.exists(out.resolve(FolderLock.FILE)), "released by its holder");
    String[] ok = dataset(out);
    assertEquals("0", ok[0], ok[1]);
    assertTrue(DatasetCommand.recordedSeconds(out) > 0);
    assertFalse(Files.exists(out.resolve(FolderLock.FILE)), "a finished run leaves no lock");
  }

  @Test
  void aLockLeftByADeadProcessIsNamedWithHowToClearIt() throws Exception {
    Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    gone.waitFor();
    Path out = dir.resolve("data");
    Files.createDirectories(out);
    Path lock = out.resolve(FolderLock.FILE);
    Files.writeString(lock, gone.pid() + "\n" + InetAddress.getLocalHost().getHostName()
        + "\n2026-11-30T19:00:00Z\ninverse airfoil dataset\n");
    String[] refused = dataset(out);
    assertEquals("2", refused[0], refused[1]);
    assertTrue(refused[1].contains("left by process " + gone.pid()) && refused[1].contains("no longer running")
        && refused[1].contains("delete " + lock), refused[1]);
    assertTrue(Files.exists(lock), "a stale lock is named, not taken over");
    Files.delete(lock);
    assertEquals("0", dataset(out)[0]);
  }

  @Test
  void ofTwoRunsStartingTogetherExactlyOneGetsTheFolder() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        Path out = dir.resolve("race" + round);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<FolderLock>> both = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
          both.add(() -> {
            start.await();
            try {
              return FolderLock.acquire(out, "race");
            } catch (IllegalArgumentException e) {
              return null;
            }
          });
        }
        int won = 0;
        for (Future<FolderLock> f : pool.invokeAll(both)) {
          if (f.get() != null) {
            won++;
            f.get().close();
          }
        }
        assertEquals(1, won, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThrows(IllegalArgumentException.class, () -> {
      try (FolderLock a = FolderLock.acquire(dir.resolve("x"), "first")) {
        FolderLock.acquire(dir.resolve("x"), "second");
      }
    });
  }
}
