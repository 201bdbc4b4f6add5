package org.inversesuite.imaging.io;

/** An image file that cannot be read or written (bad input), with a message naming the file and the reason. */
public final class ImageFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message names the file and what is wrong with it */
  public ImageFileException(String message) {
    super(message);
  }

  /** @param message names the file and what is wrong with it */
  public ImageFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
