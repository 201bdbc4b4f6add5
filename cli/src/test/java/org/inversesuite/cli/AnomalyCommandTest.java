package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fit, score and evaluate on a labelled CSV file, and their refusals of bad input (exit code 2). */
class AnomalyCommandTest {
  @TempDir
  Path dir;

  /** Normal rows: y = 2x + noise, z ~ N(0,1), mode a or b; anomalies: y off the line by 3. */
  Path table(String name, int n, double anomalyShare, long seed) throws IOException {
    Rng rng = new Rng(seed);
    StringBuilder b = new StringBuilder("x,y,z,label\n");
    for (int i = 0; i < n; i++) {
      boolean bad = rng.uniform() < anomalyShare;
      double x = rng.gaussian();
      double y = 2 * x + 0.1 * rng.gaussian() + (bad ? 3 : 0);
      b.append(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%s%n", x, y, rng.gaussian(), bad ? "fault" : "ok"));
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void fitScoreEvaluate() throws Exception {
    Path train = table("train.csv", 400, 0.1, 1);
    Path test = table("test.csv", 300, 0.3, 2);
    Path model = dir.resolve("detector.invm");
    CommandLineTest.Result fit = CommandLineTest.run("anomaly", "fit", train.toString(), "--normal-label", "ok",
        "--iterations", "300", "-o", model.toString());
    assertEquals(0, fit.code(), fit.err());
    assertTrue(fit.out().contains("threshold"), fit.out());

    Path scores = dir.resolve("scores.csv");
    CommandLineTest.Result score = CommandLineTest.run("anomaly", "score", model.toString(), test.toString(),
        "--label-column", "label", "-o", scores.toString());
    assertEquals(0, score.code(), score.err());
    List<String> lines = Files.readAllLines(scores);
    assertEquals("line,score,latent_norm,flagged", lines.get(0));
    assertEquals(301, lines.size());
    assertTrue(Files.size(dir.resolve("scores-histogram.png")) > 1000);

    CommandLineTest.Result again = CommandLineTest.run("anomaly", "score", model.toString(), test.toString(),
        "--label-column", "label", "-o", scores.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force"), again.err());

    Path eval = dir.resolve("eval");
    CommandLineTest.Result evaluate = CommandLineTest.run("anomaly", "evaluate", model.toString(), test.toString(),
        "--normal-label", "ok", "-o", eval.toString());
    assertEquals(0, evaluate.code(), evaluate.err());
    JsonNode metrics = Json.mapper().readTree(eval.resolve("metrics.json").toFile());
    assertTrue(metrics.get("auroc").asDouble() > 0.95, metrics.toString());
    assertTrue(Files.size(eval.resolve("evaluation.png")) > 1000);
  }

  @Test
  void badInputIsRefusedNamingLineAndColumn() throws Exception {
    Path train = table("train.csv", 200, 0.0, 3);
    Path model = dir.resolve("m.invm");
    assertEquals(0, CommandLineTest.run("anomaly", "fit", train.toString(), "--label-column", "label",
        "--iterations", "20", "-o", model.toString()).code());

    Path swapped = dir.resolve("swapped.csv");
    Files.writeString(swapped, "y,x,z,label\n1,2,3,ok\n");
    CommandLineTest.Result r = CommandLineTest.run("anomaly", "score", model.toString(), swapped.toString(),
        "--label-column", "label", "-o", dir.resolve("s.csv").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("column 1 is 'y' but was 'x'"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");

    Path text = dir.resolve("text.csv");
    Files.writeString(text, "x,y,z,label\n1,2,3,ok\n1,abc,3,ok\n");
    r = CommandLineTest.run("anomaly", "score", model.toString(), text.toString(), "--label-column", "label", "-o",
        dir.resolve("t.csv").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 3") && r.err().contains("'y'"), r.err());

    Path categorical = dir.resolve("cat.csv");
    Files.writeString(categorical, "x,colour\n1,red\n2,blue\n");
    r = CommandLineTest.run("anomaly", "fit", categorical.toString(), "-o", dir.resolve("c.invm").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("colour") && r.err().contains("--one-hot"), r.err());
  }
}
