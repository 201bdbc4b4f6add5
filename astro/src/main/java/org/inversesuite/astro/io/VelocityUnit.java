package org.inversesuite.astro.io;

import java.util.Locale;
import java.util.Optional;

/** The unit of the velocity and error columns of a radial-velocity file; readers convert to m/s. */
public enum VelocityUnit {
  /** Metres per second (most precise-RV files: HARPS/ESPRESSO pipelines, HIRES, DACE m/s tables). */
  METRES_PER_SECOND(1.0),
  /** Kilometres per second (e.g. DACE .rdb exports, older CORAVEL/ELODIE tables). */
  KILOMETRES_PER_SECOND(1000.0);

  private final double toMetresPerSecond;

  VelocityUnit(double toMetresPerSecond) {
    this.toMetresPerSecond = toMetresPerSecond;
  }

  /** @return the value converted to m/s */
  public double toMetresPerSecond(double value) {
    return value * toMetresPerSecond;
  }

  /**
   * Recognises a unit string as written in FITS TUNITn cards or column headers: {@code m/s},
   * {@code m s-1}, {@code m.s-1}, {@code m s^-1}, {@code km/s} and the same with {@code km};
   * case and spaces around it are ignored.
   *
   * @return the unit, or empty if the text is not a velocity unit this reader knows
   */
  public static Optional<VelocityUnit> parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace("^", "").replace(".", " ").replaceAll("\\s+", " ");
    if (s.equals("m/s") || s.equals("m s-1")) {
      return Optional.of(METRES_PER_SECOND);
    }
    if (s.equals("km/s") || s.equals("km s-1")) {
      return Optional.of(KILOMETRES_PER_SECOND);
    }
    return Optional.empty();
  }
}
