package org.inversesuite.airfoil.solver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.shape.Airfoil;

/** The XFOIL reference data of src/test/resources/org/inversesuite/airfoil/xfoil (see its README). */
final class XfoilPolar {
  static final String DIR = "/org/inversesuite/airfoil/xfoil/";
  static final List<String> SECTIONS = List.of("naca0012", "naca2412", "naca4415", "cst-a", "cst-b");

  /** One XFOIL polar row. */
  record Point(double alpha, double cl, double cd, double cdp, double cm, double xtrTop, double xtrBottom) {}

  private XfoilPolar() {}

  static List<String> lines(String resource) {
    try (InputStream in = XfoilPolar.class.getResourceAsStream(DIR + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Airfoil airfoil(String section) {
    return AirfoilFiles.parse(section + ".dat", lines(section + ".dat"), CoordinateFormat.SELIG);
  }

  /** @param case_ "inviscid", "1e6" or "3e6" */
  static Map<Double, Point> polar(String section, String case_) {
    Map<Double, Point> out = new TreeMap<>();
    List<String> rows = lines(section + "-" + case_ + ".csv");
    for (String row : rows.subList(1, rows.size())) {
      String[] p = row.split(",");
      double[] v = new double[7];
      for (int i = 0; i < 7; i++) {
        v[i] = Double.parseDouble(p[i]);
      }
      out.put(v[0], new Point(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
    }
    return out;
  }

  static List<Double> angles(double from, double to) {
    List<Double> a = new ArrayList<>();
    for (double x = from; x <= to + 1e-9; x += 1) {
      a.add(x);
    }
    return a;
  }
}
