package org.inversesuite.astro.io;

import java.util.List;
import java.util.Map;
import org.inversesuite.astro.interior.inversion.PlanetObservation;

/** One data row of an Exoplanet Archive table, its fields looked up by column name. */
final class ArchiveRow {
  private final Map<String, Integer> index;
  private final List<String> fields;
  private String name = "";

  ArchiveRow(Map<String, Integer> index, List<String> fields) {
    this.index = index;
    this.fields = fields;
  }

  /** @throws IllegalArgumentException naming the planet and the column of the first problem */
  PlanetObservation planet() {
    name = text("pl_name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("pl_name is empty");
    }
    double mass = number("pl_bmasse");
    double massError = error("pl_bmasseerr1", "pl_bmasseerr2");
    double radius = number("pl_rade");
    double radiusError = error("pl_radeerr1", "pl_radeerr2");
    double metallicity = optional("st_met");
    PlanetObservation p = new PlanetObservation(name, mass, massError, radius, radiusError, Double.NaN, Double.NaN,
        metallicity);
    double feSi = optional("fe_si");
    double feSiError = optional("fe_si_err");
    if (Double.isNaN(feSi) != Double.isNaN(feSiError)) {
      throw new IllegalArgumentException(name + ": fe_si and fe_si_err must be given together");
    }
    return Double.isNaN(feSi) ? p : p.withFeSi(feSi, feSiError);
  }

  private String text(String column) {
    return fields.get(index.get(column)).strip();
  }

  private double number(String column) {
    String s = text(column);
    if (s.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + column + " is empty");
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": " + column + " is not a number: \"" + s + "\"", e);
    }
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + ": " + column + " must be finite and > 0, got " + s);
    }
    return v;
  }

  /** σ = (err1 + |err2|) / 2; the archive writes err2 as a negative number. */
  private double error(String upper, String lower) {
    double e1 = number(upper);
    String s = text(lower);
    double e2;
    try {
      e2 = Math.abs(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": " + lower + (s.isEmpty() ? " is empty" : " is not a number: \""
          + s + "\""), e);
    }
    if (!(e2 > 0) || !Double.isFinite(e2)) {
      throw new IllegalArgumentException(name + ": " + lower + " must be finite and non-zero, got " + s);
    }
    return 0.5 * (e1 + e2);
  }

  /** @return the value of an optional column, NaN when the column or the value is absent */
  private double optional(String column) {
    if (!index.containsKey(column) || text(column).isEmpty()) {
      return Double.NaN;
    }
    String s = text(column);
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": " + column + " is not a finite number: \"" + s + "\"", e);
    }
  }
}
