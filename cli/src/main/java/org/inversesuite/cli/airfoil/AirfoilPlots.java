package org.inversesuite.cli.airfoil;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignCandidate;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.cli.plot.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The airfoil pictures: polars (C_l–α, drag polar, C_p), a design family overlaid, and its polars against the target. */
final class AirfoilPlots {
  private AirfoilPlots() {}

  /** C_l(α), the drag polar C_l(C_d) and C_p(x/c) at one angle, converged points only. */
  static void polar(Path file, Polar polar, AeroResult cpAt) {
    Curves c = Curves.of(polar);
    if (c.alpha().isEmpty()) {
      throw new IllegalArgumentException("no converged point to plot in the polar of " + polar.airfoil());
    }
    XYChart lift = Charts.chart(480, 400, "Lift", "α (deg)", "C_l");
    markedLine(lift, "C_l", c.alpha(), c.cl(), Charts.color(0));
    XYChart drag = Charts.chart(480, 400, "Drag polar", "C_d", "C_l");
    markedLine(drag, "C_l(C_d)", c.cd(), c.cl(), Charts.color(1));
    lift.getStyler().setLegendVisible(false);
    drag.getStyler().setLegendVisible(false);
    List<XYChart> panels = new ArrayList<>(List.of(lift, drag));
    if (cpAt != null && cpAt.surface() != null) {
      XYChart cp = Charts.chart(480, 400, String.format(Locale.ROOT, "C_p at α = %.1f°", cpAt.condition().alphaDegrees()),
          "x/c", "−C_p");
      double[] x = cpAt.surface().x();
      double[] negCp = cpAt.surface().cp().clone();
      for (int i = 0; i < negCp.length; i++) {
        negCp[i] = -negCp[i];
      }
      Charts.line(cp, "−C_p", x, negCp, Charts.color(2), 1.6f);
      cp.getStyler().setLegendVisible(false);
      panels.add(cp);
    }
    new Figure(String.format(Locale.ROOT, "%s, Re = %.3g", polar.airfoil(), polar.reynolds()), panels, panels.size(),
        List.of()).savePng(file);
  }

