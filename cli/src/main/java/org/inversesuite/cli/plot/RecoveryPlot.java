package org.inversesuite.cli.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.diagnostics.RecoveryResult;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Parameter recovery, one panel per parameter: the posterior mean of every test case against its
 * true value, with the diagonal of perfect recovery and R² and RMSE in the legend. Both axes
 * share one range, so the diagonal runs corner to corner.
 */
public final class RecoveryPlot {
  /** Base name of the files written ({@code .png} and {@code .svg}). */
  public static final String NAME = "recovery";
  private static final int SIZE = 330;

  private RecoveryPlot() {}

  /** Writes {@value #NAME}.png and .svg into {@code folder}. */
  public static void save(Path folder, RecoveryResult recovery) {
    Matrix truths = recovery.truths();
    Matrix estimates = recovery.estimates();
    double[] r2 = recovery.r2();
    double[] rmse = recovery.rmse();
    List<XYChart> panels = new ArrayList<>();
    for (int j = 0; j < recovery.names().size(); j++) {
      String name = recovery.names().get(j);
      int m = truths.rows();
      double[] t = new double[m];
      double[] e = new double[m];
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        t[i] = truths.get(i, j);
        e[i] = estimates.get(i, j);
        low = Math.min(low, Math.min(t[i], e[i]));
        high = Math.max(high, Math.max(t[i], e[i]));
      }
      double pad = 0.05 * (high - low > 0 ? high - low : 1);
      low -= pad;
      high += pad;
      XYChart chart = Charts.chart(SIZE, SIZE, name, "true " + name, "posterior mean of " + name);
      chart.getStyler().setXAxisMin(low).setXAxisMax(high).setYAxisMin(low).setYAxisMax(high);
      chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
      chart.getStyler().setMarkerSize(5);
      chart.getStyler().setXAxisDecimalPattern("0.0#").setYAxisDecimalPattern("0.0#");
      Charts.referenceLine(chart, "perfect recovery", new double[] {low, high}, new double[] {low, high})
          .setShowInLegend(false);
      XYSeries points = chart.addSeries(String.format(Locale.ROOT, "R² = %.3f, RMSE = %.3g", r2[j], rmse[j]), t, e);
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(Charts.withAlpha(Charts.color(0), 110));
      panels.add(chart);
    }
    new Figure("Recovery: posterior mean against the true value, " + truths.rows() + " test cases", panels,
        SbcRankPlot.columns(panels.size()), List.of(
            new LegendEntry("one test case", Charts.withAlpha(Charts.color(0), 160), LegendEntry.Swatch.POINT),
            new LegendEntry("perfect recovery", Charts.REFERENCE, LegendEntry.Swatch.DASHED))).save(folder, NAME);
  }
}
