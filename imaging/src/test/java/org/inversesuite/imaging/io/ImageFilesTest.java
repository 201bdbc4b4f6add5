package org.inversesuite.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.metric.Psnr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
  @TempDir
  Path dir;

  /** A random image whose values are exact 8-bit (or 16-bit / 257) levels. */
  static Image levels(int channels, int bitDepth, long seed) {
    ImageShape shape = new ImageShape(channels, 13, 17);
    Rng rng = new Rng(seed);
    double[] v = new double[shape.size()];
    int max = bitDepth == 8 ? 255 : 65535;
    for (int i = 0; i < v.length; i++) {
      v[i] = rng.nextInt(max + 1) / (bitDepth == 8 ? 1.0 : 257.0);
    }
    return new Image(shape, v);
  }

  @Test
  void losslessFormatsRoundTripGreyAndRgbAt8And16Bits() {
    for (String ext : new String[] {"png", "tif"}) {
      for (int channels : new int[] {1, 3}) {
        for (int bits : new int[] {8, 16}) {
          Image image = levels(channels, bits, 31L * channels + bits);
          Path file = dir.resolve("im-" + channels + "-" + bits + "." + ext);
          ImageWriting.write(file, image, bits);
          LoadedImage back = ImageReading.read(file);
          assertEquals(bits, back.bitDepth(), ext + " bit depth");
          assertEquals(image.shape(), back.image().shape(), ext);
          assertArrayEquals(image.values(), back.image().values(), 1e-9, ext + " " + channels + "ch " + bits + " bit");
          assertTrue(back.notes().isEmpty(), back.notes().toString());
        }
      }
    }
  }

  @Test
  void jpegIsCloseButLossyAndRefuses16Bits() {
    double[] v = new double[3 * 32 * 32];
    for (int i = 0; i < v.length; i++) {
      v[i] = 128 + 60 * Math.sin(i % 32 / 5.0) * Math.cos(i / 32 % 32 / 7.0);
    }
    Image smooth = new Image(new ImageShape(3, 32, 32), v);
    Path file = dir.resolve("smooth.jpg");
    ImageWriting.write(file, smooth, 8);
    double psnr = Psnr.of(smooth, ImageReading.read(file).image());
    assertTrue(psnr > 35 && Double.isFinite(psnr), "JPEG at quality 0.95 gives PSNR " + psnr);
    ImageFileException e = assertThrows(ImageFileException.class, () -> ImageWriting.write(dir.resolve("x.jpg"), smooth, 16));
    assertTrue(e.getMessage().contains("8-bit"), e.getMessage());
  }

  @Test
  void alphaIsDroppedWithANote() throws Exception {
    BufferedImage argb = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(1, 2, 0x80112233);
    Path file = dir.resolve("alpha.png");
    ImageIO.write(argb, "png", file.toFile());
    LoadedImage back = ImageReading.read(file);
    assertEquals(3, back.image().channels());
    assertEquals(0x11, back.image().get(0, 2, 1));
    assertEquals(0x33, back.image().get(2, 2, 1));
    assertTrue(back.notes().stream().anyMatch(n -> n.contains("alpha")), back.notes().toString());
  }

  @Test
  void badFilesAreRefusedNamingTheFile() throws Exception {
    Path png = dir.resolve("whole.png");
    ImageWriting.write(png, levels(3, 8, 5), 8);
    byte[] bytes = Files.readAllBytes(png);
    Path truncated = dir.resolve("truncated.png");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    Path text = dir.resolve("notes.png");
    Files.writeString(text, "not an image");
    for (Path bad : new Path[] {truncated, text, dir.resolve("missing.png")}) {
      ImageFileException e = assertThrows(ImageFileException.class, () -> ImageReading.read(bad));
      assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }
    assertThrows(ImageFileException.class, () -> ImageWriting.write(dir.resolve("x.bmp"), levels(1, 8, 1), 8));
  }

  @Test
  void truncatedJpegIsRefused() throws Exception {
    double[] v = new double[3 * 64 * 64];
    Rng rng = new Rng(3);
    for (int i = 0; i < v.length; i++) {
      v[i] = rng.nextInt(256);
    }
    Path jpg = dir.resolve("noise.jpg");
    ImageWriting.write(jpg, new Image(new ImageShape(3, 64, 64), v), 8);
    byte[] bytes = Files.readAllBytes(jpg);
    Path truncated = dir.resolve("cut.jpg");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    ImageFileException e = assertThrows(ImageFileException.class, () -> ImageReading.read(truncated));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }
}