  /** The best shapes of a family overlaid, and their re-simulated (C_l, L/D) against the target. */
  static void family(Path file, DesignFamily family, int shapes) {
    XYChart overlay = Charts.chart(620, 380, "Proposed shapes (best " + shapes + ")", "x/c", "y/c");
    List<DesignCandidate> ranked = family.ranked();
    for (int i = Math.min(shapes, ranked.size()) - 1; i >= 0; i--) {
      Airfoil af = ranked.get(i).result().point().airfoil("design " + (i + 1));
      Charts.line(overlay, "#" + (i + 1), af.xs(), af.ys(), Charts.withAlpha(Charts.color(i), 200), i == 0 ? 2.2f : 1.2f);
    }
    overlay.getStyler().setYAxisMin(-0.2);
    overlay.getStyler().setYAxisMax(0.25);
    overlay.getStyler().setLegendVisible(false);
    XYChart scatter = Charts.chart(620, 380, "Re-simulated vs target", "C_l", "L/D");
    double[] cl = ranked.stream().mapToDouble(c -> c.result().cl()).toArray();
    double[] ld = ranked.stream().mapToDouble(c -> c.result().liftToDrag()).toArray();
    if (cl.length > 0) {
      XYSeries s = scatter.addSeries("proposals", cl, ld);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Charts.withAlpha(Charts.color(0), 140));
    }
    targetMark(scatter, family.target().cl(), family.target().liftToDrag());
    new Figure(String.format(Locale.ROOT, "Target C_l %.3f, L/D %.1f at α %.1f°, Re %.3g", family.target().cl(),
        family.target().liftToDrag(), family.target().alphaDegrees(), family.target().reynolds()),
        List.of(overlay, scatter), 2, List.of()).savePng(file);
  }

  /** −C_p(x/c) of the best designs at the design point, one line per converged design. */
  static void pressures(Path file, DesignTarget target, List<AeroResult> results) {
    XYChart cp = Charts.chart(760, 460, "Pressure distributions of the best designs", "x/c", "−C_p");
    for (int i = results.size() - 1; i >= 0; i--) {
      AeroResult r = results.get(i);
      if (!r.converged() || r.surface() == null) {
        continue;
      }
      double[] negCp = r.surface().cp().clone();
      for (int j = 0; j < negCp.length; j++) {
        negCp[j] = -negCp[j];
      }
      Charts.line(cp, String.format(Locale.ROOT, "#%d  C_l %.3f, L/D %.1f", i + 1, r.cl(), r.cl() / r.cd()),
          r.surface().x(), negCp, Charts.withAlpha(Charts.color(i), 220), i == 0 ? 2.2f : 1.2f);
    }
    new Figure(String.format(Locale.ROOT, "Target C_l %.3f, L/D %.1f at α %.1f°, Re %.3g", target.cl(),
        target.liftToDrag(), target.alphaDegrees(), target.reynolds()), List.of(cp), 1, List.of()).savePng(file);
  }

  /**
   * The polars of the best designs against the target: C_l(α), the drag polar C_l(C_d) and L/D(α), one line per
   * design (converged points only; the best thickest), the target (α_t, C_l,t, (L/D)_t) as a diamond in each.
   */
  static void designPolars(Path file, DesignTarget target, List<Polar> polars) {
    XYChart lift = Charts.chart(440, 400, "Lift", "α (deg)", "C_l");
    XYChart drag = Charts.chart(440, 400, "Drag polar", "C_d", "C_l");
    XYChart ratio = Charts.chart(440, 400, "Lift-to-drag ratio", "α (deg)", "L/D");
    for (int i = polars.size() - 1; i >= 0; i--) {
      Curves c = Curves.of(polars.get(i));
      if (c.alpha().isEmpty()) {
        continue;
      }
      List<Double> ld = new ArrayList<>();
      for (int k = 0; k < c.cl().size(); k++) {
        ld.add(c.cl().get(k) / c.cd().get(k));
      }
      Color color = Charts.withAlpha(Charts.color(i), 220);
      float width = i == 0 ? 2.2f : 1.2f;
      String name = "#" + (i + 1);
      designLine(lift, name, c.alpha(), c.cl(), color, width);
      designLine(drag, name, c.cd(), c.cl(), color, width);
      designLine(ratio, name, c.alpha(), ld, color, width);
    }
    targetMark(lift, target.alphaDegrees(), target.cl());
    targetMark(drag, target.cl() / target.liftToDrag(), target.cl());
    targetMark(ratio, target.alphaDegrees(), target.liftToDrag());
    lift.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    drag.getStyler().setLegendVisible(false);
    ratio.getStyler().setLegendVisible(false);
    new Figure(String.format(Locale.ROOT, "Polars of the best designs, Re %.3g; target C_l %.3f, L/D %.1f at α %.1f°",
        target.reynolds(), target.cl(), target.liftToDrag(), target.alphaDegrees()), List.of(lift, drag, ratio), 3,
        List.of()).savePng(file);
  }

  /** α, C_l and C_d of a polar's converged points. */
  private record Curves(List<Double> alpha, List<Double> cl, List<Double> cd) {
    static Curves of(Polar polar) {
      Curves c = new Curves(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (AeroResult r : polar.points()) {
        if (r.converged()) {
          c.alpha.add(r.condition().alphaDegrees());
          c.cl.add(r.cl());
          c.cd.add(r.cd());
        }
      }
      return c;
    }
  }

  private static void designLine(XYChart chart, String name, List<Double> x, List<Double> y, Color color, float width) {
    markedLine(chart, name, x, y, color).setLineWidth(width);
  }

  private static void targetMark(XYChart chart, double x, double y) {
    XYSeries t = chart.addSeries("target", new double[] {x}, new double[] {y});
    t.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    t.setMarker(SeriesMarkers.DIAMOND);
    t.setMarkerColor(Charts.TRUTH);
  }

  private static XYSeries markedLine(XYChart chart, String name, List<Double> x, List<Double> y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setLineColor(color);
    s.setMarkerColor(color);
    s.setMarker(SeriesMarkers.CIRCLE);
    return s;
  }
}
