package org.inversesuite.cli.airfoil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.NacaFiveDigit;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;

/** Turns what a user types into an airfoil or a list of angles. */
final class Sections {
  private Sections() {}

  /**
   * @param spec "naca2412", "NACA 23012", "2412" or a coordinate file (Selig or Lednicer)
   * @return the section, 80 points per side for NACA designations
   */
  static Airfoil section(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    String digits = s.startsWith("naca") ? s.substring(4) : s;
    if (digits.matches("\\d{4}") && !Files.exists(Path.of(spec))) {
      return NacaFourDigit.of(digits, TrailingEdge.CLOSED).toAirfoil(80);
    }
    if (digits.matches("\\d{5}") && !Files.exists(Path.of(spec))) {
      return NacaFiveDigit.of(digits, TrailingEdge.CLOSED).toAirfoil(80);
    }
    Path file = Path.of(spec);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("'" + spec + "' is neither a NACA 4- or 5-digit designation nor a "
          + "coordinate file");
    }
    return AirfoilFiles.read(file);
  }

  /**
   * @param spec "4", "-4:10:1" (from:to:step, inclusive) or "0,2,4"
   * @return the angles in degrees
   */
  static List<Double> angles(String spec) {
    return angles(spec, "--alpha");
  }

  /**
   * @param spec as for {@link #angles(String)}
   * @param option the option that gave it, named in the messages
   * @return the angles in degrees
   */
  static List<Double> angles(String spec, String option) {
    List<Double> out = new ArrayList<>();
    try {
      if (spec.contains(":")) {
        String[] p = spec.split(":");
        if (p.length != 3) {
          throw new IllegalArgumentException(option + " range must be from:to:step, got '" + spec + "'");
        }
        double from = Double.parseDouble(p[0]);
        double to = Double.parseDouble(p[1]);
        double step = Double.parseDouble(p[2]);
        if (!(step > 0) || to < from) {
          throw new IllegalArgumentException(option + " range needs step > 0 and to >= from, got '" + spec + "'");
        }
        for (int k = 0; from + k * step <= to + 1e-9; k++) {
          out.add(from + k * step);
        }
      } else {
        for (String v : spec.split(",")) {
          out.add(Double.parseDouble(v.trim()));
        }
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": '" + spec + "' is not a number, a list or a from:to:step range");
    }
    return out;
  }
}
