package org.inversesuite.airfoil.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command lines {@link XfoilSolver} feeds to XFOIL's standard input for one polar, as in the
 * validation runs (src/test/resources/org/inversesuite/airfoil/xfoil/README.md): optionally
 * {@code PLOP}, {@code G F}; then {@code LOAD}, {@code PANE} (160 nodes), {@code OPER},
 * {@code VISC Re}, {@code ITER n}, {@code PACC} into a polar file, one {@code ALFA} per angle in
 * the requested order (each starting from the previous solution), {@code PACC}, {@code QUIT}.
 */
final class XfoilScript {
  private XfoilScript() {}

  /** Angle as written to XFOIL: 0.001° resolution, the precision of its polar file. */
  static String angle(double alphaDegrees) {
    return String.format(Locale.ROOT, "%.3f", alphaDegrees);
  }

  /**
   * @param airfoilFile file name of the Selig coordinates, relative to XFOIL's working directory
   * @param polarFile file name XFOIL accumulates the polar into (must not exist yet)
   */
  static List<String> lines(XfoilGraphics graphics, String airfoilFile, String polarFile, double reynolds,
      int iterations, List<Double> alphasDegrees) {
    List<String> out = new ArrayList<>();
    if (graphics == XfoilGraphics.OFF) {
      out.add("PLOP");
      out.add("G F");
      out.add("");
    }
    out.add("LOAD " + airfoilFile);
    out.add("PANE");
    out.add("OPER");
    out.add(String.format(Locale.ROOT, "VISC %.0f", reynolds));
    out.add("ITER " + iterations);
    out.add("PACC");
    out.add(polarFile);
    out.add(""); // no dump file
    for (double a : alphasDegrees) {
      out.add("ALFA " + angle(a));
    }
    out.add("PACC");
    out.add("");
    out.add("QUIT");
    return out;
  }
}
