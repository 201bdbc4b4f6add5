package org.inversesuite.cli.inn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The 8-mode toy as in Ardizzone et al. 2019, figure 2: the training data coloured by label,
 * and the INN's posterior samples for each label in the same colour.
 */
final class EightModesPlot {
  private EightModesPlot() {}

  /**
   * @param data training x per label
   * @param posteriors posterior samples per label
   * @param labels the label of each entry
   */
  static void save(Path file, List<Matrix> data, List<Matrix> posteriors, int[] labels, String title) {
    List<XYChart> panels = new ArrayList<>();
    panels.add(panel("data x coloured by label y (" + title + ")", data, labels));
    panels.add(panel("INN posterior samples x ~ q(x | y)", posteriors, labels));
    Charts.savePng(file, panels);
  }

  private static XYChart panel(String title, List<Matrix> sets, int[] labels) {
    XYChart chart = Charts.chart(520, 520, title, "x1", "x2");
    chart.getStyler().setXAxisMin(-4.0).setXAxisMax(4.0).setYAxisMin(-4.0).setYAxisMax(4.0);
    chart.getStyler().setMarkerSize(3);
    for (int s = 0; s < sets.size(); s++) {
      Matrix m = sets.get(s);
      double[] a = new double[m.rows()];
      double[] b = new double[m.rows()];
      for (int r = 0; r < m.rows(); r++) {
        a[r] = m.get(r, 0);
        b[r] = m.get(r, 1);
      }
      XYSeries series = chart.addSeries("label " + labels[s], a, b);
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(Charts.withAlpha(Charts.color(labels[s]), 110));
    }
    return chart;
  }
}
