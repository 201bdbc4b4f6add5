package org.inversesuite.cli.airfoil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rule for every file a user names: never overwrite without {@code --force}. */
final class Outputs {
  private Outputs() {}

  /** @throws IllegalArgumentException if {@code file} exists and {@code force} is false */
  static void checkWritable(Path file, boolean force) {
    if (file != null && Files.exists(file) && !force) {
      throw new IllegalArgumentException(file + " exists; pass --force to overwrite it");
    }
  }

  /** Creates {@code dir} (and parents). */
  static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
