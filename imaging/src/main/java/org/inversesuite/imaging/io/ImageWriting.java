package org.inversesuite.imaging.io;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.imaging.Image;

/**
 * Writes an {@link Image} as PNG, JPEG (quality 0.95, 8 bit) or TIFF, chosen by the extension,
 * atomically ({@link AtomicFiles}). Values are clamped to [0, 255] and rounded to the nearest
 * 8-bit level, or multiplied by 257 and rounded for 16 bit. Whether an existing file may be
 * replaced is the caller's decision (the command line asks for {@code --force}).
 */
public final class ImageWriting {
  private static final float JPEG_QUALITY = 0.95f;

  private ImageWriting() {}

  /**
   * @param path target; its extension picks the format
   * @param image the pixels
   * @param bitDepth 8 or 16 (16 only for PNG and TIFF)
   */
  public static void write(Path path, Image image, int bitDepth) {
    ImageFormat format = ImageFormat.of(path);
    if (bitDepth != 8 && bitDepth != 16) {
      throw new ImageFileException(path + ": bit depth must be 8 or 16, got " + bitDepth);
    }
    if (bitDepth == 16 && format == ImageFormat.JPEG) {
      throw new ImageFileException(path + ": JPEG holds 8-bit samples only; write 16-bit images as .png or .tif");
    }
    BufferedImage buffered = toBuffered(image, bitDepth);
    AtomicFiles.write(path, out -> {
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
      if (!writers.hasNext()) {
        throw new ImageFileException(path + ": this Java runtime has no " + format + " writer");
      }
      ImageWriter writer = writers.next();
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(JPEG_QUALITY);
        }
        writer.write(null, new IIOImage(buffered, null, null), param);
      } finally {
        writer.dispose();
      }
    });
  }

  static BufferedImage toBuffered(Image image, int bitDepth) {
    int h = image.height();
    int w = image.width();
    int channels = image.channels();
    BufferedImage out;
    if (bitDepth == 8) {
      out = new BufferedImage(w, h, channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
    } else if (channels == 1) {
      out = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
    } else {
      ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
          Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
      out = new BufferedImage(cm, cm.createCompatibleWritableRaster(w, h), false, null);
    }
    WritableRaster raster = out.getRaster();
    double scale = bitDepth == 16 ? 257 : 1;
    double max = bitDepth == 16 ? 65535 : 255;
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double v = Math.round(image.get(c, y, x) * scale);
          raster.setSample(x, y, c, (int) Math.min(max, Math.max(0, v)));
        }
      }
    }
    return out;
  }
}
