package org.inversesuite.molecules.selfies;

import java.util.regex.Pattern;

/** Shared pieces of the symbol syntax: bond prefixes and index lengths. */
final class SymbolSyntax {
  static final Pattern STRUCTURAL = Pattern.compile("\\[([=#]?)(Branch|Ring)([123])]");

  private SymbolSyntax() {}

  static int bondOrder(String prefix) {
    return switch (prefix) {
      case "" -> 1;
      case "=" -> 2;
      case "#" -> 3;
      default -> throw new IllegalArgumentException("unknown bond prefix '" + prefix + "'");
    };
  }

  static String prefix(int bondOrder) {
    return switch (bondOrder) {
      case 1 -> "";
      case 2 -> "=";
      case 3 -> "#";
      default -> throw new IllegalArgumentException("bond order must be 1, 2 or 3, got " + bondOrder);
    };
  }

  static void checkLength(int length) {
    if (length < 1 || length > 3) {
      throw new IllegalArgumentException("index length must be 1, 2 or 3 symbols, got " + length);
    }
  }
}
