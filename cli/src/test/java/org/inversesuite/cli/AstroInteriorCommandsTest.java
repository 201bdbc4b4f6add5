package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse astro interior dataset / train / infer}: a tiny end-to-end run writes every
 * file and warns about a planet outside the trained range; bad input exits with code 2 and a
 * message naming what is wrong, never a stack trace.
 */
class AstroInteriorCommandsTest {
  private static final Path CONFIG = Path.of("..", "experiments", "astro", "interior-small.interior");
  private static final String HEADER = "# NASA Exoplanet Archive\npl_name,pl_bmasse,pl_bmasseerr1,pl_bmasseerr2,"
      + "pl_rade,pl_radeerr1,pl_radeerr2,st_met\n";

  @TempDir
  Path dir;

  private static CommandLineTest.Result run(String... args) {
    return CommandLineTest.run(args);
  }

  private Path tinyConfig() throws Exception {
    String text = Files.readString(CONFIG).replace("\"rows\" : 10000, \"chunkSize\" : 500", "\"rows\" : 40, \"chunkSize\" : 20")
        .replace("\"iterations\" : 4000, \"batchSize\" : 256", "\"iterations\" : 30, \"batchSize\" : 32")
        .replace("\"validationSize\" : 2000, \"validationInterval\" : 500", "\"validationSize\" : 50, \"validationInterval\" : 10");
    assertFalse(text.contains("10000"), "the tiny config must replace the database size");
    Path f = dir.resolve("tiny.interior");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void datasetTrainInferWritesEverythingAndWarnsOutOfDistribution() throws Exception {
    Path config = tinyConfig();
    Path db = dir.resolve("db");
    CommandLineTest.Result d = run("astro", "interior", "dataset", config.toString(), "--out", db.toString(), "-q");
    assertEquals(0, d.code(), d.err());
    assertTrue(d.out().contains("40 planets"), d.out());
    Path model = dir.resolve("m.inn");
    CommandLineTest.Result t = run("astro", "interior", "train", config.toString(), "--data", db.toString(), "--out",
        model.toString());
    assertEquals(0, t.code(), t.err());
    Path planets = dir.resolve("planets.csv");
    Files.writeString(planets, HEADER + "Rocky b,3.0,0.3,-0.3,1.35,0.03,-0.03,0.0\n"
        + "Puffy b,8.0,0.4,-0.4,3.5,0.05,-0.05,0.1\n" + "NoMass b,,,,1.2,0.1,-0.1,0\n");
    Path out = dir.resolve("fit");
    CommandLineTest.Result i = run("astro", "interior", "infer", planets.toString(), "--model", model.toString(),
        "--out", out.toString(), "-n", "200");
    assertEquals(0, i.code(), i.err() + i.out());
    assertTrue(i.out().contains("line 5: NoMass b: pl_bmasse is empty"), i.out());
    assertTrue(i.out().contains("out of distribution: Puffy b: radius 3.5"), i.out());
    assertFalse(i.out().contains("out of distribution: Rocky b"), i.out());
    for (String f : new String[] {"summary.csv", "posterior-Rocky-b.csv", "ternary-Rocky-b.png", "corner-Rocky-b.png",
        "posterior-Puffy-b.csv", "mass-radius.png"}) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertEquals(3, Files.readAllLines(out.resolve("summary.csv")).size());
    CommandLineTest.Result again = run("astro", "interior", "infer", planets.toString(), "--model", model.toString(),
        "--out", out.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force"), again.err());
  }

  @Test
  void badInputExitsWithCodeTwoAndAMessage() throws Exception {
    Path planets = dir.resolve("p.csv");
    Files.writeString(planets, HEADER + "A b,1,0.1,-0.1,1,0.02,-0.02,0\n");
    Path notModel = dir.resolve("not.inn");
    Files.writeString(notModel, "not a model");
    Path noColumn = dir.resolve("nocol.csv");
    Files.writeString(noColumn, "pl_name,pl_bmasse\nA b,1\n");
    Path allBad = dir.resolve("allbad.csv");
    Files.writeString(allBad, HEADER + "A b,-1,0.1,-0.1,1,0.02,-0.02,0\n");
    Path badConfig = dir.resolve("bad.interior");
    Files.writeString(badConfig, Files.readString(CONFIG).replace("\"couplings\"", "\"coupling\""));
    String[][] cases = {
        {"astro", "interior", "infer", dir.resolve("missing.csv").toString(), "--model", notModel.toString(), "--out",
            dir.resolve("o1").toString()},
        {"astro", "interior", "infer", planets.toString(), "--model", dir.resolve("missing.inn").toString(), "--out",
            dir.resolve("o2").toString()},
        {"astro", "interior", "infer", planets.toString(), "--model", notModel.toString(), "--out",
            dir.resolve("o3").toString()},
        {"astro", "interior", "infer", noColumn.toString(), "--model", notModel.toString(), "--out",
            dir.resolve("o4").toString()},
        {"astro", "interior", "infer", allBad.toString(), "--model", notModel.toString(), "--out",
            dir.resolve("o5").toString()},
        {"astro", "interior", "infer", planets.toString(), "--model", notModel.toString(), "--out",
            dir.resolve("o6").toString(), "-n", "3"},
        {"astro", "interior", "dataset", badConfig.toString(), "--out", dir.resolve("db").toString()},
        {"astro", "interior", "train", CONFIG.toString(), "--data", dir.resolve("nodb").toString(), "--out",
            dir.resolve("m.inn").toString()}};
    String[] expected = {"planets file not found", "model file not found", "not.inn", "pl_bmasseerr1",
        "no usable planet", "-n must be >= 10", "coupling", "not an interior database"};
    for (int k = 0; k < cases.length; k++) {
      CommandLineTest.Result r = run(cases[k]);
      assertEquals(2, r.code(), String.join(" ", cases[k]) + "\n" + r.err() + r.out());
      assertTrue(r.err().contains(expected[k]), expected[k] + " in " + r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
  }
}
