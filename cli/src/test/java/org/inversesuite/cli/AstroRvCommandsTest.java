package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse astro rv simulate} and {@code check}: a simulated file reads back; bad files are refused by line. */
class AstroRvCommandsTest {
  @TempDir
  Path dir;

  private static CommandLineTest.Result run(String... args) {
    return CommandLineTest.run(args);
  }

  @Test
  void simulatedDataReadsBackAndIsNotOverwritten() throws Exception {
    Path file = dir.resolve("rv.csv");
    CommandLineTest.Result sim = run("astro", "rv", "simulate", "--epochs", "25", "--seed", "3", "-o", file.toString());
    assertEquals(0, sim.code(), sim.err());
    assertTrue(sim.out().contains("wrote 25 epochs"), sim.out());
    CommandLineTest.Result check = run("astro", "rv", "check", file.toString());
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("25 epochs"), check.out());
    assertFalse(check.out().contains("out of distribution"), check.out());
    CommandLineTest.Result again = run("astro", "rv", "simulate", "-o", file.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force"), again.err());
  }

  @Test
  void badRowsAreReportedByLine() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "time,rv,error\n1,2,1\n1,3,1\n2,NaN,1\n3,4,0\n4,5,-1\n");
    CommandLineTest.Result r = run("astro", "rv", "check", file.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    for (String line : new String[] {"line 3", "line 4", "line 5", "line 6"}) {
      assertTrue(r.err().contains(line), line + " in " + r.err());
    }
    assertFalse(r.err().contains("\tat "), "no stack trace");
    Path few = dir.resolve("few.csv");
    Files.writeString(few, "time,rv,error\n1,2,1\n2,3,1\n");
    CommandLineTest.Result w = run("astro", "rv", "check", few.toString());
    assertEquals(0, w.code(), w.err());
    assertTrue(w.out().contains("out of distribution: 2 epochs"), w.out());
  }
}
