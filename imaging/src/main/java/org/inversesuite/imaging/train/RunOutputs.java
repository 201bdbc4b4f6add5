package org.inversesuite.imaging.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files an imaging training run writes. Models and checkpoints are written atomically in
 * core's versioned model format.
 *
 * @param model the trained model (.invmodel)
 * @param checkpoint the weights so far, rewritten during training (.invmodel, metrics
 *     {@code "checkpoint": true} and the step)
 * @param pictures folder of the evaluation pictures
 */
public record RunOutputs(Path model, Path checkpoint, Path pictures) {
  /** The model of a run folder: {@code model.invmodel}. */
  public static final String MODEL = "model.invmodel";
  /** The checkpoint of a run folder: {@code checkpoint.invmodel}. */
  public static final String CHECKPOINT = "checkpoint.invmodel";

  /** @return the layout of an {@code inverse train} run folder: model.invmodel, checkpoint.invmodel, pictures/ */
  public static RunOutputs runFolder(Path folder) {
    return new RunOutputs(folder.resolve(MODEL), folder.resolve(CHECKPOINT), folder.resolve("pictures"));
  }

  /**
   * @return the layout of the benchmark runners: {@code dir/<name>.invmodel},
   *     {@code dir/<name>-checkpoint.invmodel}, pictures in {@code dir}
   */
  public static RunOutputs beside(Path dir, String name) {
    return new RunOutputs(dir.resolve(name + ".invmodel"), dir.resolve(name + "-checkpoint.invmodel"), dir);
  }

  /** @return the picture file {@code name}, its folder created */
  public Path picture(String name) {
    try {
      Files.createDirectories(pictures);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + pictures + ": " + e.getMessage(), e);
    }
    return pictures.resolve(name);
  }

  /** @return a kept checkpoint of step {@code step}, beside the model: {@code <model>-step<k>.invmodel} */
  public Path checkpointAt(int step) {
    String file = model.getFileName().toString().replaceAll("\\.invmodel$", "");
    return model.resolveSibling(file + "-step" + step + ".invmodel");
  }

  /** @return {@code name} in the model's folder */
  public Path sibling(String name) {
    return model.resolveSibling(name);
  }
}
