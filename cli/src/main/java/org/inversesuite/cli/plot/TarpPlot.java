package org.inversesuite.cli.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.diagnostics.TarpResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * The TARP curve (Lemos et al. 2023, arXiv:2302.03026): the expected coverage probability of
 * the joint posterior, ECP(α), against the credibility level α, with the diagonal of an exact
 * posterior and the band of ±2 Monte Carlo standard errors √(α(1 − α)/m) around it. Below the
 * diagonal: over-confident; above: under-confident; an S shape around it: biased.
 */
public final class TarpPlot {
  /** Base name of the files written ({@code .png} and {@code .svg}). */
  public static final String NAME = "tarp";

  private TarpPlot() {}

  /** Writes {@value #NAME}.png and .svg into {@code folder}. */
  public static void save(Path folder, TarpResult tarp) {
    double[] alpha = tarp.alphas();
    int m = tarp.fractions().length;
    double[] low = new double[alpha.length];
    double[] high = new double[alpha.length];
    for (int k = 0; k < alpha.length; k++) {
      double se = Math.sqrt(alpha[k] * (1 - alpha[k]) / m);
      low[k] = Math.max(0, alpha[k] - 2 * se);
      high[k] = Math.min(1, alpha[k] + 2 * se);
    }
    XYChart chart = Charts.chart(600, 600, "TARP: joint coverage (m = " + m + " cases)", "credibility level α",
        "expected coverage probability ECP(α)");
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisDecimalPattern("0.0#").setYAxisDecimalPattern("0.0#");
    Charts.roundXTicks(chart, 0.5 / Math.PI, 0);
    Charts.band(chart, "±2 standard errors if calibrated", alpha, low, high, Charts.BAND);
    Charts.referenceLine(chart, "calibrated", new double[] {0, 1}, new double[] {0, 1});
    Charts.line(chart, String.format(Locale.ROOT, "cINN (area %.3f, max deviation %.3f)", tarp.absoluteArea(),
        tarp.maxDeviation()), alpha, tarp.ecp(), Charts.color(0), 2.2f);
    new Figure("", List.of(chart), 1, List.of()).save(folder, NAME);
  }
}
