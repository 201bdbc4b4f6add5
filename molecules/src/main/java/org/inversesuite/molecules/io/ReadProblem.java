package org.inversesuite.molecules.io;

import java.util.Objects;

/**
 * One record of an input file that did not become a molecule.
 *
 * @param record 1-based record number in the file (SMILES: non-blank line count; SDF: entry count)
 * @param line 1-based line number where the record starts
 * @param id the record's id ({@code ""} if it has none)
 * @param kind why the record was not kept
 * @param reason the detail, e.g. CDK's parser message
 */
public record ReadProblem(int record, int line, String id, ProblemKind kind, String reason) {
  /** Checks positions and presence of the texts. */
  public ReadProblem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (record < 1 || line < 1) {
      throw new IllegalArgumentException("record and line are 1-based, got record " + record + ", line " + line);
    }
  }

  /** @return e.g. {@code line 1838 (record 1838, id 1838): UNPARSABLE: could not parse ...} */
  @Override
  public String toString() {
    return "line " + line + " (record " + record + (id.isEmpty() ? "" : ", id " + id) + "): " + kind + ": " + reason;
  }
}
