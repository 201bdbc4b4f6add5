package org.inversesuite.cli;

import java.io.UncheckedIOException;
import org.inversesuite.core.tensor.NonFiniteException;

/** Turns exceptions into one-line messages and exit codes for the command line. */
final class Errors {
  private Errors() {}

  /** @return the message of the most informative exception in the chain */
  static String describe(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return t instanceof OutOfMemoryError ? "out of memory (" + message + "); raise -Xmx in JAVA_OPTS" : message;
  }

  /** @return true for bad input (arguments, configs, data, model files), false for a failed run */
  static boolean isInvalidInput(Throwable e) {
    return e instanceof IllegalArgumentException || e instanceof NonFiniteException || e instanceof UncheckedIOException;
  }
}
