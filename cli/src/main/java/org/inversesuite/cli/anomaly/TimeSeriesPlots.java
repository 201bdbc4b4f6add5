package org.inversesuite.cli.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.anomaly.timeseries.AnomalyEvent;
import org.inversesuite.anomaly.timeseries.AnomalyType;
import org.inversesuite.anomaly.timeseries.Detection;
import org.inversesuite.anomaly.timeseries.LoadSeries;
import org.inversesuite.anomaly.timeseries.MeterReadings;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.cli.plot.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figure of one anomaly type: a window of days around one injected event, with the observed
 * load, the load before injection, the cINN's conditional mean, the event span and the flagged
 * hours (top), and the hour score with its threshold (bottom).
 */
final class TimeSeriesPlots {
  private static final int W = 1150;
  private static final int H = 330;
  private static final int MARGIN_DAYS = 3;

  private TimeSeriesPlots() {}

  /** @return the figure of the first event of {@code type} in {@code d}, or null if there is none */
  static Figure figure(Detection d, double[] expected, AnomalyType type) {
    AnomalyEvent event = d.data().events().stream().filter(e -> e.type() == type).findFirst().orElse(null);
    if (event == null) {
      return null;
    }
    LoadSeries s = d.data().series();
    int h = LoadSeries.HOURS;
    int from = Math.max(0, (event.start() / h - MARGIN_DAYS) * h);
    int to = Math.min(s.load().length, ((event.end() - 1) / h + 1 + MARGIN_DAYS) * h);
    int n = to - from;
    double[] x = new double[n];
    double[] obs = new double[n];
    double[] clean = new double[n];
    double[] mean = new double[n];
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i / (double) h;
      obs[i] = s.load()[from + i];
      clean[i] = d.data().clean().load()[from + i];
      mean[i] = expected[from + i];
      score[i] = d.hourScores()[from + i];
    }
    String xTitle = "days since " + s.date(from / h) + " 00:00";
    XYChart load = Charts.chart(W, H, "Load", xTitle, "load (kW)");
    double top = 0;
    for (double v : obs) {
      top = Math.max(top, v);
    }
    double ex0 = (event.start() - from) / (double) h;
    double ex1 = (event.end() - from) / (double) h;
    Charts.band(load, "injected event", new double[] {ex0, ex1}, new double[] {0, 0}, new double[] {top * 1.05, top * 1.05},
        Charts.BAND);
    Charts.line(load, "before injection", x, clean, Charts.REFERENCE, 1.0f);
    Charts.line(load, "cINN conditional mean", x, mean, Charts.color(2), 1.4f);
    Charts.line(load, "observed", x, obs, Charts.color(0), 1.6f);
    flagged(load, d, from, n, obs);
    XYChart sc = Charts.chart(W, H, "Hour score |x - mean| / std", xTitle, "score");
    Charts.band(sc, "injected event", new double[] {ex0, ex1}, new double[] {0, 0},
        new double[] {max(score) * 1.05, max(score) * 1.05}, Charts.BAND);
    Charts.line(sc, "hour score", x, score, Charts.color(1), 1.4f);
    Charts.referenceLine(sc, String.format(Locale.ROOT, "threshold %.2f", d.hourThreshold()), new double[] {0, x[n - 1]},
        new double[] {d.hourThreshold(), d.hourThreshold()});
    flagged(sc, d, from, n, score);
    String title = String.format(Locale.ROOT, "%s: %d h from %s %02d:00, magnitude %.2f", type, event.hours(),
        s.date(event.start() / h), event.start() % h, event.magnitude());
    for (XYChart c : List.of(load, sc)) {
      c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    }
    return new Figure(title, List.of(load, sc), 1, List.of());
  }

  /**
   * The scored meter data: load with flagged hours (top), hour score with its threshold (bottom),
   * over the complete days (incomplete days are skipped, so lines may bridge gaps).
   */
  static Figure scored(MeterReadings r, List<Integer> days, double[] hourScores, double threshold) {
    int h = LoadSeries.HOURS;
    int n = days.size() * h;
    double[] x = new double[n];
    double[] load = new double[n];
    List<Double> fx = new ArrayList<>();
    List<Double> fy = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      for (int j = 0; j < h; j++) {
        int k = i * h + j;
        x[k] = days.get(i) + j / (double) h;
        load[k] = r.load()[days.get(i) * h + j];
        if (hourScores[k] > threshold) {
          fx.add(x[k]);
          fy.add(load[k]);
        }
      }
    }
    String xTitle = "days since " + r.start() + " 00:00 (standard time)";
    XYChart top = Charts.chart(W, H, "Load", xTitle, "load");
    Charts.line(top, "observed", x, load, Charts.color(0), 1.2f);
    if (!fx.isEmpty()) {
      XYSeries s = top.addSeries("flagged hours (" + fx.size() + ")", fx, fy);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Charts.TRUTH);
    }
    XYChart bottom = Charts.chart(W, H, "Hour score |x - mean| / std", xTitle, "score");
    Charts.line(bottom, "hour score", x, hourScores, Charts.color(1), 1.2f);
    Charts.referenceLine(bottom, String.format(Locale.ROOT, "threshold %.2f", threshold), new double[] {x[0], x[n - 1]},
        new double[] {threshold, threshold});
    for (XYChart c : List.of(top, bottom)) {
      c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    }
    return new Figure("Scored meter data", List.of(top, bottom), 1, List.of());
  }

  private static void flagged(XYChart chart, Detection d, int from, int n, double[] y) {
    List<Double> fx = new ArrayList<>();
    List<Double> fy = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (d.flagged(from + i)) {
        fx.add(i / (double) LoadSeries.HOURS);
        fy.add(y[i]);
      }
    }
    if (fx.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries("flagged hours (" + fx.size() + ")", fx, fy);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(Charts.TRUTH);
  }

  private static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }
}
