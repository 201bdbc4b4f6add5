package org.inversesuite.cli.table;

import java.util.List;
import java.util.Locale;

/** Lists the settings that differ between what is stored on disk and what a run asks for. */
final class Differences {
  private Differences() {}

  /** Adds "name stored (label) vs requested (this command)" to {@code out} if the two differ. */
  static void add(List<String> out, String name, Object stored, Object requested, String label) {
    if (!stored.equals(requested)) {
      out.add(String.format(Locale.ROOT, "%s %s (%s) vs %s (this command)", name, stored, label, requested));
    }
  }
}
