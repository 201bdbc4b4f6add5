package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.tensor.VectorWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a tiny training run, sampling from it, and bad input. */
class CommandLineTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true));
      var cl = InverseCommand.commandLine();
      cl.setErr(new PrintWriter(err));
      code = cl.execute(args);
    } finally {
      System.setOut(old);
    }
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void trainsSamplesAndRefusesBadInput() throws Exception {
    Path runDir = dir.resolve("run");
    Result train = run("train", "--quiet", "--out", runDir.toString(), "--set", "training.iterations=40",
        "--set", "training.batchSize=64", "--set", "training.validationSize=256", "--set", "training.validationInterval=20",
        "--set", "evaluation.observations=2", "--set", "evaluation.samplesPerObservation=100",
        "--set", "evaluation.abcEpsilon=0.05");
    assertEquals(0, train.code(), train.err() + train.out());
    for (String f : new String[] {"config.json", "provenance.json", "model.inn", "metrics.json", "training.csv",
        "loss.png", "posterior-quality.csv", "posterior-0.npy", "posterior-0.csv", "posterior-arms-0.png", "report.html"}) {
      assertTrue(Files.size(runDir.resolve(f)) > 0, f);
    }
    assertTrue(train.out().contains("MMD²"), train.out());
    String width = Json.mapper().readTree(runDir.resolve("provenance.json").toFile()).path("vectorWidth").asText();
    assertEquals(VectorWidth.current().toString(), width, "the width the weights' last bits depend on");

    Path samples = dir.resolve("s.csv");
    Result sample = run("sample", runDir.toString(), "--obs", "1.7,-1.3", "-n", "50", "-o", samples.toString());
    assertEquals(0, sample.code(), sample.err());
    assertEquals(51, Files.readAllLines(samples).size());

    Result wrongDim = run("sample", runDir.toString(), "--obs", "1.7", "-n", "5");
    assertEquals(2, wrongDim.code());
    assertTrue(wrongDim.err().contains("observation has 1 values, the model expects 2"), wrongDim.err());
    assertTrue(!wrongDim.err().contains("\tat "), "no stack trace without --verbose");

    Result missing = run("sample", dir.resolve("nothing").toString(), "--obs", "1,2");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("not found"), missing.err());

    byte[] bytes = Files.readAllBytes(runDir.resolve("model.inn"));
    Path truncated = dir.resolve("truncated.inn");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    Result bad = run("sample", truncated.toString(), "--obs", "1,2");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("truncated"), bad.err());

    Result used = run("train", "--quiet", "--out", runDir.toString());
    assertEquals(2, used.code());
    assertTrue(used.err().contains("not empty"), used.err());
    assertTrue(Files.exists(runDir.resolve("model.inn")), "an existing run is never overwritten");
  }

  @Test
  void configErrorsExitWithTwoAndNameTheField() throws Exception {
    Path cfg = dir.resolve("bad.json");
    Files.writeString(cfg, Files.readString(Path.of("..", "experiments", "ik", "ik-cinn.json"))
        .replace("\"iterations\" : 12000", "\"iteratons\" : 12000"));
    Result r = run("train", cfg.toString(), "--quiet", "--out", dir.resolve("x").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown field 'iteratons'"), r.err());
  }

  @Test
  void helpListsTheSubcommands() {
    Result r = run("--help");
    assertEquals(0, r.code());
    for (String s : new String[] {"train", "sample", "evaluate", "diagnose", "report", "list", "benchmark"}) {
      assertTrue(r.out().contains(s), r.out());
    }
  }
}
