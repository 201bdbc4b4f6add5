package org.inversesuite.cli.plot;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.train.TrainingResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Training and validation loss (negative log-likelihood per sample) against the iteration. */
public final class LossCurvePlot {
  private LossCurvePlot() {}

  /**
   * @param history the loss curve
   * @param constant added to every loss so the axis shows the full NLL in nats (D/2·log 2π − log|det normalisation|)
   */
  public static void save(Path file, List<TrainingResult.Point> history, double constant, String title) {
    XYChart chart = new XYChartBuilder().width(720).height(460).title(title)
        .xAxisTitle("iteration").yAxisTitle("negative log-likelihood per sample (nats)").build();
    Charts.style(chart);
    double[] it = history.stream().mapToDouble(TrainingResult.Point::iteration).toArray();
    double[] train = history.stream().mapToDouble(p -> p.trainLoss() + constant).toArray();
    XYSeries t = chart.addSeries("training (mean since last point)", it, train);
    t.setMarker(SeriesMarkers.CIRCLE);
    if (history.stream().anyMatch(p -> Double.isFinite(p.validationLoss()))) {
      double[] val = history.stream().mapToDouble(p -> p.validationLoss() + constant).toArray();
      XYSeries v = chart.addSeries("validation", it, val);
      v.setMarker(SeriesMarkers.DIAMOND);
    }
    Charts.savePng(file, List.of(chart));
  }
}
