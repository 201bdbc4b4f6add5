package org.inversesuite.imaging.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;

/**
 * The experiments' image folder and its train/held-out split: every .png and .jpg in the
 * folder, sorted by name; the held-out names are never trained on.
 */
public final class ImageFolder {
  private ImageFolder() {}

  /** @return the training images (all but {@code heldOut}), grey ones replicated to RGB */
  public static List<Image> trainingImages(Path folder, List<String> heldOut) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().matches(".*\\.(png|jpg)")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the image folder " + folder + ": " + e.getMessage(), e);
    }
    List<Image> train = new ArrayList<>();
    for (Path f : files) {
      if (!heldOut.contains(f.getFileName().toString())) {
        train.add(RgbRows.rgb(ImageReading.read(f).image()));
      }
    }
    return train;
  }

  /** @return the centre crop of at most size x size of an image (the whole image when size is 0) */
  public static Image centreCrop(Image full, int size) {
    int crop = size == 0 ? Integer.MAX_VALUE : size;
    int ch = Math.min(crop, full.height());
    int cw = Math.min(crop, full.width());
    return full.crop((full.height() - ch) / 2, (full.width() - cw) / 2, ch, cw);
  }
}
