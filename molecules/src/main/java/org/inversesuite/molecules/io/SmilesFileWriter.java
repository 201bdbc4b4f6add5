package org.inversesuite.molecules.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Writes molecules as a SMILES file in the format {@link SmilesFileReader} reads: one line per
 * molecule, canonical SMILES ({@link CanonicalSmiles}), a tab, the id (omitted when empty).
 * The write is atomic ({@link AtomicFiles}).
 */
public final class SmilesFileWriter {
  private SmilesFileWriter() {}

  /**
   * @param target the file to create or replace; parent directories are created
   * @param records the molecules, in order
   * @param form canonical SMILES flavour to write
   * @throws IllegalArgumentException when an id contains a line break or CDK cannot write a molecule
   * @throws java.io.UncheckedIOException naming {@code target} when the write fails
   */
  public static void write(Path target, List<MoleculeRecord> records, CanonicalForm form) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(form, "form");
    StringBuilder b = new StringBuilder();
    for (MoleculeRecord r : records) {
      if (r.id().contains("\n") || r.id().contains("\r")) {
        throw new IllegalArgumentException("id of record " + r.record() + " contains a line break: '" + r.id() + "'");
      }
      b.append(CanonicalSmiles.of(r.molecule(), form));
      if (!r.id().isEmpty()) {
        b.append('\t').append(r.id());
      }
      b.append('\n');
    }
    AtomicFiles.write(target, b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
