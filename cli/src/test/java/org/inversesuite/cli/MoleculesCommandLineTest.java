package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.cli.CommandLineTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse molecules}: a tiny training run, generation to SD and SMILES files, evaluation, and bad input. */
class MoleculesCommandLineTest {
  private static final String SMILES = String.join("\n", "CCO ethanol", "c1ccccc1 benzene", "C1CC(C broken",
      "CC(=O)Oc1ccccc1C(=O)O aspirin", "CCN(CC)CC triethylamine", "CCCCCCCC octane", "Clc1ccc(Cl)cc1 dcb", "NCCO ea",
      "CC(C)Cc1ccc(cc1)C(C)C(=O)O ibuprofen", "c1ccc2ccccc2c1 naphthalene", "OCC(O)CO glycerol", "CCOC(=O)C etac",
      "Brc1ccccc1 bromobenzene", "CC(=O)N acetamide", "c1ccncc1 pyridine", "CCCCO butanol", "FC(F)(F)c1ccccc1 tft", "");

  @TempDir
  Path dir;

  private Path trainTiny(Path data) {
    Path model = dir.resolve("model");
    Result train = CommandLineTest.run("molecules", "train", data.toString(), "--out", model.toString(), "--quiet",
        "--iterations", "20", "--blocks", "2", "--hidden", "16", "--batch", "16");
    assertEquals(0, train.code(), train.err() + train.out());
    assertTrue(train.out().contains("line 3 (record 3, id broken): UNPARSABLE"), train.out());
    assertTrue(train.out().contains("forward logP from symbol counts, held-out"), train.out());
    return model;
  }

  @Test
  void trainsGeneratesAndEvaluates() throws Exception {
    Path data = Files.writeString(dir.resolve("tiny.smi"), SMILES);
    Path model = trainTiny(data);
    Path sdf = dir.resolve("out.sdf");
    Path png = dir.resolve("out.png");
    Result gen = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "2.5", "-n", "12",
        "-o", sdf.toString(), "--png", png.toString());
    assertEquals(0, gen.code(), gen.err() + gen.out());
    String text = Files.readString(sdf);
    long entries = text.lines().filter(l -> l.equals("$$$$")).count();
    assertTrue(entries >= 1 && entries <= 12, "entries " + entries);
    assertEquals(entries, text.lines().filter(l -> l.equals("> <logP_WildmanCrippen>")).count());
    assertTrue(text.contains("> <target_logP>\n2.5000"), text);
    assertTrue(Files.size(png) > 1000);

