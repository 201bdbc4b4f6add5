package org.inversesuite.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.BallisticsForwardModel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Posterior samples of the ballistics benchmark drawn as trajectories (x(t), y(t)) from launch
 * to impact, one panel per method, with the observed impact point: a good posterior sends every
 * trajectory to the red marker.
 */
public final class TrajectoryPlot {
  private static final int TRAJECTORIES = 80;
  private static final int POINTS = 60;

  private TrajectoryPlot() {}

  /**
   * @param panels posterior samples per panel, each [n, 4] of (x₀, y₀, α, v₀)
   * @param titles one title per panel
   * @param impact the observed impact position
   */
  public static void save(Path file, List<Matrix> panels, List<String> titles, double impact,
      BallisticsForwardModel model) {
    List<XYChart> charts = new ArrayList<>();
    for (int p = 0; p < panels.size(); p++) {
      charts.add(panel(panels.get(p), titles.get(p), impact, model));
    }
    new Figure("", charts, Math.min(3, charts.size()), List.of()).savePng(file);
  }

  private static XYChart panel(Matrix samples, String title, double impact, BallisticsForwardModel model) {
    XYChart chart = new XYChartBuilder().width(460).height(340).title(title)
        .xAxisTitle("horizontal position x").yAxisTitle("height y").build();
    Charts.style(chart);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisMin(-2.0).setXAxisMax(14.0).setYAxisMin(-0.2).setYAxisMax(9.0);
    Color line = new Color(30, 90, 200, 50);
    for (int r = 0; r < Math.min(TRAJECTORIES, samples.rows()); r++) {
      double y0 = Math.max(0, samples.get(r, 1));
      double vx = samples.get(r, 3) * Math.cos(samples.get(r, 2));
      double vy = samples.get(r, 3) * Math.sin(samples.get(r, 2));
      if (!Double.isFinite(y0 + vx + vy + samples.get(r, 0))) {
        continue;
      }
      double tEnd = model.impactTime(y0, vy);
      double[] xs = new double[POINTS + 1];
      double[] ys = new double[POINTS + 1];
      for (int i = 0; i <= POINTS; i++) {
        double t = tEnd * i / POINTS;
        xs[i] = samples.get(r, 0) + model.horizontalTravel(vx, t);
        ys[i] = Math.max(-0.2, model.height(y0, vy, t));
      }
      XYSeries s = chart.addSeries("trajectory " + r, xs, ys);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(line);
      s.setLineStyle(new BasicStroke(1.4f));
    }
    XYSeries ground = chart.addSeries("ground", new double[] {-2, 14}, new double[] {0, 0});
    ground.setMarker(SeriesMarkers.NONE);
    ground.setLineColor(Charts.REFERENCE);
    XYSeries target = chart.addSeries("observed impact", new double[] {impact}, new double[] {0});
    target.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    target.setMarker(SeriesMarkers.DIAMOND);
    target.setMarkerColor(Charts.TRUTH);
    return chart;
  }
}
