package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse astro rv simulate} and {@code check}: a simulated file reads back; bad files are
 * refused by line; a tiny periodogram-conditioned model trains and fits a simulated file, and a catalogue of
 * files in one run.
 */
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

  @Test
  @Tag("slow") // ~70 s on the loaded shared machine (training, then the fit's three plots)
  void aPeriodogramModelTrainsAndFits() throws Exception {
    Path model = tinyModel();
    Path data = dir.resolve("rv.csv");
    assertEquals(0, run("astro", "rv", "simulate", "--epochs", "20", "--seed", "4", "-o", data.toString()).code());
    Path out = dir.resolve("fit");
    CommandLineTest.Result fit = run("astro", "rv", "fit", data.toString(), "--model", model.toString(), "--out",
        out.toString(), "-n", "200");
    assertEquals(0, fit.code(), fit.out() + fit.err());
    assertEquals(201, Files.readAllLines(out.resolve("posterior.csv")).size());
    for (String line : Files.readAllLines(out.resolve("posterior.csv")).subList(1, 201)) {
      double period = Double.parseDouble(line.split(",")[0]);
      assertTrue(period >= 1 && period <= 1000, "P = " + period + " (the flow's u mapped back into the prior)");
    }
  }

  /**
   * A catalogue: several tables answered in one run give, per table, the draws of a fit of that table alone, and
   * catalogue.csv's medians are those of the written draws; two tables that would share a folder, a bad table, or
   * one with more measurements than the model takes, are refused before anything is written.
   */
  @Test
  void aCatalogueIsTheSameAsOneFitPerTable() throws Exception {
    Path model = tinyModel();
    Path stars = Files.createDirectories(dir.resolve("stars"));
    String[] names = {"hd1.csv", "hd2.csv", "hd3.csv"};
    for (int i = 0; i < names.length; i++) {
      assertEquals(0, run("astro", "rv", "simulate", "--epochs", Integer.toString(12 + 7 * i), "--seed",
          Integer.toString(20 + i), "-o", stars.resolve(names[i]).toString()).code());
    }
    Path out = dir.resolve("catalogue");
    CommandLineTest.Result fit = run("astro", "rv", "fit", stars.resolve(names[0]).toString(),
        stars.resolve(names[1]).toString(), stars.resolve(names[2]).toString(), "--model", model.toString(), "--out",
        out.toString(), "-n", "100", "--no-plots");
    assertEquals(0, fit.code(), fit.out() + fit.err());
    assertTrue(fit.out().contains("3 tables: answer median"), fit.out());
    List<String> rows = Files.readAllLines(out.resolve("catalogue.csv"));
    assertEquals(4, rows.size(), String.join("\n", rows));
    for (int i = 0; i < names.length; i++) {
      String stem = names[i].replace(".csv", "");
      Path alone = dir.resolve("alone-" + stem);
      assertEquals(0, run("astro", "rv", "fit", stars.resolve(names[i]).toString(), "--model", model.toString(),
          "--out", alone.toString(), "-n", "100", "--no-plots").code());
      List<String> draws = Files.readAllLines(out.resolve(stem).resolve("posterior.csv"));
      assertTrue(Files.readAllLines(alone.resolve("posterior.csv")).equals(draws),
          names[i] + ": the catalogue's draws differ from those of a fit of the table alone");
      assertFalse(Files.exists(out.resolve(stem).resolve("corner.png")), "--no-plots");
      double[] periods = draws.subList(1, draws.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[0]))
          .sorted().toArray();
      String[] row = rows.get(i + 1).split(",");
      assertEquals(names[i], row[0]);
      assertEquals(12 + 7 * i, Integer.parseInt(row[1]));
      assertEquals(periods[(periods.length - 1) / 2], Double.parseDouble(row[4]), 1e-7 * periods[periods.length / 2],
          "P median of " + names[i]);
    }

    Path other = Files.createDirectories(dir.resolve("other"));
    Files.copy(stars.resolve(names[0]), other.resolve(names[0]));
    Path refused = dir.resolve("refused");
    CommandLineTest.Result clash = run("astro", "rv", "fit", stars.resolve(names[0]).toString(),
        other.resolve(names[0]).toString(), "--model", model.toString(), "--out", refused.toString(), "--no-plots");
    assertEquals(2, clash.code());
    assertTrue(clash.err().contains("would share the output folder"), clash.err());
    Files.writeString(other.resolve("bad.csv"), "time,rv,error\n1,2,3\n2,x,3\n");
    CommandLineTest.Result bad = run("astro", "rv", "fit", stars.resolve(names[0]).toString(),
        other.resolve("bad.csv").toString(), "--model", model.toString(), "--out", refused.toString(), "--no-plots");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("bad.csv") && bad.err().contains("line 3"), bad.err());
    assertFalse(Files.exists(refused), "nothing is written when a table is refused");
    Path tooLong = other.resolve("long.csv");
    assertEquals(0, run("astro", "rv", "simulate", "--epochs", "40", "--seed", "9", "-o", tooLong.toString()).code());
    CommandLineTest.Result slots = run("astro", "rv", "fit", stars.resolve(names[0]).toString(), tooLong.toString(),
        "--model", model.toString(), "--out", refused.toString(), "--no-plots");
    assertEquals(2, slots.code());
    assertTrue(slots.err().contains("at most 30 measurements") && slots.err().contains("long.csv (40)"), slots.err());
    assertFalse(Files.exists(refused), "nothing is written when a table has more measurements than the model takes");
  }

  /**
   * --mcmc: each table's answer beside the reference ensemble MCMC. The MCMC (started from the periodogram, not the
   * truth) finds the simulated period; mcmc-check.csv's cINN columns are the quantiles of the written posterior;
   * catalogue.csv's speed-up is the one defined by the times and effective sample size it reports.
   */
  @Test
  void aCatalogueCheckedAgainstMcmcReportsBothPosteriorsAndTheSpeedUp() throws Exception {
    Path model = tinyModel();
    Path stars = Files.createDirectories(dir.resolve("stars"));
    double[] truePeriods = new double[2];
    for (int i = 0; i < 2; i++) {
      CommandLineTest.Result sim = run("astro", "rv", "simulate", "--epochs", "30", "--seed", Integer.toString(40 + i),
          "-o", stars.resolve("s" + i + ".csv").toString());
      assertEquals(0, sim.code(), sim.err());
      truePeriods[i] = Double.parseDouble(sim.out().lines().filter(l -> l.trim().startsWith("P ")).findFirst()
          .orElseThrow().split("=")[1].trim());
    }
    Path out = dir.resolve("checked");
    int n = 300;
    CommandLineTest.Result fit = run("astro", "rv", "fit", stars.resolve("s0.csv").toString(),
        stars.resolve("s1.csv").toString(), "--model", model.toString(), "--out", out.toString(), "-n",
        Integer.toString(n), "--no-plots", "--mcmc");
    assertEquals(0, fit.code(), fit.out() + fit.err());
    assertTrue(fit.out().contains("MCMC check: "), fit.out());
    List<String> rows = Files.readAllLines(out.resolve("catalogue.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    for (int i = 0; i < 2; i++) {
      Path folder = out.resolve("s" + i);
      List<String> mcmc = Files.readAllLines(folder.resolve("mcmc.csv"));
      assertEquals(n + 1, mcmc.size(), "as many MCMC states as cINN draws");
      double[] p = mcmc.subList(1, mcmc.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[0])).sorted()
          .toArray();
      assertEquals(truePeriods[i], p[p.length / 2], 0.01 * truePeriods[i], "s" + i + ": the MCMC's median period");
      double[] q = Files.readAllLines(folder.resolve("posterior.csv")).stream().skip(1)
          .mapToDouble(l -> Double.parseDouble(l.split(",")[0])).sorted().toArray();
      String[] check = Files.readAllLines(folder.resolve("mcmc-check.csv")).get(1).split(",");
      assertEquals("P", check[0]);
      assertEquals(q[(int) (0.05 * (q.length - 1))], Double.parseDouble(check[1]), 1e-7 * q[q.length / 2], "cINN q05");
      assertEquals(q[(q.length - 1) / 2], Double.parseDouble(check[2]), 1e-7 * q[q.length / 2], "cINN median");
      assertEquals(p[(p.length - 1) / 2], Double.parseDouble(check[5]), 1e-7 * p[p.length / 2], "MCMC median");
      String[] row = rows.get(i + 1).split(",");
      double seconds = Double.parseDouble(row[header.indexOf("mcmc_start_s")])
          + Double.parseDouble(row[header.indexOf("mcmc_sampler_s")]);
      double ess = Double.parseDouble(row[header.indexOf("mcmc_min_ess")]);
      double answer = Double.parseDouble(row[header.indexOf("answer_ms")]) * 1e-3;
      double speedup = Double.parseDouble(row[header.indexOf("speedup_equal_ess")]);
      assertEquals(seconds / ess / (answer / n), speedup, 0.01 * speedup + 0.1, "(t_MCMC / ESS) / (t_cINN / n)");
      double c2st = Double.parseDouble(row[header.indexOf("c2st")]);
      assertTrue(c2st >= 0.3 && c2st <= 1, "C2ST accuracy " + c2st);
    }

    Path sampled = dir.resolve("sampled");
    CommandLineTest.Result one = run("astro", "rv", "fit", stars.resolve("s0.csv").toString(),
        stars.resolve("s1.csv").toString(), "--model", model.toString(), "--out", sampled.toString(), "-n", "100",
        "--no-plots", "--mcmc", "--mcmc-sample", "1");
    assertEquals(0, one.code(), one.out() + one.err());
    assertFalse(Files.exists(sampled.resolve("s0").resolve("mcmc.csv")), "one table of two checked: the later one");
    assertTrue(Files.exists(sampled.resolve("s1").resolve("mcmc.csv")));
    assertTrue(Files.readAllLines(sampled.resolve("catalogue.csv")).get(1).endsWith(",,,,,,,"), "s0 not checked");
    CommandLineTest.Result alone = run("astro", "rv", "fit", stars.resolve("s0.csv").toString(), "--model",
        model.toString(), "--out", dir.resolve("never").toString(), "--mcmc-sample", "3");
    assertEquals(2, alone.code());
    assertTrue(alone.err().contains("--mcmc-sample needs --mcmc"), alone.err());
  }

  /** A tiny periodogram-conditioned model, 20 training steps. */
  private Path tinyModel() throws Exception {
    Path config = dir.resolve("tiny.rv");
    Files.writeString(config, """
        {"name":"tiny","prior":{"periodMin":1.0,"periodMax":1000.0,"semiAmplitudeMax":1000.0,"eccentricityMax":0.95,
          "systemicMin":-100.0,"systemicMax":100.0,"jitterMax":20.0},
         "schedule":{"minEpochs":10,"maxEpochs":30,"baseline":2000.0,"errorMin":1.0,"errorMax":10.0},
         "model":{"couplings":2,"subnet":{"hiddenWidths":[16],"activation":"RELU"},"summaryFeatures":8,
          "summary":{"hiddenWidths":[16],"activation":"RELU"},
          "periodogram":{"periodMin":1.0,"periodMax":1000.0,"baseline":2000.0,"oversampling":5.0,"bins":10,"peaks":2},
          "period":"PEAK_ASINH"},
         "training":{"iterations":20,"batchSize":16,"learningRate":0.001,"schedule":{"type":"cosine","minFactor":0.0},
          "warmupIterations":0,"beta1":0.9,"beta2":0.999,"epsilon":1.0E-8,"weightDecay":0.0,"clipNorm":5.0,
          "validationSize":0,"validationInterval":20,"earlyStoppingPatience":0,"threads":1,"seed":5}}
        """);
    Path model = dir.resolve("tiny.inn");
    CommandLineTest.Result train = run("astro", "rv", "train", config.toString(), "--out", model.toString());
    assertEquals(0, train.code(), train.out() + train.err());
    return model;
  }
}
