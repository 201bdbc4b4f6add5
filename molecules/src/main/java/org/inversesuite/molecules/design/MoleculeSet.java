package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inversesuite.molecules.io.CanonicalForm;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.io.MoleculeRecord;
import org.inversesuite.molecules.io.ProblemKind;
import org.inversesuite.molecules.io.ReadProblem;
import org.inversesuite.molecules.io.ReadResult;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.selfies.AtomOrder;
import org.inversesuite.molecules.selfies.EncodingFailure;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.molecules.selfies.SelfiesEncoder;

/**
 * The training molecules of a design model: the molecules of a file, deduplicated by canonical
 * SMILES, each written as canonical SELFIES with its condition y. Every molecule that does not
 * become an example is in {@link #skipped()} with its line, record and reason (duplicates,
 * molecules SELFIES cannot encode, molecules whose logP cannot be computed, and, after
 * {@link #withMaxLength}, molecules longer than the model's rows), so nothing is dropped silently.
 *
 * @param source the file the molecules came from
 * @param condition what y holds
 * @param examples the training molecules, in file order
 * @param skipped the problems of the file and the molecules left out, in the order found
 */
public record MoleculeSet(String source, Condition condition, List<Example> examples, List<ReadProblem> skipped) {
  /** Copies the lists. */
  public MoleculeSet {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(condition, "condition");
    examples = List.copyOf(examples);
    skipped = List.copyOf(skipped);
  }

  /**
   * @param read what a reader made of the file
   * @param condition the condition to compute
   * @param logP the logP calculator of the condition
   * @return the examples and every record left out
   */
  public static MoleculeSet of(ReadResult read, Condition condition, LogPCalculator logP) {
    ReadResult unique = read.deduplicate(CanonicalForm.CANONICAL);
    SelfiesEncoder encoder = SelfiesEncoder.defaults().withOrder(AtomOrder.CANONICAL);
    List<Example> examples = new ArrayList<>();
    List<ReadProblem> skipped = new ArrayList<>(unique.problems());
    for (MoleculeRecord m : unique.molecules()) {
      Optional<EncodingFailure> failure = encoder.check(m.molecule());
      if (failure.isPresent()) {
        skipped.add(problem(m, ProblemKind.UNENCODABLE, failure.get().toString()));
        continue;
      }
      double[] y;
      try {
        y = condition.compute(m.molecule(), logP);
      } catch (IllegalArgumentException e) {
        skipped.add(problem(m, ProblemKind.NO_PROPERTY, e.getMessage()));
        continue;
      }
      examples.add(new Example(m.label(), m.record(), m.line(), CanonicalSmiles.of(m.molecule()), encoder.encodeSymbols(m.molecule()), y));
    }
    skipped.sort((a, b) -> Integer.compare(a.record(), b.record()));
    return new MoleculeSet(read.source(), condition, examples, skipped);
  }

  private static ReadProblem problem(MoleculeRecord m, ProblemKind kind, String reason) {
    return new ReadProblem(m.record(), m.line(), m.id(), kind, reason);
  }

  /**
   * @param maxLength the longest SELFIES (in symbols) to keep
   * @return a set without the longer molecules; they are added to {@link #skipped()} as
   *     {@link ProblemKind#TOO_LONG}
   */
  public MoleculeSet withMaxLength(int maxLength) {
    List<Example> kept = new ArrayList<>();
    List<ReadProblem> left = new ArrayList<>(skipped);
    for (Example e : examples) {
      if (e.selfies().size() <= maxLength) {
        kept.add(e);
      } else {
        left.add(new ReadProblem(e.record(), e.line(), e.id(), ProblemKind.TOO_LONG,
            e.selfies().size() + " SELFIES symbols, rows hold " + maxLength));
      }
    }
    left.sort((a, b) -> Integer.compare(a.record(), b.record()));
    return new MoleculeSet(source, condition, kept, left);
  }

  /** @return number of examples */
  public int size() {
    return examples.size();
  }

  /** @return SELFIES lengths of the examples, sorted */
  public int[] sortedLengths() {
    int[] lengths = examples.stream().mapToInt(e -> e.selfies().size()).toArray();
    Arrays.sort(lengths);
    return lengths;
  }

  /**
   * @param quantile in (0, 1]
   * @return the SELFIES length (in symbols) at that quantile of the examples' lengths
   * @throws IllegalArgumentException when the set is empty, naming why its molecules were left out
   */
  public int lengthQuantile(double quantile) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException(source + ": no molecule can be used for training; " + summary());
    }
    if (!(quantile > 0 && quantile <= 1)) {
      throw new IllegalArgumentException("length quantile must be in (0, 1], got " + quantile);
    }
    int[] lengths = sortedLengths();
    return Math.max(1, lengths[(int) Math.ceil(quantile * lengths.length) - 1]);
  }

  /** @return the alphabet of the examples' SELFIES */
  public SelfiesAlphabet alphabet() {
    return SelfiesAlphabet.fromDataset(examples.stream().map(e -> String.join("", e.selfies())).toList());
  }

  /** @return the canonical SMILES of every example (for novelty) */
  public Set<String> smilesSet() {
    Set<String> set = new HashSet<>();
    for (Example e : examples) {
      set.add(e.smiles());
    }
    return set;
  }

  /** @return the logP of every example, in order */
  public double[] logP() {
    return examples.stream().mapToDouble(Example::logP).toArray();
  }

  /** @return one line: counts of examples and of skipped records per reason */
  public String summary() {
    java.util.Map<ProblemKind, Integer> counts = new java.util.EnumMap<>(ProblemKind.class);
    for (ReadProblem p : skipped) {
      counts.merge(p.kind(), 1, Integer::sum);
    }
    return source + ": " + examples.size() + " training molecules" + (skipped.isEmpty() ? "" : ", left out " + counts);
  }
}
