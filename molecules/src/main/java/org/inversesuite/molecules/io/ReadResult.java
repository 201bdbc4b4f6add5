package org.inversesuite.molecules.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader made of a file: the molecules and, for every record that did not become one,
 * a {@link ReadProblem}. Every record is in exactly one of the two lists, so
 * {@code recordCount() == molecules().size() + problems().size()}.
 *
 * @param source the file name or description the reader was given
 * @param recordCount number of records in the input
 * @param molecules the records that became molecules, in file order
 * @param problems the records that did not, in file order
 */
public record ReadResult(String source, int recordCount, List<MoleculeRecord> molecules, List<ReadProblem> problems) {
  private static final int LISTED_PROBLEMS = 5;

  /** Copies the lists and checks that every record is accounted for exactly once. */
  public ReadResult {
    Objects.requireNonNull(source, "source");
    molecules = List.copyOf(molecules);
    problems = List.copyOf(problems);
    if (recordCount != molecules.size() + problems.size()) {
      throw new IllegalArgumentException(source + ": " + recordCount + " records but " + molecules.size()
          + " molecules + " + problems.size() + " problems");
    }
  }

  /** @return the number of problems of each kind (kinds without problems are absent) */
  public Map<ProblemKind, Integer> problemCounts() {
    Map<ProblemKind, Integer> counts = new EnumMap<>(ProblemKind.class);
    for (ReadProblem p : problems) {
      counts.merge(p.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * A one-paragraph report, e.g. {@code nci.smi: 4999 records, 4993 molecules, 6 problems
   * {UNPARSABLE=6}; first: line 1838 (record 1838, id 1838): UNPARSABLE: ...}.
   *
   * @return the summary, listing at most the first five problems
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(source).append(": ").append(recordCount).append(" records, ").append(molecules.size())
        .append(" molecules, ").append(problems.size()).append(" problems");
    if (!problems.isEmpty()) {
      b.append(' ').append(problemCounts()).append("; first: ");
      for (int i = 0; i < Math.min(LISTED_PROBLEMS, problems.size()); i++) {
        b.append(i == 0 ? "" : "; ").append(problems.get(i));
      }
    }
    return b.toString();
  }

  /**
   * Moves every molecule whose canonical SMILES repeats an earlier one's to the problems, as
   * {@link ProblemKind#DUPLICATE} naming the first occurrence. The first occurrence is kept.
   *
   * @param form which canonical SMILES identifies a molecule
   * @return a new result with the same source and record count
   * @throws IllegalArgumentException when CDK cannot write a molecule's canonical SMILES
   */
  public ReadResult deduplicate(CanonicalForm form) {
    Map<String, MoleculeRecord> first = new HashMap<>();
    List<MoleculeRecord> kept = new ArrayList<>();
    List<ReadProblem> all = new ArrayList<>(problems);
    for (MoleculeRecord m : molecules) {
      String key = CanonicalSmiles.of(m.molecule(), form);
      MoleculeRecord earlier = first.putIfAbsent(key, m);
      if (earlier == null) {
        kept.add(m);
      } else {
        all.add(new ReadProblem(m.record(), m.line(), m.id(), ProblemKind.DUPLICATE,
            "same " + form + " SMILES as record " + earlier.record() + " (" + earlier.label() + "): " + key));
      }
    }
    all.sort((p, q) -> Integer.compare(p.record(), q.record()));
    return new ReadResult(source, recordCount, kept, all);
  }
}
