package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on existing runs refuse bad input with exit code 2 and a message naming the file. */
class RunInputErrorsTest {
  @TempDir
  Path dir;

  @Test
  void missingPiecesAreNamed() throws Exception {
    CommandLineTest.Result missing = CommandLineTest.run("diagnose", dir.resolve("nothing").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("run folder not found: " + dir.resolve("nothing")), missing.err());

    Path empty = Files.createDirectories(dir.resolve("empty"));
    CommandLineTest.Result notRun = CommandLineTest.run("evaluate", empty.toString());
    assertEquals(2, notRun.code());
    assertTrue(notRun.err().contains("is not a run folder: it has no config.json"), notRun.err());

    Path run = PriorModelRun.create(dir.resolve("run"), 1.0);
    Files.delete(run.resolve("model.inn"));
    CommandLineTest.Result noModel = CommandLineTest.run("diagnose", run.toString(), "--quiet");
    assertEquals(2, noModel.code());
    assertTrue(noModel.err().contains("has no model.inn (did its training finish?"), noModel.err());
    assertFalse(noModel.err().contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void damagedConfigAndBadOptionsAreRefused() throws Exception {
    Path run = PriorModelRun.create(dir.resolve("run"), 1.0);
    Path config = run.resolve("config.json");
    String good = Files.readString(config);
    Files.writeString(config, good.replace("\"problem\"", "\"problme\""));
    CommandLineTest.Result unknown = CommandLineTest.run("diagnose", run.toString(), "--quiet");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains(config.toString()) && unknown.err().contains("problme"), unknown.err());

    Files.writeString(config, "{ \"name\" : ");
    CommandLineTest.Result broken = CommandLineTest.run("evaluate", run.toString(), "--quiet");
    assertEquals(2, broken.code());
    assertTrue(broken.err().contains(config.toString()) && broken.err().contains("not valid JSON"), broken.err());

    Files.writeString(config, good);
    CommandLineTest.Result few = CommandLineTest.run("diagnose", run.toString(), "--cases", "5");
    assertEquals(2, few.code());
    assertTrue(few.err().contains("--cases must be >= 10, got 5"), few.err());

    CommandLineTest.Result retrain = CommandLineTest.run("evaluate", run.toString(), "--set", "training.seed=3");
    assertEquals(2, retrain.code());
    assertTrue(retrain.err().contains("only evaluation.<field> can change"), retrain.err());

    Files.writeString(run.resolve("diagnostics.json"), "[]");
    CommandLineTest.Result report = CommandLineTest.run("report", run.toString());
    assertEquals(2, report.code());
    assertTrue(report.err().contains("diagnostics.json"), report.err());
  }
}
