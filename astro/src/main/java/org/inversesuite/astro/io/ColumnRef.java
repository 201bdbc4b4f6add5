package org.inversesuite.astro.io;

/** A column of a table, by its header name or by its 1-based position. */
public sealed interface ColumnRef permits ColumnRef.Named, ColumnRef.Positional {

  /** @return a reference to the column headed {@code name} (exact, case-sensitive match) */
  static ColumnRef named(String name) {
    return new Named(name);
  }

  /** @return a reference to the column at 1-based {@code position} */
  static ColumnRef position(int position) {
    return new Positional(position);
  }

  /**
   * A column by header name.
   *
   * @param name the header text, not blank
   */
  record Named(String name) implements ColumnRef {
    /** Checks the name. */
    public Named {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a column name must not be blank");
      }
    }

    @Override
    public String toString() {
      return "'" + name + "'";
    }
  }

  /**
   * A column by position.
   *
   * @param position 1-based, ≥ 1
   */
  record Positional(int position) implements ColumnRef {
    /** Checks the position. */
    public Positional {
      if (position < 1) {
        throw new IllegalArgumentException("column positions are 1-based, got " + position);
      }
    }

    @Override
    public String toString() {
      return "#" + position;
    }
  }
}
