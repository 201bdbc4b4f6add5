package org.inversesuite.cli.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.experiment.ExperimentKind;

/**
 * Runs an experiment of a domain {@link ExperimentKind} into a run folder: the resolved config
 * ({@value ExperimentRunner#CONFIG}), provenance, the kind's training with a progress bar and a
 * log ({@value FolderRunContext#LOG}), its model and checkpoints, and its metrics
 * ({@value ExperimentRunner#METRICS}, written last: a run with it has finished).
 */
public final class DomainRunner {
  private final PrintStream out;
  private final boolean quiet;
  private final Path images;

  /**
   * @param out where the result goes (progress goes to standard error)
   * @param quiet no progress bar
   * @param images the data folder the user gave in place of the config's, or null
   */
  public DomainRunner(PrintStream out, boolean quiet, Path images) {
    this.out = out;
    this.quiet = quiet;
    this.images = images;
  }

  /** @return the run's metrics */
  public <C> ObjectNode run(ExperimentKind<C> kind, C config, RunFolder folder) {
    ObjectNode tree = Json.mapper().valueToTree(config);
    folder.writeJson(ExperimentRunner.CONFIG, tree);
    folder.writeJson("provenance.json", Provenance.current(tree.path("seed").asLong(0), Provenance.sha256(tree.toString())));
    out.println("training " + kind.label() + " " + kind.name(config)
        + (images == null ? "" : " on the images of " + images + " (--images)"));
    ObjectNode metrics;
    try (FolderRunContext context = new FolderRunContext(folder, out, quiet, images,
        folder.path().getParent() == null ? Path.of(".") : folder.path().getParent())) {
      metrics = kind.run(config, context);
    } catch (IllegalArgumentException refused) {
      removeIfUnstarted(folder.path());
      throw refused;
    }
    folder.writeJson(ExperimentRunner.METRICS, metrics);
    out.println("\nwrote " + folder.path() + " (" + contents(folder.path()) + ")");
    return metrics;
  }

  /**
   * Removes a run refused before its training wrote anything (a missing image folder or starting
   * model), so that it leaves no run folder behind; a folder holding anything else is kept.
   */
  private static void removeIfUnstarted(Path dir) {
    Set<String> own = Set.of(ExperimentRunner.CONFIG, "provenance.json", FolderRunContext.LOG);
    try (Stream<Path> s = Files.list(dir)) {
      if (!s.allMatch(p -> own.contains(p.getFileName().toString()))) {
        return;
      }
      for (String f : own) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the refused run " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String contents(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().collect(Collectors.joining(", "));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
