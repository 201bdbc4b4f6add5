package org.inversesuite.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tribuo logs every model it trains at INFO (a C2ST trains one per fold); on the command line only its warnings are
 * shown. The logger is held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
 */
public final class TribuoLogging {
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

  private TribuoLogging() {}

  /** Shows only Tribuo's warnings and errors from now on. */
  public static void warningsOnly() {
    TRIBUO.setLevel(Level.WARNING);
  }
}
