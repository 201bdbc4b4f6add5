package org.inversesuite.cli.astro;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.core.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The plots of an RV fit: the data with posterior curves over time, and phase-folded. */
final class RvFitPlots {
  private static final int CURVES = 30;
  private static final int GRID = 1500;

  private RvFitPlots() {
  }

  private static void data(XYChart chart, double[] x, RvObservationSet o) {
    XYSeries s = chart.addSeries("data", x, o.velocities(), o.errors());
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(java.awt.Color.BLACK);
  }

  /** RV against time: the data with error bars and the curves of {@value #CURVES} posterior draws. */
  static void curves(Path file, RvObservationSet o, Matrix q, double t0) {
    RadialVelocityModel model = new RadialVelocityModel(t0);
    double lo = o.time(0);
    double hi = o.time(o.size() - 1);
    double[] grid = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      grid[i] = lo + (hi - lo) * i / (GRID - 1);
    }
    XYChart chart = Charts.chart(900, 450, "RV data and " + CURVES + " posterior draws", "time [d]", "RV [m/s]");
    for (int k = 0; k < Math.min(CURVES, q.rows()); k++) {
      XYSeries s = Charts.line(chart, "draw " + k, grid, model.velocities(RvParameters.fromRow(q, k), grid),
          Charts.withAlpha(Charts.color(0), 60), 1f);
      s.setShowInLegend(k == 0);
      if (k == 0) {
        s.setLabel("posterior draws");
      }
    }
    data(chart, o.times(), o);
    Charts.savePng(file, List.of(chart));
  }

  /** @return the draw (of the first 200) with the smallest χ² against the data */
  static RvParameters bestDraw(RvObservationSet o, Matrix q, double t0) {
    RadialVelocityModel model = new RadialVelocityModel(t0);
    RvParameters best = null;
    double bestChi2 = Double.POSITIVE_INFINITY;
    for (int k = 0; k < Math.min(200, q.rows()); k++) {
      RvParameters p = RvParameters.fromRow(q, k);
      double[] v = model.velocities(p, o.times());
      double chi2 = 0;
      for (int i = 0; i < v.length; i++) {
        double s2 = o.error(i) * o.error(i) + p.jitter() * p.jitter();
        chi2 += (o.velocity(i) - v[i]) * (o.velocity(i) - v[i]) / s2;
      }
      if (chi2 < bestChi2) {
        bestChi2 = chi2;
        best = p;
      }
    }
    return best;
  }

  /** The data folded on the period of the best-fitting posterior draw, with that draw's curve. */
  static void phaseFolded(Path file, RvObservationSet o, Matrix q, double t0) {
    RvParameters p = bestDraw(o, q, t0);
    RadialVelocityModel model = new RadialVelocityModel(t0);
    double period = p.period();
    double[] phase = new double[o.size()];
    for (int i = 0; i < phase.length; i++) {
      phase[i] = (((o.time(i) - t0) / period) % 1 + 1) % 1;
    }
    double[] grid = new double[GRID];
    double[] times = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      grid[i] = (double) i / (GRID - 1);
      times[i] = t0 + grid[i] * period;
    }
    XYChart chart = Charts.chart(700, 450, String.format(java.util.Locale.ROOT,
        "phase-folded on P = %.4g d (best of 200 draws)", period), "phase", "RV [m/s]");
    Charts.line(chart, "best draw", grid, model.velocities(p, times), Charts.color(0), 2f);
    data(chart, phase, o);
    Charts.savePng(file, List.of(chart));
  }
}