    Result again = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "2.5", "-o", sdf.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("exists; use --force"), again.err());

    Path smi = dir.resolve("out.smi");
    Result gen2 = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "0", "-n", "5", "-o", smi.toString(),
        "--rerank", "4");
    assertEquals(0, gen2.code(), gen2.err());
    assertTrue(gen2.out().contains("nearest 5 of 20 cINN candidates"), gen2.out());
    List<String> lines = Files.readAllLines(smi);
    assertTrue(!lines.isEmpty() && lines.size() <= 5 && lines.get(0).split("\t").length == 3, lines.toString());

    Path eval = dir.resolve("eval");
    Result ev = CommandLineTest.run("molecules", "evaluate", "--model", model.toString(), "-n", "10", "--targets=1,3",
        "--diversity-sample", "5", "--out", eval.toString(), "--rerank", "3");
    assertEquals(0, ev.code(), ev.err() + ev.out());
    String table = Files.readString(eval.resolve("evaluation.md"));
    assertTrue(table.contains("| 3.0 |"), table);
    assertTrue(table.contains("| cINN |") && table.contains("| cINN, best n of 3·n by logP |") && table.contains("(k = 3)"), table);
    assertTrue(Files.size(eval.resolve("logp-vs-target.png")) > 1000);

    Path cal = dir.resolve("cal");
    Result c = CommandLineTest.run("molecules", "calibrate", "--model", model.toString(), "--knots=0.5,2.5", "--temperatures=0.7,1",
        "--grid=-1,1,3,5", "--curve-samples", "10", "-n", "12", "--out", cal.toString());
    assertEquals(0, c.code(), c.err() + c.out());
    assertTrue(Files.readString(cal.resolve("calibration.md")).contains("| 2.50 |"), c.out());
    Result ev2 = CommandLineTest.run("molecules", "evaluate", "--model", model.toString(), "-n", "10", "--targets=1,3",
        "--diversity-sample", "5", "--out", dir.resolve("eval2").toString(), "--schedule", cal.resolve("schedule.json").toString());
    assertEquals(0, ev2.code(), ev2.err() + ev2.out());
    assertTrue(Files.readString(dir.resolve("eval2").resolve("evaluation.md")).contains("sampled with schedule"), ev2.out());
    Path eval4 = dir.resolve("eval4");
    Result ev4 = CommandLineTest.run("molecules", "evaluate", "--model", model.toString(), "-n", "10", "--targets=1,3",
        "--diversity-sample", "5", "--out", eval4.toString(), "--schedule", cal.resolve("schedule.json").toString(),
        "--rerank", "2,3", "--window-cap", "4");
    assertEquals(0, ev4.code(), ev4.err() + ev4.out());
    String table4 = Files.readString(eval4.resolve("evaluation.md"));
    assertTrue(table4.contains("| cINN, best n of 2·n by logP |") && table4.contains("| cINN, best n of 3·n by logP |")
        && table4.contains("| cINN, window acceptance: first n within ±0.5 of ≤4·n (") && table4.contains("draws accepted,"), table4);
    for (String png4 : List.of("logp-vs-target.png", "logp-vs-target-nearest-k2.png", "logp-vs-target-nearest-k3.png",
        "logp-vs-target-window-k4.png")) {
      assertTrue(Files.size(eval4.resolve(png4)) > 1000, png4);
    }
    Result gen3 = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "1", "-n", "4",
        "--schedule", cal.resolve("schedule.json").toString());
    assertEquals(0, gen3.code(), gen3.err());
    assertTrue(gen3.out().contains("schedule: asked"), gen3.out());
    for (String[] w : new String[][] {{"1.5", "20"}, {"0.001", "1"}}) {
      Path win = dir.resolve("win-" + w[0] + ".smi");
      Result gw = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "1", "-n", "6",
          "--schedule", cal.resolve("schedule.json").toString(), "--window", w[0], "--window-cap", w[1], "-o", win.toString());
      assertEquals(0, gw.code(), gw.err());
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("window ±([0-9.]+): (\\d+) of (\\d+) cINN candidates accepted"
          + " \\(([0-9.]+)%\\), (\\d+) filled").matcher(gw.out());
      assertTrue(m.find(), gw.out());
      double halfWidth = Double.parseDouble(w[0]);
      assertEquals(halfWidth, Double.parseDouble(m.group(1)));
      int accepted = Integer.parseInt(m.group(2));
      int filled = Integer.parseInt(m.group(5));
      assertEquals(6, accepted + filled, gw.out());
      assertTrue(Integer.parseInt(m.group(3)) <= 6 * Integer.parseInt(w[1]), gw.out());
      assertEquals(100.0 * accepted / Integer.parseInt(m.group(3)), Double.parseDouble(m.group(4)), 0.051, gw.out());
      assertEquals(filled > 0, gw.out().contains("flagged 'filled'"), gw.out());
      int flaggedFilled = 0;
      for (String line : Files.readAllLines(win)) {
        String[] f = line.split("\t");
        boolean inside = Math.abs(Double.parseDouble(f[2]) - 1) <= halfWidth + 1e-4;
        assertTrue(f[3].equals("filled") ? !inside : f[3].equals("accepted") && inside, line);
        flaggedFilled += f[3].equals("filled") ? 1 : 0;
      }
      assertEquals(filled, flaggedFilled, gw.out());
      if (w[0].equals("0.001")) {
        assertTrue(filled > 0, "a window of ±0.001 with one draw per molecule fills: " + gw.out());
      }
    }
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"knots\": [1, 0], \"asked\": [1, 0], \"temperatures\": [1, 1]}");
    Result badSchedule = CommandLineTest.run("molecules", "evaluate", "--model", model.toString(), "-n", "10", "--targets=1",
        "--out", dir.resolve("eval3").toString(), "--schedule", bad.toString());
    assertEquals(2, badSchedule.code());
    assertTrue(badSchedule.err().contains("bad.json") && badSchedule.err().contains("increase strictly"), badSchedule.err());
    Result noSchedule = CommandLineTest.run("molecules", "generate", "--model", model.toString(), "--logp", "1",
        "--schedule", dir.resolve("none.json").toString());
    assertEquals(2, noSchedule.code());
    assertTrue(noSchedule.err().contains("schedule file not found"), noSchedule.err());

    Result broken = CommandLineTest.run("molecules", "train", brokenSdf(text).toString(), "--out", dir.resolve("m2").toString(),
        "--quiet", "--iterations", "5", "--blocks", "1", "--hidden", "8", "--batch", "4");
    assertTrue(broken.out().contains("(record 2"), broken.out() + broken.err());
  }

  private Path brokenSdf(String sdf) throws Exception {
    String[] records = sdf.split("\\$\\$\\$\\$\n");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < records.length; i++) {
      String r = records[i];
      if (i == 1) {
        String[] lines = r.split("\n", -1);
        lines[3] = "  x  y  broken counts line";
        r = String.join("\n", lines);
      }
      b.append(r).append("$$$$\n");
    }
    return Files.writeString(dir.resolve("broken.sdf"), b.toString());
  }

  @Test
  void badInputGivesMessagesNotStackTraces() throws Exception {
    Result notANumber = CommandLineTest.run("molecules", "generate", "--model", dir.toString(), "--logp", "abc");
    assertEquals(2, notANumber.code());
    assertTrue(notANumber.err().contains("--logp") && notANumber.err().contains("abc"), notANumber.err());

    Result nan = CommandLineTest.run("molecules", "generate", "--model", dir.toString(), "--logp", "NaN");
    assertEquals(2, nan.code());
    assertTrue(nan.err().contains("--logp must be a finite number"), nan.err());

    Path empty = Files.writeString(dir.resolve("empty.smi"), "");
    Result e = CommandLineTest.run("molecules", "train", empty.toString(), "--out", dir.resolve("m").toString());
    assertEquals(2, e.code(), e.err());
    assertTrue(e.err().contains("empty.smi"), e.err());
    assertTrue(!e.err().contains("\tat "), e.err());

    Path garbage = Files.writeString(dir.resolve("bad.smi"), "not-a-smiles 1\nC1CC 2\n");
    Result g = CommandLineTest.run("molecules", "train", garbage.toString(), "--out", dir.resolve("m").toString());
    assertEquals(2, g.code(), g.err());
    assertTrue(g.out().contains("line 1 (record 1, id 1): UNPARSABLE") && g.out().contains("line 2 (record 2, id 2)"), g.out());
    assertTrue(g.err().contains("no molecule can be used for training"), g.err());

    String[][] badSelections = {{"--rerank", "0"}, {"--rerank", "2,2"}, {"--rerank", "1,3"}, {"--window", "0.3"},
        {"--window-cap", "-1"}, {"--window-cap", "5", "--window", "0"}, {"--window-cap", "5", "--window", "NaN"}};
    String[] named = {"--rerank", "--rerank", "--rerank", "--window needs --window-cap", "--window-cap", "--window", "--window"};
    for (int i = 0; i < badSelections.length; i++) {
      List<String> args = new java.util.ArrayList<>(List.of("molecules", "evaluate", "--model", dir.resolve("nothing").toString(),
          "--out", dir.resolve("e" + i).toString()));
      args.addAll(List.of(badSelections[i]));
      Result r = CommandLineTest.run(args.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", badSelections[i]) + ": " + r.err());
      assertTrue(r.err().contains(named[i]) && !r.err().contains("\tat "), String.join(" ", badSelections[i]) + ": " + r.err());
      assertEquals(2, r.err().lines().count(), "one line and the --verbose hint: " + r.err());
    }

    String[][] badGenerate = {{"--window", "0.3"}, {"--window-cap", "-1"}, {"--window-cap", "5", "--window", "0"},
        {"--window-cap", "5", "--window", "NaN"}, {"--window-cap", "5", "--rerank", "3"}};
    String[] namedGenerate = {"--window needs --window-cap", "--window-cap", "--window", "--window", "are two selections"};
    for (int i = 0; i < badGenerate.length; i++) {
      List<String> args = new java.util.ArrayList<>(List.of("molecules", "generate", "--model", dir.resolve("nothing").toString(),
          "--logp", "1"));
      args.addAll(List.of(badGenerate[i]));
      Result r = CommandLineTest.run(args.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", badGenerate[i]) + ": " + r.err());
      assertTrue(r.err().contains(namedGenerate[i]) && !r.err().contains("\tat "), String.join(" ", badGenerate[i]) + ": " + r.err());
      assertEquals(2, r.err().lines().count(), "one line and the --verbose hint: " + r.err());
    }

    Result missing = CommandLineTest.run("molecules", "generate", "--model", dir.resolve("nothing").toString(), "--logp", "1");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("model not found"), missing.err());
  }
}
