package org.inversesuite.molecules.selfies;

/** {@code [nop]}: no operation, the padding symbol; the decoder skips it. */
public enum NopSymbol implements SelfiesSymbol {
  /** The one instance. */
  INSTANCE;

  /** The text {@code [nop]}. */
  public static final String TEXT = "[nop]";

  @Override
  public String text() {
    return TEXT;
  }
}
