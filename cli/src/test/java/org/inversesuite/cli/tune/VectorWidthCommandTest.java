package org.inversesuite.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inversesuite.cli.InverseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VectorWidthCommandTest {
  @TempDir
  Path dir;

  private static WidthTimings timings(double a, double b, int bitsA, int bitsB) {
    WidthTimings t = new WidthTimings();
    t.add(bitsA, a);
    t.add(bitsB, b);
    t.add(bitsB, b);
    t.add(bitsA, a);
    return t;
  }

  private String report(WidthTimings t, int widest, VectorBitsSetting setting, boolean dryRun) {
    VectorWidthCommand c = new VectorWidthCommand();
    c.dryRun = dryRun;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.report(t, widest, setting, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aNarrowerClearWinnerIsSavedAndTheWidestClearsTheSetting() {
    VectorBitsSetting setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    String out = report(timings(1.0, 1.4, 256, 512), 512, setting, false);
    assertEquals(Optional.of("256"), setting.read(), out);
    assertTrue(out.contains("1.400"), out);
    out = report(timings(1.4, 1.0, 256, 512), 512, setting, false);
    assertEquals(Optional.empty(), setting.read(), out);
  }

  @Test
  void aDryRunOrOverlappingRunsLeaveTheSettingAlone() {
    VectorBitsSetting setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    setting.write(128);
    report(timings(1.0, 1.4, 256, 512), 512, setting, true);
    assertEquals(Optional.of("128"), setting.read());
    WidthTimings overlap = new WidthTimings();
    overlap.add(256, 1.0);
    overlap.add(512, 1.1);
    overlap.add(512, 0.9);
    overlap.add(256, 1.2);
    String out = report(overlap, 512, setting, false);
    assertEquals(Optional.of("128"), setting.read());
    assertTrue(out.contains("no clear winner"), out);
  }

  private static int run(VectorWidthCommand command, StringWriter err, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, c, p) -> {
      err.write("error: " + e.getMessage());
      return InverseCommand.FAILED;
    });
    return cl.execute(args);
  }

  /** Runs the command with System.out captured. */
  private static String[] runCapturingOut(VectorWidthCommand command, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      code = run(command, new StringWriter(), args);
    } finally {
      System.setOut(original);
    }
    return new String[] {Integer.toString(code), bytes.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aCommandIsTimedInChildJvmsAtEachWidthWithoutSavingOnADryRun() throws Exception {
    VectorWidthCommand command = new VectorWidthCommand();
    command.setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    String[] result = runCapturingOut(command, "--widths", "128,256", "--repeats", "2", "--dry-run", "--", "--version");
    String out = result[1];
    assertEquals("0", result[0], out);
    for (String run : new String[] {"128 bits, run 1 of 2", "256 bits, run 1 of 2", "128 bits, run 2 of 2",
        "256 bits, run 2 of 2"}) {
      assertTrue(out.contains(run), out);
    }
    assertTrue(out.indexOf("256 bits, run 2") < out.indexOf("128 bits, run 2"), "the second repeat is reversed\n" + out);
    assertFalse(Files.exists(command.setting.file()), out);
  }

  @Test
  void aMeasuredFigureReplacesTheWallTimeAndShowsEachChildRanAtItsWidth() {
    VectorWidthCommand command = new VectorWidthCommand();
    command.setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    String[] result = runCapturingOut(command, "--widths", "256,128", "--repeats", "2", "--dry-run",
        "--measure", "Vector API kernels: ([0-9]+) bits", "--", "--version");
    String out = result[1];
    assertEquals("0", result[0], out);
    // --version prints the width its JVM runs at: each child was started at the width it is filed under
    assertTrue(out.contains("128 bits, run 1 of 2: 128.0 (wall") && out.contains("256 bits, run 2 of 2: 256.0 (wall"), out);
    assertTrue(out.contains("fastest: 128 bits (--dry-run: nothing saved)"), out);
    assertFalse(Files.exists(command.setting.file()), out);
  }

  @Test
  void aMeasureWithoutAGroupOrWithoutAMatchIsReported() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new VectorWidthCommand(), err, "--measure", "answer median", "--", "--version"));
    assertTrue(err.toString().contains("--measure needs a group around the number"), err.toString());
    err = new StringWriter();
    VectorWidthCommand command = new VectorWidthCommand();
    command.setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    assertEquals(InverseCommand.FAILED, run(command, err, "--widths", "128,256", "--measure", "answer median ([0-9.]+) ms",
        "--", "--version"));
    assertTrue(err.toString().contains("no line of the command's output matches --measure"), err.toString());
    err = new StringWriter();
    assertEquals(InverseCommand.FAILED, run(command, err, "--widths", "128,256", "--measure", "Vector API kernels: ([a-z]*)",
        "--", "--version"));
    assertTrue(err.toString().contains("its group 1 is not a number"), err.toString());
  }

  @Test
  void longCommandsAreShownWithTheirMiddleLeftOut() {
    java.util.List<String> files = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "t" + i + ".csv").toList();
    String shown = VectorWidthCommand.abbreviated(files);
    assertTrue(shown.startsWith("t0.csv t1.csv") && shown.contains("… (2984 more) …") && shown.endsWith("t2999.csv"),
        shown);
    assertEquals("astro rv fit a.csv", VectorWidthCommand.abbreviated(java.util.List.of("astro", "rv", "fit", "a.csv")));
  }

  @Test
  void aFailingCommandIsReportedWithTheEndOfItsLog() {
    StringWriter err = new StringWriter();
    VectorWidthCommand command = new VectorWidthCommand();
    command.setting = new VectorBitsSetting(dir.resolve("vector-bits"));
    int code = run(command, err, "--widths", "128,256", "--", "no-such-command");
    assertEquals(InverseCommand.FAILED, code);
    assertTrue(err.toString().contains("the command failed at 128 bits (exit 2)")
        && err.toString().contains("no-such-command"), err.toString());
  }

  @Test
  void tooFewRepeatsAndWidthsTheMachineLacksAreRefusedBeforeAnyRun() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new VectorWidthCommand(), err, "--repeats", "1", "--", "list"));
    assertTrue(err.toString().contains("--repeats must be at least 2"), err.toString());
    err = new StringWriter();
    assertEquals(2, run(new VectorWidthCommand(), err, "--widths", "256,4096", "--", "list"));
    assertTrue(err.toString().contains("4096 bits is not a width of this machine"), err.toString());
    err = new StringWriter();
    assertEquals(2, run(new VectorWidthCommand(), err));
    assertTrue(err.toString().contains("give the inverse command to time after --"), err.toString());
  }
}
