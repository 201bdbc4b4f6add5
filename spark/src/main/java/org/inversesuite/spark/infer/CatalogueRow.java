package org.inversesuite.spark.infer;

import java.io.Serializable;

/**
 * One input row of a catalogue, parsed: either its observation or the reason it is unusable.
 *
 * @param index position of the row in the input (0-based, header excluded), its random stream
 * @param id the row's id column, or its index as text
 * @param y the observation, or null if the row is bad
 * @param error why the row is bad, or null
 * @param raw the row as read, for the error output
 */
public record CatalogueRow(long index, String id, double[] y, String error, String raw) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** @return a usable row */
  static CatalogueRow ok(long index, String id, double[] y, String raw) {
    return new CatalogueRow(index, id, y, null, raw);
  }

  /** @return a bad row */
  static CatalogueRow bad(long index, String id, String error, String raw) {
    return new CatalogueRow(index, id, null, error, raw);
  }

  /**
   * @param names the observation names, for the message
   * @return the row itself if every value is finite, otherwise a bad row naming the first offender
   */
  static CatalogueRow checked(long index, String id, double[] y, java.util.List<String> names, String raw) {
    for (int j = 0; j < y.length; j++) {
      if (!Double.isFinite(y[j])) {
        return bad(index, id, names.get(j) + " is " + y[j], raw);
      }
    }
    return ok(index, id, y, raw);
  }
}
