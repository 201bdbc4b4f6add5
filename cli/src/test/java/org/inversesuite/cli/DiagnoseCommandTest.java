package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.cli.diagnosis.DiagnosticsFiles;
import org.inversesuite.cli.diagnosis.DiagnosticsSummary;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse diagnose}, {@code evaluate} and {@code report} on a run trained in the test
 * (40 steps, one evaluation observation): the files, the verdict table and the report.
 */
class DiagnoseCommandTest {
  @TempDir
  static Path dir;
  static Path run;

  @BeforeAll
  static void train() {
    run = dir.resolve("run");
    CommandLineTest.Result train = CommandLineTest.run("train", "--quiet", "--out", run.toString(),
        "--set", "training.iterations=40", "--set", "training.batchSize=64", "--set", "training.validationSize=256",
        "--set", "training.validationInterval=20", "--set", "evaluation.observations=1",
        "--set", "evaluation.samplesPerObservation=100", "--set", "evaluation.abcEpsilon=0.05");
    assertEquals(0, train.code(), train.err() + train.out());
  }

  @Test
  void diagnoseWritesNumbersPlotsReportAndVerdictTable() throws Exception {
    CommandLineTest.Result r = CommandLineTest.run("diagnose", run.toString(), "--cases", "60", "--samples", "39",
        "--c2st", "1", "--quiet");
    assertEquals(0, r.code(), r.err() + r.out());
    for (String line : new String[] {"parameter  SBC band", "x1 ", "theta1 ", "theta2 ", "theta3 ", "TARP (joint)",
        "C2ST vs ABC   observation 0: accuracy", "verdict: "}) {
      assertTrue(r.out().contains(line), "missing '" + line + "' in\n" + r.out());
    }
    for (String f : new String[] {"diagnostics.json", "diagnostics.csv", "sbc-ranks.png", "sbc-ranks.svg",
        "sbc-ecdf.png", "sbc-ecdf.svg", "coverage.png", "coverage.svg", "recovery.png", "recovery.svg", "tarp.png",
        "tarp.svg", "corner.png", "corner-abc.png", "report.html"}) {
      assertTrue(Files.size(run.resolve(f)) > 0, f);
    }
    List<String> csv = Files.readAllLines(run.resolve("diagnostics.csv"));
    assertEquals(5, csv.size(), "header and one row per parameter: " + csv);
    assertTrue(csv.get(0).startsWith("parameter,sbc_inside_band,"), csv.get(0));
    DiagnosticsSummary summary = DiagnosticsFiles.read(run).orElseThrow();
    assertEquals(60, summary.cases());
    assertEquals(39, summary.samplesPerCase());
    assertEquals(4, summary.parameters().size());
    assertEquals(1, summary.c2st().size());
    assertEquals(100, summary.c2st().get(0).abcSamples());

    String html = Files.readString(run.resolve("report.html"));
    assertReferencesEveryPlot(html);
    Files.delete(run.resolve("report.html"));
    CommandLineTest.Result report = CommandLineTest.run("report", run.toString());
    assertEquals(0, report.code(), report.err());
    assertReferencesEveryPlot(Files.readString(run.resolve("report.html")));
    assertTrue(Files.readString(run.resolve("report.html")).contains("Calibration diagnostics"));
  }

  @Test
  void evaluateReproducesTheComparisonTrainingWrote() throws Exception {
    byte[] before = Files.readAllBytes(run.resolve("posterior-quality.csv"));
    JsonNode metricsBefore = Json.mapper().readTree(run.resolve("metrics.json").toFile());
    CommandLineTest.Result r = CommandLineTest.run("evaluate", run.toString(), "--quiet");
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("MMD²"), r.out());
    assertArrayEquals(before, Files.readAllBytes(run.resolve("posterior-quality.csv")),
        "same model, config and seed: the same comparison");
    JsonNode metrics = Json.mapper().readTree(run.resolve("metrics.json").toFile());
    assertEquals(metricsBefore.get("training"), metrics.get("training"), "the training part is kept");
    assertEquals(metricsBefore.get("mmd2Mean"), metrics.get("mmd2Mean"));
    assertTrue(metrics.has("evaluatedUtc") && metrics.get("evaluation").get("observations").asInt() == 1);
  }

  private static void assertReferencesEveryPlot(String html) throws Exception {
    try (Stream<Path> files = Files.list(run)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".svg")).toList()) {
        String name = p.getFileName().toString();
        assertTrue(html.contains("\"" + name + "\""), "report.html does not reference " + name);
      }
    }
  }
}
