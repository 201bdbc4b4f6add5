package org.inversesuite.cli.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.diagnostics.SbcResult;
import org.knowm.xchart.XYChart;

/**
 * The ECDF difference of the SBC ranks (Säilynoja, Bürkner and Vehtari 2022, arXiv:2103.10522),
 * one panel per parameter: F̂(z) − z against the fractional rank z with the simultaneous band
 * that the whole curve stays inside with probability 1 − α when the posterior is calibrated. A
 * curve above zero on the left and below on the right means a too narrow posterior, the reverse
 * a too wide one, one sign throughout a bias.
 */
public final class EcdfDifferencePlot {
  /** Base name of the files written ({@code .png} and {@code .svg}). */
  public static final String NAME = "sbc-ecdf";
  private static final int WIDTH = 330;
  private static final int HEIGHT = 290;

  private EcdfDifferencePlot() {}

  /** Writes {@value #NAME}.png and .svg into {@code folder}. */
  public static void save(Path folder, SbcResult sbc) {
    double[] z = sbc.evaluationPoints();
    double[] low = sbc.lowerBandDifference();
    double[] high = sbc.upperBandDifference();
    double limit = 0;
    for (int k = 0; k < z.length; k++) {
      limit = Math.max(limit, Math.max(Math.abs(low[k]), Math.abs(high[k])));
    }
    for (int j = 0; j < sbc.names().size(); j++) {
      limit = Math.max(limit, sbc.maxEcdfDeviation(j));
    }
    limit = Math.ceil(limit * 1.3 * 100) / 100;
    double[] x = withEnds(z, 0, 1);
    double[] lower = withEnds(low, 0, 0);
    double[] upper = withEnds(high, 0, 0);
    int level = (int) Math.round(100 * (1 - sbc.band().alpha()));
    List<XYChart> panels = new ArrayList<>();
    for (int j = 0; j < sbc.names().size(); j++) {
      boolean inside = sbc.insideBand(j);
      XYChart chart = Charts.chart(WIDTH, HEIGHT, sbc.names().get(j) + "  ·  " + (inside ? "inside" : "OUTSIDE")
          + " the band", "fractional rank z", "ECDF difference F̂(z) − z");
      chart.getStyler().setLegendVisible(false);
      chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(-limit).setYAxisMax(limit);
      chart.getStyler().setXAxisDecimalPattern("0.0#").setYAxisDecimalPattern("0.0#");
      Charts.roundXTicks(chart, 0.5 / Math.PI, 0);
      Charts.band(chart, "band", x, lower, upper, Charts.BAND);
      Charts.referenceLine(chart, "calibrated", new double[] {0, 1}, new double[] {0, 0});
      Charts.line(chart, "ranks", x, withEnds(sbc.ecdfDifference(j), 0, 0), inside ? Charts.color(0) : Charts.TRUTH,
          2f);
      panels.add(chart);
    }
    new Figure("SBC: ECDF of the ranks minus the uniform ECDF, " + sbc.cases() + " cases", panels,
        SbcRankPlot.columns(panels.size()), List.of(
            new LegendEntry("inside the band", Charts.color(0), LegendEntry.Swatch.LINE),
            new LegendEntry("outside the band", Charts.TRUTH, LegendEntry.Swatch.LINE),
            new LegendEntry("simultaneous " + level + "% band of a calibrated posterior", Charts.BAND,
                LegendEntry.Swatch.FILL))).save(folder, NAME);
  }

  /** @return {first, values..., last}: the difference is 0 at z = 0 and z = 1 by definition */
  private static double[] withEnds(double[] values, double first, double last) {
    double[] out = new double[values.length + 2];
    out[0] = first;
    System.arraycopy(values, 0, out, 1, values.length);
    out[out.length - 1] = last;
    return out;
  }
}
