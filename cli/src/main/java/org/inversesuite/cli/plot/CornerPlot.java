package org.inversesuite.cli.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A corner plot of posterior samples for one observation (after Foreman-Mackey's corner.py):
 * histograms of each parameter on the diagonal, a scatter of every pair below it, the true
 * parameters marked by red lines, and a legend in the free upper-right cell. Several sample sets (the
 * cINN and a reference posterior) are overlaid in the palette's colours. Axis ranges hold the
 * central 99% of the pooled samples and the truth, and are shared along rows and columns. PNG
 * only: thousands of points make a vector file heavy.
 */
public final class CornerPlot {
  private static final int BINS = 30;
  private static final int MAX_POINTS = 1500;

  private CornerPlot() {}

  /**
   * @param names the parameter names, one per column of every sample set
   * @param sets sample sets, each of shape [n, d]
   * @param labels one legend label per set
   * @param truth the true parameters, length d, or null when unknown
   * @param title the figure title
   */
  public static void save(Path file, List<String> names, List<Matrix> sets, List<String> labels, double[] truth,
      String title) {
    int d = names.size();
    int size = d <= 3 ? 280 : d <= 5 ? 235 : 180;
    double[][] ranges = ranges(d, sets, truth);
    List<XYChart> panels = new ArrayList<>();
    for (int row = 0; row < d; row++) {
      for (int col = 0; col < d; col++) {
        if (col == row) {
          panels.add(histogram(size, names.get(col), col, ranges[col], sets, truth == null ? Double.NaN : truth[col]));
        } else if (col < row) {
          panels.add(scatter(size, names.get(col), names.get(row), ranges[col], ranges[row], sets, col, row, truth));
        } else {
          panels.add(row == 0 && col == d - 1 ? legend(size, labels, truth != null) : null);
        }
      }
    }
    new Figure(title, panels, d, List.of()).savePng(file);
  }

  private static XYChart base(int size, String xTitle, String yTitle, double[] xRange) {
    XYChart chart = Charts.chart(size, size, null, xTitle, yTitle);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
    chart.getStyler().setYAxisLeftWidthHint(38);
    chart.getStyler().setXAxisDecimalPattern(Charts.decimalPattern(xRange)).setYAxisDecimalPattern("0.0#");
    // small panels: XChart's default of one tick per 74 px left a single label on some axes
    chart.getStyler().setXAxisTickMarkSpacingHint(45);
    chart.getStyler().setChartTitleVisible(false);
    return chart;
  }

  private static XYChart histogram(int size, String name, int col, double[] range, List<Matrix> sets, double truth) {
    XYChart chart = base(size, name, "density", range);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    double width = (range[1] - range[0]) / BINS;
    double top = 0;
    for (int s = 0; s < sets.size(); s++) {
      Matrix m = sets.get(s);
      double[] counts = new double[BINS];
      for (int r = 0; r < m.rows(); r++) {
        int b = (int) Math.floor((m.get(r, col) - range[0]) / width);
        if (b >= 0 && b < BINS) {
          counts[b] += 1.0 / (m.rows() * width);
        }
      }
      double[] x = new double[2 * BINS + 2];
      double[] y = new double[2 * BINS + 2];
      x[0] = range[0];
      for (int b = 0; b < BINS; b++) {
        x[2 * b + 1] = range[0] + b * width;
        x[2 * b + 2] = range[0] + (b + 1) * width;
        y[2 * b + 1] = counts[b];
        y[2 * b + 2] = counts[b];
        top = Math.max(top, counts[b]);
      }
      x[2 * BINS + 1] = range[1];
      XYSeries h = chart.addSeries("set " + s, x, y);
      h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      h.setMarker(SeriesMarkers.NONE);
      h.setFillColor(Charts.withAlpha(Charts.color(s), 70));
      h.setLineColor(Charts.color(s));
    }
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(top * 1.1);
    Charts.roundXTicks(chart, range[0] + (range[1] - range[0]) / Math.PI, 0);
    if (Double.isFinite(truth)) {
      Charts.line(chart, "truth", new double[] {truth, truth}, new double[] {0, top * 1.1}, Charts.TRUTH, 1.8f);
    }
    return chart;
  }

  private static XYChart scatter(int size, String xName, String yName, double[] xRange, double[] yRange,
      List<Matrix> sets, int xCol, int yCol, double[] truth) {
    XYChart chart = base(size, xName, yName, xRange);
    chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]).setYAxisDecimalPattern(Charts.decimalPattern(yRange));
    chart.getStyler().setMarkerSize(4);
    for (int s = 0; s < sets.size(); s++) {
      Matrix m = sets.get(s);
      int n = Math.min(MAX_POINTS, m.rows());
      double[] x = new double[n];
      double[] y = new double[n];
      for (int r = 0; r < n; r++) {
        x[r] = m.get(r, xCol);
        y[r] = m.get(r, yCol);
      }
      XYSeries points = chart.addSeries("set " + s, x, y);
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(Charts.withAlpha(Charts.color(s), sets.size() > 1 ? 70 : 90));
    }
    if (truth != null) {
      Charts.line(chart, "truth x", new double[] {truth[xCol], truth[xCol]}, yRange, Charts.TRUTH, 1.3f);
      Charts.line(chart, "truth y", xRange, new double[] {truth[yCol], truth[yCol]}, Charts.TRUTH, 1.3f);
    }
    return chart;
  }

  /** A cell with the legend only: series drawn outside the visible range, axes hidden. */
  private static XYChart legend(int size, List<String> labels, boolean truth) {
    XYChart chart = Charts.chart(size, size, null, "", "");
    Styler.LegendPosition position = Styler.LegendPosition.InsideNE;
    chart.getStyler().setLegendPosition(position).setLegendBorderColor(Color.WHITE);
    chart.getStyler().setAxisTicksVisible(false).setAxisTitlesVisible(false).setPlotGridLinesVisible(false);
    chart.getStyler().setChartTitleVisible(false).setMarkerSize(9);
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    for (int s = 0; s < labels.size(); s++) {
      XYSeries series = chart.addSeries(labels.get(s), new double[] {-1}, new double[] {-1});
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(Charts.color(s));
    }
    if (truth) {
      Charts.line(chart, "true parameters", new double[] {-2, -1}, new double[] {-1, -1}, Charts.TRUTH, 1.8f);
    }
    return chart;
  }

  /** @return per parameter {low, high}: the 0.5% and 99.5% quantiles of the pooled samples and the truth, padded 5% */
  private static double[][] ranges(int d, List<Matrix> sets, double[] truth) {
    double[][] out = new double[d][2];
    for (int j = 0; j < d; j++) {
      int total = 0;
      for (Matrix m : sets) {
        total += m.rows();
      }
      double[] pooled = new double[total];
      int k = 0;
      for (Matrix m : sets) {
        for (int r = 0; r < m.rows(); r++) {
          pooled[k++] = m.get(r, j);
        }
      }
      Arrays.sort(pooled);
      double low = pooled[(int) (0.005 * (total - 1))];
      double high = pooled[(int) Math.ceil(0.995 * (total - 1))];
      if (truth != null) {
        low = Math.min(low, truth[j]);
        high = Math.max(high, truth[j]);
      }
      double pad = 0.05 * (high > low ? high - low : 1);
      out[j][0] = low - pad;
      out[j][1] = high + pad;
    }
    return out;
  }
}
