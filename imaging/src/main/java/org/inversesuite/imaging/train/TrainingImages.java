package org.inversesuite.imaging.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.experiment.RunContext;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageFolder;

/**
 * The image folder of an imaging experiment, checked, and its training images (every .png and
 * .jpg but the held-out ones, grey replicated to RGB).
 *
 * @param folder the folder
 * @param training the training images
 */
public record TrainingImages(Path folder, List<Image> training) {
  /**
   * @param images the config's {@code images}, relative to the repository root
   * @param heldOut the config's held-out file names, which must be in the folder
   * @throws IllegalArgumentException naming the folder when it is missing, lacks a held-out
   *     image or holds no training image
   */
  public static TrainingImages load(RunContext context, String images, List<String> heldOut) {
    Path folder = context.data(images);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("image folder " + folder + " does not exist (the config's \"images\" is relative to the"
          + " repository root); give the folder of the training images with --images DIR");
    }
    for (String name : heldOut) {
      if (!Files.isRegularFile(folder.resolve(name))) {
        throw new IllegalArgumentException("held-out image " + name + " (the config's \"heldOut\") is not in the image folder "
            + folder);
      }
    }
    List<Image> training = ImageFolder.trainingImages(folder, heldOut);
    if (training.isEmpty()) {
      throw new IllegalArgumentException("image folder " + folder + " holds no .png or .jpg image besides the held-out ones");
    }
    context.log(String.format(Locale.ROOT, "training on %d images of %s, holding out %s", training.size(), folder, heldOut));
    return new TrainingImages(folder, training);
  }
}
