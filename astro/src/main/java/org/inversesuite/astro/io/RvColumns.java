package org.inversesuite.astro.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a radial-velocity table hold the time, the velocity, its error bar and,
 * optionally, the instrument label. Other columns are ignored.
 *
 * @param time the observation time, days ({@link TimeFormat})
 * @param velocity the radial velocity ({@link VelocityUnit})
 * @param error the 1σ error bar of the velocity, same unit
 * @param instrument the instrument label, a free text, if the file has one
 */
public record RvColumns(ColumnRef time, ColumnRef velocity, ColumnRef error, Optional<ColumnRef> instrument) {
  /** Checks that nothing is null and that no column is used twice. */
  public RvColumns {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(velocity, "velocity");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(instrument, "instrument (use Optional.empty())");
    if (time.equals(velocity) || time.equals(error) || velocity.equals(error)
        || instrument.map(i -> i.equals(time) || i.equals(velocity) || i.equals(error)).orElse(false)) {
      throw new IllegalArgumentException("each role needs its own column, got time " + time + ", velocity "
          + velocity + ", error " + error + instrument.map(i -> ", instrument " + i).orElse(""));
    }
  }

  /** @return columns by header name, no instrument column */
  public static RvColumns named(String time, String velocity, String error) {
    return new RvColumns(ColumnRef.named(time), ColumnRef.named(velocity), ColumnRef.named(error), Optional.empty());
  }

  /** @return columns by 1-based position, no instrument column */
  public static RvColumns positional(int time, int velocity, int error) {
    return new RvColumns(ColumnRef.position(time), ColumnRef.position(velocity), ColumnRef.position(error),
        Optional.empty());
  }

  /** @return a copy that also reads the instrument label from {@code column} */
  public RvColumns withInstrument(ColumnRef column) {
    return new RvColumns(time, velocity, error, Optional.of(column));
  }

  /** @return whether every reference is positional (required for files without a header) */
  boolean allPositional() {
    return time instanceof ColumnRef.Positional && velocity instanceof ColumnRef.Positional
        && error instanceof ColumnRef.Positional
        && instrument.map(i -> i instanceof ColumnRef.Positional).orElse(true);
  }
}
