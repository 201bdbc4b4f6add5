package org.inversesuite.cli.diagnosis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.cli.plot.CornerPlot;
import org.inversesuite.cli.plot.CoveragePlot;
import org.inversesuite.cli.plot.EcdfDifferencePlot;
import org.inversesuite.cli.plot.RecoveryPlot;
import org.inversesuite.cli.plot.SbcRankPlot;
import org.inversesuite.cli.plot.TarpPlot;
import org.inversesuite.core.config.Json;

/**
 * The files of a diagnosis in a run folder: {@value #JSON} (every number), {@value #CSV} (one
 * row per parameter) and the plots. All are written atomically.
 */
public final class DiagnosticsFiles {
  /** Every number of the diagnosis. */
  public static final String JSON = "diagnostics.json";
  /** The verdict table, one row per parameter. */
  public static final String CSV = "diagnostics.csv";
  /** Corner plot of the posterior of test case 0 with its truth. */
  public static final String CORNER = "corner.png";
  /** Corner plot of the cINN posterior over rejection ABC for the first C2ST observation. */
  public static final String CORNER_ABC = "corner-abc.png";

  private DiagnosticsFiles() {}

  /** Writes the JSON, the CSV and every plot of {@code d}; returns the summary written. */
  public static DiagnosticsSummary write(RunFolder folder, Diagnosis d, List<String> names) {
    DiagnosticsSummary summary = DiagnosticsSummary.of(d);
    folder.writeJson(JSON, summary);
    folder.writeCsv(CSV, List.of("parameter", "sbc_inside_band", "sbc_chi2_p", "sbc_max_ecdf_deviation",
        "calibration_error", "contraction", "z_score_mean", "z_score_rms", "recovery_r2", "recovery_rmse",
        "recovery_correlation"), rows(d.verdicts()));
    Path dir = folder.path();
    SbcRankPlot.save(dir, d.sbc());
    EcdfDifferencePlot.save(dir, d.sbc());
    double[] calibrationError = d.verdicts().stream().mapToDouble(ParameterVerdict::calibrationError).toArray();
    CoveragePlot.save(dir, d.coverage(), calibrationError);
    RecoveryPlot.save(dir, d.recovery());
    TarpPlot.save(dir, d.tarp());
    CornerPlot.save(folder.file(CORNER), names, List.of(d.corner()), List.of("cINN posterior"), d.cornerTruth(),
        "Posterior of test case 0: " + d.corner().rows() + " samples");
    if (!d.abcCorner().isEmpty()) {
      C2stCheck first = d.c2st().get(0);
      CornerPlot.save(folder.file(CORNER_ABC), names, d.abcCorner(), List.of("cINN posterior", "rejection ABC"), null,
          String.format(java.util.Locale.ROOT, "Reference observation %d, y* = %s: C2ST accuracy %.2f",
              first.observation(), first.y().stream().map(v -> String.format(java.util.Locale.ROOT, "%.3f", v))
                  .toList(), first.accuracy()));
    }
    return summary;
  }

  private static List<List<String>> rows(List<ParameterVerdict> verdicts) {
    List<List<String>> rows = new ArrayList<>();
    for (ParameterVerdict v : verdicts) {
      rows.add(List.of(v.name(), Boolean.toString(v.sbcInsideBand()), Double.toString(v.sbcChiSquarePValue()),
          Double.toString(v.sbcMaxEcdfDeviation()), Double.toString(v.calibrationError()),
          Double.toString(v.contraction()), Double.toString(v.zScoreMean()), Double.toString(v.zScoreRms()),
          Double.toString(v.recoveryR2()), Double.toString(v.recoveryRmse()),
          Double.toString(v.recoveryCorrelation())));
    }
    return rows;
  }

  /**
   * @return the summary stored in the folder, or empty if it has not been diagnosed
   * @throws IllegalArgumentException if {@value #JSON} exists but cannot be read
   */
  public static Optional<DiagnosticsSummary> read(Path folder) {
    Path file = folder.resolve(JSON);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(file.toFile(), DiagnosticsSummary.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " cannot be read (" + e.getOriginalMessage()
          + "); run inverse diagnose again", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
