package org.inversesuite.molecules.design;

import java.util.List;
import java.util.Objects;

/**
 * One training molecule as the model sees it.
 *
 * @param id the record's label in its file
 * @param record 1-based record number in its file
 * @param line 1-based line where the record starts
 * @param smiles canonical SMILES (the identity key for uniqueness and novelty)
 * @param selfies canonical SELFIES symbols
 * @param y the condition values, in {@link Condition#names()} order
 */
public record Example(String id, int record, int line, String smiles, List<String> selfies, double[] y) {
  /** Copies the arrays. */
  public Example {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(smiles, "smiles");
    selfies = List.copyOf(selfies);
    y = y.clone();
  }

  /** @return the first condition value, logP */
  public double logP() {
    return y[0];
  }
}
