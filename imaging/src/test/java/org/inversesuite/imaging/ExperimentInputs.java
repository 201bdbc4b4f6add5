package org.inversesuite.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.inversesuite.core.config.Json;
import org.inversesuite.imaging.io.ImageFolder;

/**
 * What an imaging experiment benchmark reads before it trains: the experiment config (a path
 * relative to the repository root, from a system property with a default), the image folder
 * (the config's, or the one a second system property names, e.g. from a git worktree where
 * {@code ../shared} is not beside the repository) and the training images, which leave out the
 * config's held-out images.
 *
 * @param experiment the parsed config
 * @param folder the image folder
 * @param training the images outside the held-out list
 */
public record ExperimentInputs<E>(E experiment, Path folder, List<Image> training) {

  private static final Path ROOT = Path.of("..");

  /**
   * @param configProperty system property naming the config file
   * @param defaultConfig config file relative to the repository root
   * @param imagesProperty system property overriding the image folder
   * @param type the config record
   * @param images the config's image folder (relative to the repository root)
   * @param heldOut the config's held-out file names
   */
  public static <E> ExperimentInputs<E> read(String configProperty, String defaultConfig, String imagesProperty,
      Class<E> type, Function<E, String> images,
      Function<E, List<String>> heldOut) throws IOException {
    Path configFile = ROOT.resolve(System.getProperty(configProperty, defaultConfig));
    E e = Json.mapper().readValue(configFile.toFile(), type);
    String override = System.getProperty(imagesProperty);
    Path folder = override != null ? Path.of(override) : ROOT.resolve(images.apply(e));
    List<Image> training = ImageFolder.trainingImages(folder, heldOut.apply(e));
    System.out.printf(Locale.ROOT, "training on %d images, holding out %s%n", training.size(), heldOut.apply(e));
    return new ExperimentInputs<>(e, folder, training);
  }
}
