package org.inversesuite.cli.astro;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.inversion.PlanetObservation;
import org.inversesuite.cli.plot.Charts;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The mass-radius diagram: the radius of pure iron, pure MgSiO₃, pure water and Earth-like
 * (32.5 % Fe) planets from our structure solver over the trained mass range (log mass axis), and
 * the measured planets over them with 1σ error bars in both directions.
 */
final class MassRadiusPlot {
  private static final int GRID = 40;
  private static final int MAX_LABELS = 15;

  private MassRadiusPlot() {}

  static void save(Path file, List<PlanetObservation> planets, InteriorPriorConfig range, InteriorSolver solver) {
    XYChart chart = Charts.chart(900, 620, "Mass-radius diagram (Seager et al. 2007 equations of state)",
        "mass [Earth masses]", "radius [Earth radii]");
    chart.getStyler().setXAxisLogarithmic(true).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    chart.getStyler().setXAxisMin(range.massMin()).setXAxisMax(range.massMax());
    double[] masses = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      masses[i] = range.massMin() * Math.pow(range.massMax() / range.massMin(), i / (GRID - 1.0));
    }
    Object[][] curves = {{"100% H2O", new Composition(0, 0, 1), new Color(31, 119, 180)},
        {"100% MgSiO3", new Composition(0, 1, 0), new Color(140, 86, 75)},
        {"Earth-like (32.5% Fe)", Composition.earthLike(), new Color(44, 160, 44)},
        {"100% Fe", Composition.iron(), new Color(127, 127, 127)}};
    for (Object[] c : curves) {
      double[] radii = new double[GRID];
      for (int i = 0; i < GRID; i++) {
        radii[i] = solver.solve(masses[i], (Composition) c[1]).radius();
      }
      XYSeries s = Charts.line(chart, (String) c[0], masses, radii, (Color) c[2], 2f);
      if (c[1].equals(Composition.earthLike())) {
        s.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      }
    }
    java.util.Map<List<Double>, String> labels = new java.util.LinkedHashMap<>();
    for (int k = 0; k < planets.size(); k++) {
      PlanetObservation p = planets.get(k);
      Color color = Color.BLACK;
      double m = p.mass();
      double r = p.radius();
      bar(chart, p.name() + " dM", new double[] {m - p.massError(), m + p.massError()}, new double[] {r, r}, color);
      bar(chart, p.name() + " dR", new double[] {m, m}, new double[] {r - p.radiusError(), r + p.radiusError()}, color);
      XYSeries point = chart.addSeries(p.name(), new double[] {m}, new double[] {r});
      point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      point.setMarker(SeriesMarkers.CIRCLE);
      point.setMarkerColor(Color.BLACK);
      point.setShowInLegend(false);
      labels.merge(List.of(m, r), p.name(), (a, b) -> a + " / " + b);
    }
    if (labels.size() <= MAX_LABELS) {
      // planets at the same point share one label; XChart centres a label on its position, so it is moved right
      // by half its width (about 3.5 px per character, 330 px per decade of mass)
      labels.forEach((at, text) -> chart.addAnnotation(new AnnotationText(text,
          at.get(0) * Math.pow(10, 0.0106 * text.length() + 0.02), at.get(1) + 0.05, false)));
    }
    Charts.savePng(file, List.of(chart));
  }

  private static void bar(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = Charts.line(chart, name, new double[] {Math.max(x[0], 1e-3), x[1]}, y, color, 1.2f);
    s.setShowInLegend(false);
  }
}
