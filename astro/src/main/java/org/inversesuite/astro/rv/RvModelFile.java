package org.inversesuite.astro.rv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;

/**
 * A trained RV cINN on disk: the {@link CinnStore} file with the experiment (prior, schedule,
 * encoding scales) under its "run" metadata, so that a fit encodes new data exactly as the
 * training did and can warn when data lie outside the trained schedule. A {@link PeriodCoordinate#PEAK_MIXTURE}
 * model also keeps its {@link SlotClassifier} there ("rvSlotClassifier"); files without one read as before.
 *
 * @param cinn the model (close it)
 * @param experiment how it was trained
 * @param slots the slot classifier of a {@link PeriodCoordinate#PEAK_MIXTURE} model, else null
 */
public record RvModelFile(Cinn cinn, RvExperimentConfig experiment, SlotClassifier slots) implements AutoCloseable {
  /** A model without a slot classifier. */
  public RvModelFile(Cinn cinn, RvExperimentConfig experiment) {
    this(cinn, experiment, null);
  }

  /** Writes the model and its experiment atomically. */
  public static void save(Path path, Cinn cinn, RvExperimentConfig experiment) {
    save(path, cinn, experiment, null);
  }

  /** Writes the model, its experiment and its slot classifier (null: none) atomically. */
  public static void save(Path path, Cinn cinn, RvExperimentConfig experiment, SlotClassifier slots) {
    if (experiment.model().period().mixture() != (slots != null)) {
      throw new IllegalArgumentException("a " + experiment.model().period() + " model is saved "
          + (slots == null ? "with" : "without") + " a slot classifier");
    }
    ObjectNode run = Json.mapper().createObjectNode();
    run.set("rvExperiment", Json.mapper().valueToTree(experiment));
    if (slots != null) {
      run.set("rvSlotClassifier", Json.mapper().valueToTree(slots));
    }
    CinnStore.save(path, cinn, run);
  }

  /** Reads a model written by {@link #save}. */
  public static RvModelFile load(Path path, int threads) {
    ObjectNode run = CinnStore.runMetadata(path);
    JsonNode node = run == null ? null : run.get("rvExperiment");
    if (node == null) {
      throw new ModelFormatException(path, "no 'rvExperiment' in the run metadata: not an RV model "
          + "(train one with inverse astro rv train)");
    }
    RvExperimentConfig experiment;
    try {
      experiment = Json.mapper().treeToValue(node, RvExperimentConfig.class);
    } catch (Exception e) {
      throw new ModelFormatException(path, "unreadable 'rvExperiment': " + e.getMessage());
    }
    SlotClassifier slots = null;
    JsonNode classifier = run.get("rvSlotClassifier");
    if (experiment.model().period().mixture()) {
      if (classifier == null) {
        throw new ModelFormatException(path, "a " + experiment.model().period() + " model without its "
            + "'rvSlotClassifier'");
      }
      try {
        slots = Json.mapper().treeToValue(classifier, SlotClassifier.class);
      } catch (Exception e) {
        throw new ModelFormatException(path, "unreadable 'rvSlotClassifier': " + e.getMessage());
      }
    }
    return new RvModelFile(CinnStore.load(path, threads), experiment, slots);
  }

  /** @return the encoding with the reference epoch moved to {@code firstTime} (the data's first epoch) */
  public RvSetEncoding encodingFrom(double firstTime) {
    return RvSetEncoding.of(experiment.schedule(), firstTime, experiment.model().periodogram());
  }

  /** @return the model as a posterior over the physical parameters (P, K, …), whatever its period coordinate */
  public RvPosterior posterior() {
    return experiment.posterior(cinn, slots);
  }

  @Override
  public void close() {
    cinn.close();
  }
}
