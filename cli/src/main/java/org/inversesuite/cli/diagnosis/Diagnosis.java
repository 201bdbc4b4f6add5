package org.inversesuite.cli.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.RecoveryResult;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.TarpResult;
import org.inversesuite.core.tensor.Matrix;

/**
 * Everything {@link DiagnosticsRunner} found for one model: the per-parameter verdicts, the data
 * behind every plot and the C2ST checks.
 *
 * @param settings how the model was tested
 * @param problem the problem id
 * @param verdicts one row per parameter
 * @param sbc ranks, histograms and ECDF band
 * @param coverage the coverage curve
 * @param recovery posterior means against truths
 * @param tarp the joint coverage curve
 * @param c2st the two-sample tests against ABC (may be empty)
 * @param c2stNote why there is no C2ST, or which settings it used
 * @param corner posterior samples of test case 0, for the corner plot, shape [n, d]
 * @param cornerTruth the true parameters of test case 0
 * @param abcCorner {cINN samples, ABC samples} for the first C2ST observation, or empty
 * @param seconds wall time of the diagnosis
 */
public record Diagnosis(DiagnosisSettings settings, String problem, List<ParameterVerdict> verdicts, SbcResult sbc,
    CoverageResult coverage, RecoveryResult recovery, TarpResult tarp, List<C2stCheck> c2st, String c2stNote,
    Matrix corner, double[] cornerTruth, List<Matrix> abcCorner, double seconds) {
  /** Copies the lists. */
  public Diagnosis {
    verdicts = List.copyOf(verdicts);
    c2st = List.copyOf(c2st);
    abcCorner = List.copyOf(abcCorner);
    cornerTruth = cornerTruth.clone();
  }

  /** @return the names of the parameters whose SBC ECDF leaves the band */
  public List<String> outsideBand() {
    List<String> out = new ArrayList<>();
    for (ParameterVerdict v : verdicts) {
      if (!v.sbcInsideBand()) {
        out.add(v.name());
      }
    }
    return out;
  }
}
