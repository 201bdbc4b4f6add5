package org.inversesuite.molecules.depict;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.io.AtomicFiles;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.layout.StructureDiagramGenerator;

/**
 * A PNG grid of 2-D structure depictions, each titled (e.g. with its logP). Coordinates come
 * from CDK's structure diagram generator (cdk-sdg), the drawing from CDK's depiction generator
 * (cdk-depict; Mayfield's renderer), atoms coloured by element.
 */
public final class DepictionGrid {
  /** Width and height of one cell in pixels. */
  public static final int CELL = 250;

  private DepictionGrid() {}

  /**
   * A titled molecule.
   *
   * @param molecule the structure (not modified)
   * @param title the caption under it
   */
  public record Cell(IAtomContainer molecule, String title) {}

  /**
   * Writes the grid atomically.
   *
   * @param target the PNG file
   * @param cells the molecules, at least one
   * @param columns cells per row
   * @throws IllegalArgumentException when CDK cannot lay out or draw a molecule
   */
  public static void write(Path target, List<Cell> cells, int columns) {
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("no molecules to depict");
    }
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be >= 1, got " + columns);
    }
    List<IAtomContainer> laidOut = new ArrayList<>(cells.size());
    StructureDiagramGenerator sdg = new StructureDiagramGenerator();
    for (Cell c : cells) {
      try {
        IAtomContainer copy = c.molecule().clone();
        sdg.generateCoordinates(copy);
        copy.setProperty(CDKConstants.TITLE, c.title());
        laidOut.add(copy);
      } catch (CloneNotSupportedException | CDKException e) {
        throw new IllegalArgumentException("cannot lay out " + c.title() + ": " + e.getMessage(), e);
      }
    }
    int cols = Math.min(columns, cells.size());
    int rows = (cells.size() + cols - 1) / cols;
    Depiction depiction;
    try {
      depiction = new DepictionGenerator().withSize(CELL * cols, CELL * rows).withAtomColors().withMolTitle()
          .withTitleColor(Color.DARK_GRAY).withBackgroundColor(Color.WHITE).depict(laidOut, rows, cols);
    } catch (CDKException e) {
      throw new IllegalArgumentException("CDK cannot depict the molecules: " + e.getMessage(), e);
    }
    AtomicFiles.write(target, out -> {
      try {
        depiction.writeTo(Depiction.PNG_FMT, out);
      } catch (IOException e) {
        throw e;
      }
    });
  }
}
