package org.inversesuite.imaging.io;

import java.util.List;
import org.inversesuite.imaging.Image;

/**
 * An image read from a file, with what the reader had to change to make it an {@link Image}.
 *
 * @param image the pixels on the 0-255 scale
 * @param bitDepth 8 or 16: the file's bits per sample, to write results back alike
 * @param notes what was changed (an alpha channel dropped, a palette expanded); empty if nothing
 */
public record LoadedImage(Image image, int bitDepth, List<String> notes) {
  /** Copies the notes. */
  public LoadedImage {
    notes = List.copyOf(notes);
  }
}
