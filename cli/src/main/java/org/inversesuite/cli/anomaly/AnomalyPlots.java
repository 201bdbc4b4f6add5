package org.inversesuite.cli.anomaly;

import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.anomaly.metric.Curves;
import org.inversesuite.anomaly.metric.ScoredLabels;
import org.inversesuite.cli.plot.Charts;
import org.knowm.xchart.XYChart;

/** The plots of an anomaly evaluation: score histograms, ROC and precision–recall curves. */
final class AnomalyPlots {
  private static final int W = 520;
  private static final int H = 400;
  private static final int BINS = 40;

  private AnomalyPlots() {}

  /**
   * Step histograms (densities) of the scores of normal and anomalous rows, sharing bins, with the
   * threshold as a dashed vertical line.
   *
   * @param anomalous null to draw all rows as one histogram
   */
  static XYChart histogram(double[] scores, boolean[] anomalous, double threshold) {
    // anomalies can score 1e4 nats: the axis spans the normal rows (without labels: up to the
    // threshold) and as much again; higher scores fall into the last bin
    double[] reference = normalScores(scores, anomalous);
    Arrays.sort(reference);
    double lo = Math.min(reference[0], threshold);
    double top = anomalous == null ? threshold
        : Math.max(reference[(int) Math.floor(0.99 * (reference.length - 1))], threshold);
    double hi = top + (top - lo);
    hi = hi > lo ? hi : lo + 1;
    XYChart chart = Charts.chart(W, H, "Anomaly scores", "score (NLL, nats; the last bin holds all higher scores)",
        "density");
    if (anomalous == null) {
      step(chart, "all rows", scores, null, false, lo, hi, 0);
    } else {
      step(chart, "normal", scores, anomalous, false, lo, hi, 0);
      step(chart, "anomalous", scores, anomalous, true, lo, hi, 1);
    }
    double peak = chart.getSeriesMap().values().stream().flatMapToDouble(s -> Arrays.stream(s.getYData())).max().orElse(1);
    Charts.referenceLine(chart, String.format(Locale.ROOT, "threshold %.2f", threshold), new double[] {threshold, threshold},
        new double[] {0, peak});
    return chart;
  }

  private static double[] normalScores(double[] scores, boolean[] anomalous) {
    if (anomalous == null) {
      return scores.clone();
    }
    double[] out = new double[scores.length];
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!anomalous[i]) {
        out[n++] = scores[i];
      }
    }
    return n == 0 ? scores.clone() : Arrays.copyOf(out, n);
  }

  /** Fixes both axes to [0, 1] with round ticks (XChart would otherwise tick at the data's own values). */
  private static void unitAxes(XYChart chart) {
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setYAxisDecimalPattern("0.0#").setXAxisDecimalPattern("0.0#");
    Charts.roundXTicks(chart, 0.5037, 0.5037);
  }

  private static void step(XYChart chart, String name, double[] scores, boolean[] anomalous, boolean which, double lo,
      double hi, int colour) {
    double width = (hi - lo) / BINS;
    double[] counts = new double[BINS];
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      if (anomalous != null && anomalous[i] != which) {
        continue;
      }
      n++;
      int b = (int) Math.floor((Math.min(scores[i], hi) - lo) / width);
      counts[Math.max(0, Math.min(BINS - 1, b))]++;
    }
    double[] x = new double[2 * BINS];
    double[] y = new double[2 * BINS];
    for (int b = 0; b < BINS; b++) {
      x[2 * b] = lo + b * width;
      x[2 * b + 1] = lo + (b + 1) * width;
      y[2 * b] = counts[b] / (n * width);
      y[2 * b + 1] = y[2 * b];
    }
    Charts.line(chart, name + " (" + n + ")", x, y, Charts.color(colour), 1.8f);
  }

  /** The ROC curve with the chance diagonal. */
  static XYChart roc(ScoredLabels e, double auroc) {
    double[][] c = Curves.roc(e);
    XYChart chart = Charts.chart(W, H, String.format(Locale.ROOT, "ROC (AUROC %.3f)", auroc), "false-positive rate",
        "true-positive rate (recall)");
    Charts.line(chart, "flow detector", c[0], c[1], Charts.color(0), 2f);
    Charts.referenceLine(chart, "chance", new double[] {0, 1}, new double[] {0, 1});
    unitAxes(chart);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
    return chart;
  }

  /** The precision–recall curve with the chance level (the share of anomalies). */
  static XYChart precisionRecall(ScoredLabels e, double ap) {
    double[][] c = Curves.precisionRecall(e);
    XYChart chart = Charts.chart(W, H, String.format(Locale.ROOT, "Precision-recall (AP %.3f)", ap), "recall", "precision");
    Charts.line(chart, "flow detector", c[0], c[1], Charts.color(0), 2f);
    double base = e.anomalies() / (double) e.scores().length;
    Charts.referenceLine(chart, "chance", new double[] {0, 1}, new double[] {base, base});
    unitAxes(chart);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
    return chart;
  }
}
