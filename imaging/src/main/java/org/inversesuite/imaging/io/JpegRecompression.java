package org.inversesuite.imaging.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.inversesuite.imaging.Image;

/**
 * Saves an image as 8-bit JPEG at a given quality in memory and decodes it again (the JDK's
 * baseline JPEG codec, 4:2:0 chroma subsampling for RGB), to measure what a lossy save does to
 * hidden data.
 */
public final class JpegRecompression {
  private JpegRecompression() {}

  /**
   * @param image pixels on the 0-255 scale (clamped and rounded to 8 bit before encoding)
   * @param quality the JDK's JPEG quality in (0, 1], e.g. 0.9 for "quality 90"
   * @return the decoded image
   */
  public static Image apply(Image image, float quality) {
    if (!(quality > 0 && quality <= 1)) {
      throw new IllegalArgumentException("JPEG quality must be in (0, 1], got " + quality);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(ImageWriting.toBuffered(image, 8), null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding in memory failed: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
    try {
      return ImageReading.convert(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())), new ArrayList<>()).image();
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG decoding in memory failed: " + e.getMessage(), e);
    }
  }
}
