package org.inversesuite.cli.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.inversesuite.core.diagnostics.SbcResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Rank histograms of simulation-based calibration (Talts et al. 2018, arXiv:1804.06788, fig. 1),
 * one panel per parameter on a common count axis: cases per rank bin against the fractional rank
 * r/(L + 1), with the range that 99% of bins fall in when the posterior is calibrated (the 0.5%
 * and 99.5% quantiles of Binomial(m, pᵦ), pᵦ the bin's share of the L + 1 ranks) and the
 * expected count. A ∪ shape means a too narrow posterior, a ∩ shape a too wide one, a slope a bias.
 */
public final class SbcRankPlot {
  /** Base name of the files written ({@code .png} and {@code .svg}). */
  public static final String NAME = "sbc-ranks";
  private static final int WIDTH = 330;
  private static final int HEIGHT = 280;
  private static final Color BAR = Charts.color(0);

  private SbcRankPlot() {}

  /** Writes {@value #NAME}.png and .svg into {@code folder}. */
  public static void save(Path folder, SbcResult sbc) {
    double[] expected = sbc.expectedBinCounts();
    int bins = expected.length;
    int m = sbc.cases();
    double[] x = new double[2 * bins];
    double[] low = new double[2 * bins];
    double[] high = new double[2 * bins];
    double[] mean = new double[2 * bins];
    double top = 0;
    for (int b = 0; b < bins; b++) {
      BinomialDistribution count = new BinomialDistribution(null, m, Math.min(1, expected[b] / m));
      x[2 * b] = b / (double) bins;
      x[2 * b + 1] = (b + 1) / (double) bins;
      low[2 * b] = low[2 * b + 1] = count.inverseCumulativeProbability(0.005);
      high[2 * b] = high[2 * b + 1] = count.inverseCumulativeProbability(0.995);
      mean[2 * b] = mean[2 * b + 1] = expected[b];
      top = Math.max(top, high[2 * b]);
    }
    for (int j = 0; j < sbc.names().size(); j++) {
      for (int c : sbc.histogram(j)) {
        top = Math.max(top, c);
      }
    }
    List<XYChart> panels = new ArrayList<>();
    for (int j = 0; j < sbc.names().size(); j++) {
      XYChart chart = Charts.chart(WIDTH, HEIGHT, sbc.names().get(j) + "  ·  χ² p " + pValue(sbc.chiSquarePValue(j)),
          "fractional rank of the truth", "cases per bin");
      chart.getStyler().setLegendVisible(false);
      chart.getStyler().setPlotGridVerticalLinesVisible(false);
      chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(Math.ceil(top * 1.08));
      chart.getStyler().setXAxisDecimalPattern("0.0#");
      Charts.roundXTicks(chart, 0.5 / Math.PI, 0);
      histogram(chart, sbc.histogram(j));
      Charts.band(chart, "99% range", x, low, high, Charts.BAND);
      Charts.referenceLine(chart, "expected", x, mean);
      panels.add(chart);
    }
    String title = "SBC rank histograms: " + m + " cases, ranks among L = " + sbc.samplesPerCase() + " samples, "
        + bins + " bins";
    new Figure(title, panels, columns(panels.size()), List.of(
        new LegendEntry("cases per bin", Charts.withAlpha(BAR, 120), LegendEntry.Swatch.FILL),
        new LegendEntry("99% of bins fall here if calibrated", Charts.BAND, LegendEntry.Swatch.FILL),
        new LegendEntry("expected count", Charts.REFERENCE, LegendEntry.Swatch.DASHED))).save(folder, NAME);
  }

  private static void histogram(XYChart chart, int[] counts) {
    int bins = counts.length;
    double[] px = new double[2 * bins + 2];
    double[] py = new double[2 * bins + 2];
    for (int b = 0; b < bins; b++) {
      px[2 * b + 1] = b / (double) bins;
      py[2 * b + 1] = counts[b];
      px[2 * b + 2] = (b + 1) / (double) bins;
      py[2 * b + 2] = counts[b];
    }
    px[2 * bins + 1] = 1;
    XYSeries hist = chart.addSeries("cases per bin", px, py);
    hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    hist.setMarker(SeriesMarkers.NONE);
    hist.setFillColor(Charts.withAlpha(BAR, 70));
    hist.setLineColor(BAR);
  }

  static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT, "= %.3f", p);
  }

  /** @return columns of a grid of per-parameter panels: one row up to 4, then a near-square grid */
  static int columns(int panels) {
    return panels <= 4 ? panels : (int) Math.ceil(Math.sqrt(panels));
  }
}
