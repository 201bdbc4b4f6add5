package org.inversesuite.cli.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The coverage (calibration) curve: the share of cases whose central credible interval of level
 * q holds the truth, against q, one line per parameter, with the diagonal and the band of ±2
 * Monte Carlo standard errors √(q(1 − q)/m) around it. Below the diagonal: over-confident
 * (too narrow) intervals; above: under-confident ones.
 */
public final class CoveragePlot {
  /** Base name of the files written ({@code .png} and {@code .svg}). */
  public static final String NAME = "coverage";

  private CoveragePlot() {}

  /**
   * Writes {@value #NAME}.png and .svg into {@code folder}.
   *
   * @param calibrationError the calibration error of each parameter, shown in the legend
   */
  public static void save(Path folder, CoverageResult coverage, double[] calibrationError) {
    double[] q = coverage.levels();
    double[] se = coverage.standardErrors();
    int n = q.length;
    double[] x = new double[n + 2];
    double[] low = new double[n + 2];
    double[] high = new double[n + 2];
    x[n + 1] = 1;
    low[n + 1] = 1;
    high[n + 1] = 1;
    for (int k = 0; k < n; k++) {
      x[k + 1] = q[k];
      low[k + 1] = Math.max(0, q[k] - 2 * se[k]);
      high[k + 1] = Math.min(1, q[k] + 2 * se[k]);
    }
    XYChart chart = Charts.chart(600, 640, "Coverage of central credible intervals (m = " + coverage.cases()
        + " cases)", "nominal level q", "share of cases whose interval holds the truth");
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisDecimalPattern("0.0#").setYAxisDecimalPattern("0.0#");
    chart.getStyler().setMarkerSize(6);
    Charts.roundXTicks(chart, 0.5 / Math.PI, 0);
    Charts.band(chart, "±2 standard errors if calibrated", x, low, high, Charts.BAND);
    Charts.referenceLine(chart, "calibrated", new double[] {0, 1}, new double[] {0, 1});
    List<String> names = coverage.names();
    for (int j = 0; j < names.size(); j++) {
      XYSeries s = chart.addSeries(String.format(Locale.ROOT, "%s (calibration error %.3f)", names.get(j),
          calibrationError[j]), q, coverage.coverage(j));
      s.setLineColor(Charts.color(j));
      s.setMarkerColor(Charts.color(j));
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    new Figure("", List.of(chart), 1, List.of()).save(folder, NAME);
  }
}
