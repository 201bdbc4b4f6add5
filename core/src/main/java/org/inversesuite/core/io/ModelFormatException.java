package org.inversesuite.core.io;

import java.nio.file.Path;

/**
 * A file that {@link ModelStore#read(Path)} refuses: not a model file, an unsupported format
 * version, truncated, corrupted (checksum mismatch), larger than the reader's limit, or with a
 * malformed header or an inconsistent tensor table. The message starts with the path and
 * says what is wrong, with the expected and actual values where there are any.
 */
public final class ModelFormatException extends IllegalArgumentException {
  private final transient Path path;

  /**
   * @param path the refused file
   * @param problem what is wrong with it
   */
  public ModelFormatException(Path path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** @return the refused file */
  public Path path() {
    return path;
  }
}
