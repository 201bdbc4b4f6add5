package org.inversesuite.cli.airfoil;

import java.nio.file.Path;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.cli.experiment.JsonRecordFile;

/**
 * Reads a design space file ({@code --space}, e.g. {@code experiments/airfoil/cst5-space.json}); a
 * missing, misspelt or invalid field is refused in one line naming the file and the field.
 */
final class DesignSpaceFile {
  private DesignSpaceFile() {}

  static DesignSpace read(Path file) {
    return JsonRecordFile.read(file, DesignSpace.class, "design space file");
  }
}
