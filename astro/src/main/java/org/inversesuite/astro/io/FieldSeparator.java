package org.inversesuite.astro.io;

/** How the fields of a text radial-velocity table are separated. */
public enum FieldSeparator {
  /** Runs of spaces and tabs (the usual .vels / .dat / .txt tables); leading blanks are ignored. */
  WHITESPACE,
  /** {@code ,} (CSV); fields are trimmed and may be enclosed in double quotes. */
  COMMA,
  /** A single tab per field (DACE .rdb); fields are trimmed. */
  TAB,
  /** {@code ;}; fields are trimmed and may be enclosed in double quotes. */
  SEMICOLON
}
