package org.inversesuite.anomaly.table;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a text cell holds: a finite decimal number, a missing value, or text. */
final class Cells {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?", "-nan", "+nan");

  private Cells() {}

  /** @return whether {@code text} is a decimal number */
  static boolean isNumber(String text) {
    return DECIMAL.matcher(text.strip()).matches();
  }

  /** @return whether {@code text} marks a missing value (empty, NA, NaN, null, ?) */
  static boolean isMissing(String text) {
    return MISSING.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
