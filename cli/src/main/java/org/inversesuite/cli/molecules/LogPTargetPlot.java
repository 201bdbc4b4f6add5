package org.inversesuite.cli.molecules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.molecules.evaluation.GenerationMetrics;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The distribution of generated logP against the target: per target, the 5-95 % and 25-75 %
 * quantile bands and the median of the generated molecules' logP, with the ideal y = x, the
 * ±0.5 tolerance and the training range; when given, a selection's (re-ranked or window-accepted
 * cINN) median and 5-95 % band in a second colour.
 */
final class LogPTargetPlot {
  private LogPTargetPlot() {}

  static void save(Path file, List<GenerationMetrics> perTarget, List<GenerationMetrics> reranked, String label, double[] range) {
    double[] t = targets(perTarget);
    int n = t.length;
    double[][] q = quantiles(perTarget);
    XYChart chart = Charts.chart(760, 520, "generated logP against the target (cINN)", "target logP", "generated logP (Wildman-Crippen)");
    Charts.band(chart, "cINN 5-95 %", t, q[0], q[4], Charts.withAlpha(Charts.color(0), 50));
    Charts.band(chart, "cINN 25-75 %", t, q[1], q[3], Charts.withAlpha(Charts.color(0), 110));
    XYSeries median = Charts.line(chart, "cINN median", t, q[2], Charts.color(0), 2f);
    median.setMarker(SeriesMarkers.CIRCLE);
    if (!reranked.isEmpty()) {
      double[] tr = targets(reranked);
      double[][] qr = quantiles(reranked);
      Charts.band(chart, label + " 5-95 %", tr, qr[0], qr[4], Charts.withAlpha(Charts.color(1), 90));
      Charts.line(chart, label + " median", tr, qr[2], Charts.color(1), 2f).setMarker(SeriesMarkers.DIAMOND);
    }
    double lo = t[0] - 0.5;
    double hi = t[n - 1] + 0.5;
    Charts.referenceLine(chart, "target", new double[] {lo, hi}, new double[] {lo, hi});
    Charts.line(chart, "target ± 0.5", new double[] {lo, hi}, new double[] {lo + 0.5, hi + 0.5}, Charts.REFERENCE, 0.8f);
    Charts.line(chart, " ", new double[] {lo, hi}, new double[] {lo - 0.5, hi - 0.5}, Charts.REFERENCE, 0.8f).setShowInLegend(false);
    Charts.line(chart, "training 95 % range", new double[] {range[0], range[0]}, new double[] {lo - 2, hi + 2}, Charts.TRUTH, 1f);
    Charts.line(chart, "  ", new double[] {range[1], range[1]}, new double[] {lo - 2, hi + 2}, Charts.TRUTH, 1f).setShowInLegend(false);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    Charts.savePng(file, List.of(chart));
  }

  private static List<GenerationMetrics> sorted(List<GenerationMetrics> perTarget) {
    List<GenerationMetrics> sorted = new ArrayList<>(perTarget);
    sorted.sort((a, b) -> Double.compare(a.target(), b.target()));
    return sorted;
  }

  private static double[] targets(List<GenerationMetrics> perTarget) {
    return sorted(perTarget).stream().mapToDouble(GenerationMetrics::target).toArray();
  }

  /** @return the 5, 25, 50, 75 and 95 % quantiles of the generated logP, per target in ascending order */
  private static double[][] quantiles(List<GenerationMetrics> perTarget) {
    List<GenerationMetrics> sorted = sorted(perTarget);
    double[] probs = {0.05, 0.25, 0.5, 0.75, 0.95};
    double[][] q = new double[probs.length][sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      double[] v = sorted.get(i).logP().clone();
      Arrays.sort(v);
      for (int k = 0; k < probs.length; k++) {
        q[k][i] = v.length == 0 ? Double.NaN : v[(int) Math.round(probs[k] * (v.length - 1))];
      }
    }
    return q;
  }
}
