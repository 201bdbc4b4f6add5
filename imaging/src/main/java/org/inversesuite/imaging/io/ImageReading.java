package org.inversesuite.imaging.io;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.imaging.Image;

/**
 * Reads PNG, JPEG and TIFF files (javax.imageio; TIFF is built into JDK 9+) into grey or RGB
 * {@link Image}s: 8-bit samples as they are, 16-bit samples divided by 257; an alpha channel is
 * dropped and a palette expanded, each with a note. Missing, unreadable, unrecognised and
 * truncated files are refused with an {@link ImageFileException} naming the file.
 */
public final class ImageReading {
  private ImageReading() {}

  /** @return the image in {@code path} */
  public static LoadedImage read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ImageFileException(path + ": no such file");
    }
    List<String> notes = new ArrayList<>();
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
      if (in == null) {
        throw new ImageFileException(path + ": cannot open the file");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageFileException(path + ": not a PNG, JPEG or TIFF image (no reader recognises its content)");
      }
      ImageReader reader = readers.next();
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
      for (String w : warnings) {
        if (w.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
          throw new ImageFileException(path + ": the file is truncated (" + w + ")");
        }
        notes.add("the decoder warned: " + w);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImageFileException ife) {
        throw ife;
      }
      throw new ImageFileException(path + ": cannot decode the image, the file is truncated or corrupt (" + e.getMessage()
          + ")", e);
    }
    return convert(image, notes);
  }

  static LoadedImage convert(BufferedImage image, List<String> notes) {
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    int bits = raster.getSampleModel().getSampleSize(0);
    int colourBands = raster.getNumBands() - (cm.hasAlpha() ? 1 : 0);
    boolean direct = !(cm instanceof IndexColorModel) && (bits == 8 || bits == 16)
        && (colourBands == 1 || colourBands == 3) && cm.getNumColorComponents() == colourBands;
    if (cm.hasAlpha()) {
      notes.add("its alpha channel was dropped (transparent pixels keep their colour values)");
    }
    int h = image.getHeight();
    int w = image.getWidth();
    if (!direct) {
      notes.add("its " + (cm instanceof IndexColorModel ? "palette" : bits + "-bit " + raster.getNumBands() + "-band")
          + " colours were converted to 8-bit RGB");
      ImageShape shape = new ImageShape(3, h, w);
      double[] v = new double[shape.size()];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int rgb = image.getRGB(x, y);
          for (int c = 0; c < 3; c++) {
            v[(c * h + y) * w + x] = (rgb >> (16 - 8 * c)) & 0xff;
          }
        }
      }
      return new LoadedImage(new Image(shape, v), 8, notes);
    }
    double scale = bits == 16 ? 1.0 / 257 : 1.0;
    ImageShape shape = new ImageShape(colourBands, h, w);
    double[] v = new double[shape.size()];
    for (int c = 0; c < colourBands; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = raster.getSample(x, y, c) * scale;
        }
      }
    }
    return new LoadedImage(new Image(shape, v), bits, notes);
  }
}
