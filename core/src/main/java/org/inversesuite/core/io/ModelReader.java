package org.inversesuite.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The reader of {@link ModelStore}: validates a model file in the documented order (size
 * limit, magic, version, declared lengths, checksum, header, tensor table) and decodes it.
 * Both passes (checksum, then decoding) read the same open channel, so a concurrent atomic
 * replacement of the path cannot mix two files.
 */
final class ModelReader {
  private static final long MIN_BYTES = ModelStore.PREAMBLE_BYTES + ModelStore.CHECKSUM_BYTES;

  private ModelReader() {}

  static ModelFile read(Path path, long maxBytes) {
    if (Files.isDirectory(path)) {
      String message = "cannot read model file " + path + ": it is a directory";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return read(path, channel, maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + path + ": " + reason(e), e);
    }
  }

  private static ModelFile read(Path path, FileChannel channel, long maxBytes) throws IOException {
    long size = channel.size();
    if (size > maxBytes) {
      throw new ModelFormatException(path, "oversized: the file is " + size + " bytes, more than the limit of "
          + maxBytes + " bytes");
    }
    ByteBuffer preamble = readFully(channel, 0, (int) Math.min(size, ModelStore.PREAMBLE_BYTES));
    checkMagic(path, preamble, size);
    if (size < 12) {
      throw truncatedPreamble(path, size);
    }
    long version = Integer.toUnsignedLong(preamble.getInt(8));
    if (version != ModelStore.FORMAT_VERSION) {
      throw new ModelFormatException(path, "unsupported format version " + version + ": this build reads format version "
          + ModelStore.FORMAT_VERSION + (version > ModelStore.FORMAT_VERSION
              ? " (the file was written by a newer version of the suite)" : ""));
    }
    if (size < ModelStore.PREAMBLE_BYTES) {
      throw truncatedPreamble(path, size);
    }
    long headerLength = preamble.getLong(12);
    long dataLength = preamble.getLong(20);
    if (Long.compareUnsigned(headerLength, ModelStore.MAX_HEADER_BYTES) > 0) {
      throw new ModelFormatException(path, "oversized header: it is " + Long.toUnsignedString(headerLength)
          + " bytes, more than the limit of " + ModelStore.MAX_HEADER_BYTES + " bytes");
    }
    long room = maxBytes - MIN_BYTES - headerLength;
    if (room < 0 || Long.compareUnsigned(dataLength, room) > 0) {
      throw new ModelFormatException(path, "oversized: the preamble declares a " + headerLength + "-byte header and "
          + Long.toUnsignedString(dataLength) + " bytes of tensor data, so the file would be larger than the limit of "
          + maxBytes + " bytes");
    }
    long expected = MIN_BYTES + headerLength + dataLength;
    String parts = " (" + ModelStore.PREAMBLE_BYTES + "-byte preamble + " + headerLength + "-byte header + "
        + dataLength + "-byte tensor data + " + ModelStore.CHECKSUM_BYTES + "-byte checksum)";
    if (size < expected) {
      throw new ModelFormatException(path, "truncated: expected " + expected + " bytes" + parts + ", the file has "
          + size + " bytes");
    }
    if (size > expected) {
      throw new ModelFormatException(path, "corrupted: the file has " + size + " bytes, expected " + expected
          + " bytes" + parts + "; there is trailing data");
    }
    verifyChecksum(path, channel, size);
    ByteBuffer headerBytes = readFully(channel, ModelStore.PREAMBLE_BYTES, (int) headerLength);
    ModelHeader.Decoded header = ModelHeader.decode(path, headerBytes.array(), (int) version, dataLength);
    long dataStart = ModelStore.PREAMBLE_BYTES + headerLength;
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    for (TensorEntry t : header.entries()) {
      tensors.put(t.name(), readTensor(channel, dataStart, t));
    }
    return new ModelFile((int) version, header.metadata(), tensors);
  }

  private static void checkMagic(Path path, ByteBuffer preamble, long size) {
    int n = Math.min(preamble.limit(), ModelStore.MAGIC.length);
    for (int i = 0; i < n; i++) {
      if (preamble.get(i) != ModelStore.MAGIC[i]) {
        byte[] found = new byte[n];
        preamble.get(0, found);
        throw new ModelFormatException(path, "not a model file: expected the magic \"INVMODEL\" ("
            + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(ModelStore.MAGIC) + ") at offset 0, found "
            + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(found));
      }
    }
    if (size < ModelStore.MAGIC.length) {
      throw truncatedPreamble(path, size);
    }
  }

  private static ModelFormatException truncatedPreamble(Path path, long size) {
    return new ModelFormatException(path, "truncated: expected at least " + MIN_BYTES + " bytes ("
        + ModelStore.PREAMBLE_BYTES + "-byte preamble + " + ModelStore.CHECKSUM_BYTES + "-byte checksum), the file has "
        + size + " bytes");
  }

  private static void verifyChecksum(Path path, FileChannel channel, long size) throws IOException {
    MessageDigest sha = ModelStore.sha256();
    long end = size - ModelStore.CHECKSUM_BYTES;
    ByteBuffer chunk = ByteBuffer.allocate(ModelStore.CHUNK_BYTES);
    for (long pos = 0; pos < end; ) {
      int n = (int) Math.min(chunk.capacity(), end - pos);
      chunk.clear().limit(n);
      fill(channel, pos, chunk);
      chunk.flip();
      sha.update(chunk);
      pos += n;
    }
    byte[] stored = readFully(channel, end, ModelStore.CHECKSUM_BYTES).array();
    byte[] computed = sha.digest();
    if (!MessageDigest.isEqual(stored, computed)) {
      throw new ModelFormatException(path, "corrupted: checksum mismatch (stored SHA-256 "
          + HexFormat.of().formatHex(stored) + ", computed " + HexFormat.of().formatHex(computed) + ")");
    }
  }

  private static Matrix readTensor(FileChannel channel, long dataStart, TensorEntry t) throws IOException {
    Matrix m = Matrix.zeros(t.precision(), t.rows(), t.cols());
    int width = TensorEntry.elementBytes(t.precision());
    ByteBuffer chunk = ByteBuffer.allocate(ModelStore.CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    long pos = dataStart + t.offset();
    for (int done = 0, total = m.size(); done < total; ) {
      int n = Math.min(total - done, ModelStore.CHUNK_BYTES / width);
      chunk.clear().limit(n * width);
      fill(channel, pos, chunk);
      chunk.flip();
      if (t.precision() == Precision.FLOAT32) {
        chunk.asFloatBuffer().get(((FloatMatrix) m).data(), done, n);
      } else {
        chunk.asDoubleBuffer().get(((DoubleMatrix) m).data(), done, n);
      }
      done += n;
      pos += (long) n * width;
    }
    return m;
  }

  private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    fill(channel, position, buffer);
    return buffer.flip();
  }

  private static void fill(FileChannel channel, long position, ByteBuffer buffer) throws IOException {
    long pos = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, pos);
      if (n < 0) {
        throw new EOFException("the file ended at byte " + pos + " while reading; was it changed during the read?");
      }
      pos += n;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
