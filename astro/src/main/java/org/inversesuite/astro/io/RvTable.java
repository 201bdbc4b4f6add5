package org.inversesuite.astro.io;

import java.util.List;
import java.util.Objects;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * A radial-velocity data set read from a file: the measurements in m/s, the instrument of each
 * (if the file has that column) and the time format of the file.
 *
 * @param observations times as written (days), velocities and error bars converted to m/s
 * @param instruments one label per measurement, or empty if the file has no instrument column
 * @param timeFormat what the times are
 */
public record RvTable(RvObservationSet observations, List<String> instruments, TimeFormat timeFormat) {
  /** Copies the labels and checks their count. */
  public RvTable {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(timeFormat, "timeFormat");
    instruments = List.copyOf(instruments);
    if (!instruments.isEmpty() && instruments.size() != observations.size()) {
      throw new IllegalArgumentException(instruments.size() + " instrument labels for " + observations.size()
          + " measurements");
    }
  }

  /** @return the number of measurements */
  public int size() {
    return observations.size();
  }

  /**
   * @return the full BJD of measurement i
   * @throws IllegalStateException if the file's times are relative
   */
  public double bjd(int i) {
    return timeFormat.toBjd(observations.time(i));
  }
}
