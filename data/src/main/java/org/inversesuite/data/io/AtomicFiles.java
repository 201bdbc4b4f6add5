package org.inversesuite.data.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file atomically: the content goes to a new temporary file in the target's
 * directory, is forced to disk, and is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A reader sees either the old file or the complete new
 * one, never a partial file; on any failure the temporary file is deleted and the target is
 * left as it was.
 */
public final class AtomicFiles {
  private static final int ATTEMPTS = 16;

  private AtomicFiles() {}

  /** The content of a file, written to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}; must not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, replacing it atomically if it exists.
   *
   * @param target the file to write; its directory must exist
   * @param content writes the bytes of the file
   * @throws UncheckedIOException if writing or the rename fails, including when the file
   *     system cannot rename atomically (there is no silent non-atomic fallback)
   */
  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = null;
    try {
      tmp = createSibling(dir, absolute.getFileName().toString());
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /** Creates a new empty file next to the target; permissions follow the process umask. */
  private static Path createSibling(Path dir, String name) throws IOException {
    for (int i = 0; ; i++) {
      Path candidate = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the original failure is the one to report
    }
  }
}
