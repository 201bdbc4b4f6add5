package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inversesuite.cli.diagnosis.DiagnosticsFiles;
import org.inversesuite.cli.diagnosis.DiagnosticsSummary;
import org.inversesuite.cli.diagnosis.ParameterVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse diagnose} tells a calibrated posterior from a too narrow one: the prior itself
 * (calibrated under SBC, but it learned nothing) passes, and the same model with the
 * x-normalisation scaled down 2x fails for every parameter. Seed 2: with four parameters a
 * calibrated model leaves one 95% band in up to 19% of seeds (the default 1234 is one of them),
 * which the verdict line says.
 */
class DiagnoseCalibrationTest {
  @TempDir
  Path dir;

  @Test
  void priorPassesAndTwiceTooNarrowFails() throws Exception {
    Path exact = PriorModelRun.create(dir.resolve("exact"), 1.0);
    var ok = CommandLineTest.run("diagnose", exact.toString(), "--cases", "200", "--samples", "39", "--c2st", "0",
        "--seed", "2", "--quiet");
    assertEquals(0, ok.code(), ok.err() + ok.out());
    DiagnosticsSummary calibrated = DiagnosticsFiles.read(exact).orElseThrow();
    assertTrue(calibrated.calibrated(), ok.out());
    for (ParameterVerdict v : calibrated.parameters()) {
      assertEquals(0, v.contraction(), 0.15, "the prior contracts nothing: " + v);
      assertEquals(1, v.zScoreRms(), 0.2, v.toString());
      assertTrue(v.calibrationError() < 0.06, v.toString());
    }
    assertTrue(ok.out().contains("verdict: calibrated"), ok.out());

    Path narrow = PriorModelRun.create(dir.resolve("narrow"), 0.5);
    var bad = CommandLineTest.run("diagnose", narrow.toString(), "--cases", "200", "--samples", "39", "--c2st", "0",
        "--seed", "2", "--quiet");
    assertEquals(0, bad.code(), bad.err() + bad.out());
    DiagnosticsSummary miscalibrated = DiagnosticsFiles.read(narrow).orElseThrow();
    assertFalse(miscalibrated.calibrated(), bad.out());
    for (ParameterVerdict v : miscalibrated.parameters()) {
      assertFalse(v.sbcInsideBand(), v.toString());
      assertTrue(v.zScoreRms() > 1.6, "twice too narrow: z rms about 2, got " + v);
      assertTrue(v.calibrationError() > 0.15, v.toString());
    }
    assertTrue(bad.out().contains("NOT calibrated"), bad.out());
    assertTrue(bad.out().contains("OUTSIDE"), bad.out());
  }
}
