package org.inversesuite.molecules.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * A molecule read from a file, with where it came from.
 *
 * <p>The CDK container is mutable; treat it as read-only (clone before changing it), since
 * results and deduplication keys refer to it.
 *
 * @param id the record's id: the SMILES file's second column, or the SD title or id field;
 *     {@code ""} if the record has none
 * @param molecule the molecule, Kekulé form, implicit hydrogen counts set, at least one atom
 * @param record 1-based record number in the file
 * @param line 1-based line number where the record starts
 * @param removedFragments number of fragments removed by the {@link FragmentPolicy} (0 if none)
 * @param fields SD data fields in file order (empty for SMILES input); unmodifiable
 */
public record MoleculeRecord(String id, IAtomContainer molecule, int record, int line, int removedFragments,
    Map<String, String> fields) {
  /** Checks positions, presence of the molecule and copies the fields. */
  public MoleculeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(molecule, "molecule");
    if (molecule.getAtomCount() == 0) {
      throw new IllegalArgumentException("record " + record + " has no atoms");
    }
    if (record < 1 || line < 1) {
      throw new IllegalArgumentException("record and line are 1-based, got record " + record + ", line " + line);
    }
    if (removedFragments < 0) {
      throw new IllegalArgumentException("removedFragments must be >= 0, got " + removedFragments);
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
  }

  /** @return the id, or {@code "record <n>"} when the record has none */
  public String label() {
    return id.isEmpty() ? "record " + record : id;
  }
}
