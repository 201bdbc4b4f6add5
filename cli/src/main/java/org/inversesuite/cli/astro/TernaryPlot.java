package org.inversesuite.cli.astro;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.cli.plot.Figure;
import org.inversesuite.cli.plot.LegendEntry;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A ternary diagram of layer mass fractions: a point (core, mantle, water) is drawn at
 * core·A + mantle·B + water·C with the corners A = (0, 0) (pure iron), B = (1, 0) (pure MgSiO₃)
 * and C = (½, √3/2) (pure water), so each corner is one material and the distance from the
 * opposite side is its fraction. Grid lines every 20 %, labelled on the side where they end
 * (w: water on the left, m: mantle on the right, c: core at the bottom). Several sample sets (cINN, MCMC) are
 * overlaid in the palette's colours.
 */
final class TernaryPlot {
  private static final double H = Math.sqrt(3) / 2;
  private static final int MAX_POINTS = 2000;

  private TernaryPlot() {}

  private static double x(double mantle, double water) {
    return mantle + 0.5 * water;
  }

  private static double y(double water) {
    return H * water;
  }

  /**
   * @param sets sample sets with (core, mantle, water) in their first three columns
   * @param labels one legend label per set
   */
  static void save(Path file, String title, List<Matrix> sets, List<String> labels) {
    XYChart chart = Charts.chart(640, 600, null, "", "");
    var s = chart.getStyler();
    s.setLegendVisible(false).setChartTitleVisible(false);
    s.setXAxisMin(-0.1).setXAxisMax(1.1).setYAxisMin(-0.1).setYAxisMax(0.98);
    s.setAxisTicksVisible(false).setPlotGridLinesVisible(false).setXAxisTitleVisible(false)
        .setYAxisTitleVisible(false);
    s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setMarkerSize(3);
    grid(chart);
    List<LegendEntry> legend = new ArrayList<>();
    for (int k = 0; k < sets.size(); k++) {
      legend.add(new LegendEntry(labels.get(k), Charts.color(k), LegendEntry.Swatch.POINT));
      Matrix m = sets.get(k);
      int n = Math.min(MAX_POINTS, m.rows());
      int step = Math.max(1, m.rows() / n);
      double[] px = new double[n];
      double[] py = new double[n];
      for (int i = 0; i < n; i++) {
        int r = i * step;
        px[i] = x(m.get(r, 1), m.get(r, 2));
        py[i] = y(m.get(r, 2));
      }
      XYSeries series = chart.addSeries(labels.get(k), px, py);
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(Charts.withAlpha(Charts.color(k), 70));
    }
    chart.addAnnotation(new AnnotationText("iron (core)", -0.02, -0.055, false));
    chart.addAnnotation(new AnnotationText("MgSiO3 (mantle)", 1.0, -0.055, false));
    chart.addAnnotation(new AnnotationText("H2O (water)", 0.5, H + 0.05, false));
    new Figure(title, List.of(chart), 1, legend).savePng(file);
  }

  /** The triangle and the lines of constant fraction at 0.2, 0.4, 0.6, 0.8, with their values. */
  private static void grid(XYChart chart) {
    Color light = new Color(200, 200, 200);
    for (int i = 1; i <= 4; i++) {
      double f = 0.2 * i;
      // constant water f: from (core 1−f, mantle 0) to (core 0, mantle 1−f)
      line(chart, "w" + i, new double[] {x(0, f), x(1 - f, f)}, new double[] {y(f), y(f)}, light);
      // constant mantle f: from (core 1−f, water 0) to (core 0, water 1−f)
      line(chart, "m" + i, new double[] {x(f, 0), x(f, 1 - f)}, new double[] {y(0), y(1 - f)}, light);
      // constant core f: from (mantle 1−f, water 0) to (mantle 0, water 1−f)
      line(chart, "c" + i, new double[] {x(1 - f, 0), x(0, 1 - f)}, new double[] {y(0), y(1 - f)}, light);
      String v = String.format(java.util.Locale.ROOT, "%.1f", f);
      // each family labelled on the side where its lines end: water left, mantle right, core bottom
      chart.addAnnotation(new AnnotationText("w " + v, x(0, f) - 0.06, y(f), false));
      chart.addAnnotation(new AnnotationText("m " + v, x(f, 1 - f) + 0.06, y(1 - f), false));
      chart.addAnnotation(new AnnotationText("c " + v, x(1 - f, 0), -0.025, false));
    }
    line(chart, "triangle", new double[] {0, 1, 0.5, 0}, new double[] {0, 0, H, 0}, Color.BLACK);
  }

  private static void line(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = Charts.line(chart, name, x, y, color, 1f);
    s.setShowInLegend(false);
    s.setLineStyle(new BasicStroke(color == Color.BLACK ? 1.5f : 0.8f));
  }
}
