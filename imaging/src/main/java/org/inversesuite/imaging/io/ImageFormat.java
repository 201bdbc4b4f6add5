package org.inversesuite.imaging.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats written, chosen by the file name's extension. */
public enum ImageFormat {
  /** Lossless, 8 or 16 bit. */
  PNG("png"),
  /** Lossy, 8 bit only; written at quality 0.95. */
  JPEG("jpeg"),
  /** Lossless (uncompressed), 8 or 16 bit. */
  TIFF("tiff");

  private final String imageIoName;

  ImageFormat(String imageIoName) {
    this.imageIoName = imageIoName;
  }

  /** @return the javax.imageio format name */
  String imageIoName() {
    return imageIoName;
  }

  /**
   * @return the format of {@code path} from its extension (.png, .jpg, .jpeg, .tif, .tiff)
   * @throws ImageFileException naming the path for any other extension
   */
  public static ImageFormat of(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return PNG;
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return JPEG;
    }
    if (name.endsWith(".tif") || name.endsWith(".tiff")) {
      return TIFF;
    }
    throw new ImageFileException(path + ": unknown image extension; use .png, .jpg, .jpeg, .tif or .tiff");
  }
}
