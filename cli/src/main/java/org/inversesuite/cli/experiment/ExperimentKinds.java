package org.inversesuite.cli.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inversesuite.core.experiment.ExperimentKind;
import org.inversesuite.imaging.train.ImagingKinds;

/**
 * The experiment kinds {@code inverse train} knows besides the generic cINN experiment
 * ({@link ExperimentConfig}, marked by {@code "problem"}): the ones the domain modules provide.
 * A config goes to the kind whose marker field it has at the top level.
 */
public final class ExperimentKinds {
  /** The field that marks a generic cINN experiment. */
  public static final String CINN_MARKER = "problem";

  private ExperimentKinds() {}

  /** @return the domain kinds */
  public static List<ExperimentKind<?>> all() {
    return ImagingKinds.all();
  }

  /**
   * @param tree a config file as a tree
   * @return the domain kind the config is of, or empty for a generic cINN experiment
   * @throws ExperimentFiles.ConfigException naming the file when it is of no known kind or of several
   */
  public static Optional<ExperimentKind<?>> of(ExperimentFiles.Tree tree) {
    List<ExperimentKind<?>> matching = new ArrayList<>();
    for (ExperimentKind<?> k : all()) {
      if (tree.root().has(k.marker())) {
        matching.add(k);
      }
    }
    boolean cinn = tree.root().has(CINN_MARKER);
    if (matching.size() + (cinn ? 1 : 0) > 1) {
      throw new ExperimentFiles.ConfigException(tree.file() + ": the config mixes the fields of several kinds ("
          + describe(matching, cinn) + "); keep those of one", null);
    }
    if (matching.isEmpty() && !cinn) {
      throw new ExperimentFiles.ConfigException(tree.file() + ": not an experiment config of a known kind: it has none of"
          + " the fields that mark one (" + describe(all(), true) + ")", null);
    }
    return matching.stream().findFirst();
  }

  /**
   * @return the domain kind of the run folder's config.json, or empty for a cINN run and for a
   *     folder without a readable config (whose own checks name what is wrong)
   */
  public static Optional<ExperimentKind<?>> ofRun(Path runFolder) {
    Path config = runFolder.resolve(ExperimentRunner.CONFIG);
    if (!java.nio.file.Files.isRegularFile(config)) {
      return Optional.empty();
    }
    ExperimentFiles.Tree tree = ExperimentFiles.tree(config, List.of());
    return tree.root().has(CINN_MARKER) ? Optional.empty()
        : all().stream().filter(k -> tree.root().has(k.marker())).findFirst();
  }

  private static String describe(List<ExperimentKind<?>> kinds, boolean cinn) {
    String domain = kinds.stream().map(k -> "\"" + k.marker() + "\": " + k.label()).collect(Collectors.joining(", "));
    return cinn ? "\"" + CINN_MARKER + "\": cINN" + (domain.isEmpty() ? "" : ", " + domain) : domain;
  }
}
