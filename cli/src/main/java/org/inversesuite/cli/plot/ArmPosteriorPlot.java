package org.inversesuite.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Posterior arm configurations of the inverse-kinematics benchmark drawn over the target point,
 * as in Kruse et al. 2021 (fig. 3): each sample x = (x₁, θ₁, θ₂, θ₃) is drawn as the three
 * segments from the rail at (0, x₁). One panel per posterior (cINN, ABC ground truth).
 */
public final class ArmPosteriorPlot {
  private static final double[] LENGTHS = {0.5, 0.5, 1.0};
  private static final int ARMS = 120;

  private ArmPosteriorPlot() {}

  /**
   * @param panels posterior samples per panel, each [n, 4]
   * @param titles one title per panel
   * @param target the observed end-effector position y*
   */
  public static void save(Path file, List<Matrix> panels, List<String> titles, double[] target) {
    List<XYChart> charts = new ArrayList<>();
    for (int p = 0; p < panels.size(); p++) {
      charts.add(panel(panels.get(p), titles.get(p), target));
    }
    Charts.savePng(file, charts);
  }

  private static XYChart panel(Matrix samples, String title, double[] target) {
    XYChart chart = new XYChartBuilder().width(460).height(460).title(title)
        .xAxisTitle("horizontal position y_h").yAxisTitle("vertical position y_v").build();
    Charts.style(chart);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisMin(-0.5).setXAxisMax(2.3).setYAxisMin(-2.0).setYAxisMax(2.0);
    Color arm = new Color(30, 90, 200, 40);
    int n = Math.min(ARMS, samples.rows());
    for (int r = 0; r < n; r++) {
      double[] xs = new double[4];
      double[] ys = new double[4];
      ys[0] = samples.get(r, 0);
      double angle = 0;
      for (int k = 0; k < 3; k++) {
        angle += samples.get(r, k + 1);
        xs[k + 1] = xs[k] + LENGTHS[k] * Math.cos(angle);
        ys[k + 1] = ys[k] + LENGTHS[k] * Math.sin(angle);
      }
      XYSeries s = chart.addSeries("arm " + r, xs, ys);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(arm);
      s.setLineStyle(new BasicStroke(1.6f));
    }
    XYSeries rail = chart.addSeries("rail", new double[] {0, 0}, new double[] {-2, 2});
    rail.setMarker(SeriesMarkers.NONE);
    rail.setLineColor(Color.GRAY);
    rail.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    XYSeries t = chart.addSeries("target y*", new double[] {target[0]}, new double[] {target[1]});
    t.setMarker(SeriesMarkers.CROSS);
    t.setMarkerColor(new Color(210, 30, 30));
    t.setLineColor(new Color(0, 0, 0, 0));
    return chart;
  }
}
