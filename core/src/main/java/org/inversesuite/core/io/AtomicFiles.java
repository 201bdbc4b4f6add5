package org.inversesuite.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Atomic whole-file writes: a reader of the target sees either the complete previous content
 * or the complete new content, never a partial file.
 *
 * <p>Procedure: the parent directories of the target are created; the bytes are written to a
 * fresh temporary file {@code .<name>.<random hex>.tmp} in the target's own directory (same file
 * system, so the rename can be atomic); the temporary file is flushed to the device with
 * {@link FileChannel#force(boolean)}; it is renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} and {@link StandardCopyOption#REPLACE_EXISTING}
 * (a plain replacing move is used only where the file system reports that atomic moves are
 * unsupported); finally the directory is synced where the platform allows it (best effort, so
 * that the rename itself survives a crash). On any failure the temporary file is deleted and
 * the previous target, if any, is left untouched. A target that is a symbolic link is
 * replaced by a regular file (the link's destination is not written); a directory target is refused.
 *
 * <p>I/O failures are thrown as {@link UncheckedIOException} whose message names the target
 * path; unchecked exceptions and errors of a writer are rethrown unchanged after clean-up.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int CREATE_ATTEMPTS = 16;
  private static final int BUFFER_BYTES = 1 << 16;

  private AtomicFiles() {}

  /**
   * Atomically replaces {@code target} with {@code bytes}.
   *
   * @param target the file to create or replace; its parent directories are created
   * @param bytes the complete new content
   * @throws UncheckedIOException naming {@code target} when the write fails
   */
  public static void write(Path target, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    write(target, out -> out.write(bytes));
  }

  /**
   * Atomically replaces {@code target} with what {@code writer} writes to the given stream.
   * The stream is buffered; the writer must not keep it after returning, and closing it is
   * allowed but not needed (it only flushes).
   *
   * @param target the file to create or replace; its parent directories are created
   * @param writer writes the complete new content
   * @throws UncheckedIOException naming {@code target} when the writer or the write fails
   */
  public static void write(Path target, IOConsumer<OutputStream> writer) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(writer, "writer");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || absolute.getFileName() == null) {
      throw new IllegalArgumentException("cannot write " + target + ": not a file path");
    }
    if (Files.isDirectory(absolute)) {
      String message = "cannot write " + target + ": it is a directory";
      throw new UncheckedIOException(message, new IOException(message));
    }
    Path temp;
    try {
      Files.createDirectories(dir);
      temp = createTemp(dir, absolute.getFileName().toString());
    } catch (IOException e) {
      throw failure(target, "cannot create a temporary file in " + dir, e);
    }
    boolean done = false;
    try {
      writeAndForce(temp, writer);
      move(temp, absolute);
      done = true;
    } catch (IOException e) {
      throw failure(target, "write failed", e);
    } finally {
      if (!done) {
        deleteQuietly(temp);
      }
    }
    syncDirectory(dir);
  }

  private static Path createTemp(Path dir, String name) throws IOException {
    byte[] suffix = new byte[8];
    for (int attempt = 0; ; attempt++) {
      RANDOM.nextBytes(suffix);
      Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt + 1 >= CREATE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void writeAndForce(Path temp, IOConsumer<OutputStream> writer) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
      writer.accept(new NonClosingStream(buffered));
      buffered.flush();
      channel.force(true);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename durable on platforms that can open a directory (Linux, macOS). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: some platforms (Windows) cannot open or sync a directory; the file
      // content itself was already forced before the rename.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The original failure is what the caller needs to see; a leftover temporary file
      // is named .<target>.<hex>.tmp and harmless.
    }
  }

  private static UncheckedIOException failure(Path target, String what, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or directory: " + e.getMessage();
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied: " + e.getMessage();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new UncheckedIOException("cannot write " + target + ": " + what + ": " + reason, e);
  }

  /** Hands the writer a stream whose close() only flushes, so the channel can still be forced. */
  private static final class NonClosingStream extends FilterOutputStream {
    NonClosingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
