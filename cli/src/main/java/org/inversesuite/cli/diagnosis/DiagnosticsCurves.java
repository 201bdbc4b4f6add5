package org.inversesuite.cli.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.TarpResult;

/**
 * The numbers behind the diagnostic plots, as stored in {@code diagnostics.json}; per-parameter
 * lists are in parameter order.
 *
 * @param sbcAlpha level α of the simultaneous ECDF band
 * @param sbcBandCoverage the band's exact probability of holding a calibrated ECDF (≥ 1 − α)
 * @param sbcEvaluationPoints the fractional ranks z of the ECDF
 * @param sbcLowerBand lower edge of the band as an ECDF difference
 * @param sbcUpperBand upper edge of the band as an ECDF difference
 * @param sbcEcdfDifference F̂(z) − z per parameter
 * @param sbcExpectedBinCounts expected count per rank bin
 * @param sbcHistograms rank counts per bin, per parameter
 * @param coverageLevels nominal levels q
 * @param coverage empirical coverage at each level, per parameter
 * @param tarpAlphas credibility levels α of TARP
 * @param tarpEcp expected coverage probability at each α
 */
public record DiagnosticsCurves(double sbcAlpha, double sbcBandCoverage, double[] sbcEvaluationPoints,
    double[] sbcLowerBand, double[] sbcUpperBand, List<double[]> sbcEcdfDifference, double[] sbcExpectedBinCounts,
    List<int[]> sbcHistograms, double[] coverageLevels, List<double[]> coverage, double[] tarpAlphas,
    double[] tarpEcp) {

  /** @return the curves of the three results */
  public static DiagnosticsCurves of(SbcResult sbc, CoverageResult coverage, TarpResult tarp) {
    List<double[]> ecdf = new ArrayList<>();
    List<int[]> histograms = new ArrayList<>();
    List<double[]> cover = new ArrayList<>();
    for (int j = 0; j < sbc.names().size(); j++) {
      ecdf.add(sbc.ecdfDifference(j));
      histograms.add(sbc.histogram(j));
      cover.add(coverage.coverage(j));
    }
    return new DiagnosticsCurves(sbc.band().alpha(), sbc.band().coverage(), sbc.evaluationPoints(),
        sbc.lowerBandDifference(), sbc.upperBandDifference(), ecdf, sbc.expectedBinCounts(), histograms,
        coverage.levels(), cover, tarp.alphas(), tarp.ecp());
  }
}
