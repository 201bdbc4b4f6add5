package org.inversesuite.molecules.io;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.io.AtomicFiles;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.SDFWriter;
import org.openscience.cdk.layout.StructureDiagramGenerator;

/**
 * Writes {@link SdfEntry} records as an MDL SD file (V2000 molfiles, CDK's {@link SDFWriter}),
 * atomically ({@link AtomicFiles}): readers see the old file or the complete new one.
 *
 * <p>Each molecule is cloned; the clone's CDK properties are replaced by exactly the entry's
 * fields, so no CDK-internal property leaks into the file. Molecules without 2D coordinates
 * (e.g. read from SMILES) get a 2D layout from CDK's {@link StructureDiagramGenerator}, so that
 * the file can be drawn. Bonds are written in Kekulé form.
 */
public final class SdfWriter {
  private SdfWriter() {}

  /**
   * @param target the file to create or replace; parent directories are created
   * @param entries the records, in order (may be empty: an empty file is written)
   * @throws IllegalArgumentException naming the entry when CDK cannot lay out or write a molecule
   * @throws java.io.UncheckedIOException naming {@code target} when the write fails
   */
  public static void write(Path target, List<SdfEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    AtomicFiles.write(target, out -> {
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (SDFWriter sdf = new SDFWriter(text)) {
        for (int i = 0; i < entries.size(); i++) {
          sdf.write(prepare(entries.get(i), i));
        }
      } catch (CDKException e) {
        throw new IllegalArgumentException("CDK cannot write " + target + ": " + e.getMessage(), e);
      }
    });
  }

  private static IAtomContainer prepare(SdfEntry entry, int index) {
    IAtomContainer copy;
    try {
      copy = entry.molecule().clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("CDK atom container cannot be cloned", e);
    }
    new ArrayList<>(copy.getProperties().keySet()).forEach(copy::removeProperty);
    copy.setTitle(entry.title());
    entry.fields().forEach(copy::setProperty);
    if (!has2dCoordinates(copy)) {
      try {
        StructureDiagramGenerator sdg = new StructureDiagramGenerator();
        sdg.generateCoordinates(copy);
      } catch (CDKException | RuntimeException e) {
        throw new IllegalArgumentException("entry " + index + " (" + entry.title() + "): CDK cannot lay out the molecule in 2D: "
            + e.getMessage(), e);
      }
    }
    return copy;
  }

  private static boolean has2dCoordinates(IAtomContainer molecule) {
    for (IAtom atom : molecule.atoms()) {
      if (atom.getPoint2d() == null) {
        return false;
      }
    }
    return true;
  }
}
