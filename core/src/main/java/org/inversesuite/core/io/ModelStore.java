package org.inversesuite.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Reads and writes {@link ModelFile}s in the single-file, versioned, little-endian,
 * checksummed model format (also documented in {@code docs/model-format.md}).
 *
 * <h2>Format version 1</h2>
 * All integers are unsigned little-endian. Offsets are in bytes from the start of the file.
 * <pre>
 * offset      size  field
 * 0           8     magic: ASCII "INVMODEL" (49 4E 56 4D 4F 44 45 4C)
 * 8           4     format version, u32 (= 1)
 * 12          8     header length H, u64
 * 20          8     data length D, u64
 * 28          H     header: UTF-8 JSON object, padded with ASCII spaces (0x20) so that 28 + H
 *                   is a multiple of 8
 * 28 + H      D     data section: the tensors' elements
 * 28 + H + D  32    SHA-256 of bytes [0, 28 + H + D)
 * </pre>
 * The file size is exactly {@code 60 + H + D}. The header is
 * <pre>
 * {"format": 1, "metadata": {...},
 *  "tensors": [{"name": "w", "dtype": "float32", "shape": [rows, cols], "offset": 0, "length": 48}, ...]}
 * </pre>
 * with exactly these fields: {@code format} equals the preamble version; {@code metadata} is
 * an opaque JSON object; each {@code tensors} entry has a unique non-empty {@code name},
 * {@code dtype} {@code "float32"} or {@code "float64"}, {@code shape} {@code [rows, cols]}, an
 * {@code offset} relative to the start of the data section, and {@code length = rows * cols *
 * (4 or 8)}. Tensors are stored contiguously in table order: the first at offset 0, each next
 * one where the previous ends, the last ending at {@code D}. Elements are row-major IEEE 754
 * values, little-endian, with their bit patterns preserved (NaN payloads, signed zeros).
 *
 * <h2>Reading</h2>
 * The reader checks, in order: the size limit, the magic, the version, the declared lengths
 * against the limits and the actual file size, the SHA-256 checksum, then the header JSON and
 * the tensor table. Any violation is a {@link ModelFormatException} whose message names the
 * path and the problem; I/O failures (missing or unreadable file) are an
 * {@link UncheckedIOException} naming the path. Writing goes through
 * {@link AtomicFiles#write(Path, IOConsumer)}, so a reader never sees a partial file.
 */
public final class ModelStore {
  /** The format version this build writes and reads. */
  public static final int FORMAT_VERSION = 1;
  /** Default limit on the total file size read by {@link #read(Path)}: 2 GiB. */
  public static final long DEFAULT_MAX_BYTES = 2L << 30;
  /** Limit on the header length: 16 MiB. */
  public static final long MAX_HEADER_BYTES = 16L << 20;

  static final byte[] MAGIC = "INVMODEL".getBytes(StandardCharsets.US_ASCII);
  static final int PREAMBLE_BYTES = 28;
  static final int CHECKSUM_BYTES = 32;
  static final int CHUNK_BYTES = 1 << 16;

  private ModelStore() {}

  /**
   * Writes {@code model} to {@code path} atomically in format {@link #FORMAT_VERSION}
   * (layout above), replacing any existing file and creating parent directories.
   *
   * @param path the target file
   * @param model the model; its {@link ModelFile#formatVersion()} must be {@link #FORMAT_VERSION}
   * @throws IllegalArgumentException when the model has another format version or its header
   *     would exceed {@link #MAX_HEADER_BYTES}
   * @throws UncheckedIOException naming the path when the write fails
   */
  public static void write(Path path, ModelFile model) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(model, "model");
    if (model.formatVersion() != FORMAT_VERSION) {
      throw new IllegalArgumentException("cannot write " + path + ": this build writes format version "
          + FORMAT_VERSION + ", the model has format version " + model.formatVersion());
    }
    List<TensorEntry> entries = ModelHeader.layout(model.storedTensors());
    byte[] header = ModelHeader.encode(FORMAT_VERSION, model.storedMetadata(), entries, PREAMBLE_BYTES);
    if (header.length > MAX_HEADER_BYTES) {
      throw new IllegalArgumentException("cannot write " + path + ": the header would be " + header.length
          + " bytes, more than the limit of " + MAX_HEADER_BYTES + " bytes (metadata too large)");
    }
    long dataLength = entries.stream().mapToLong(TensorEntry::length).sum();
    AtomicFiles.write(path, out -> {
      MessageDigest sha = sha256();
      DigestOutputStream digesting = new DigestOutputStream(out, sha);
      ByteBuffer preamble = ByteBuffer.allocate(PREAMBLE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      preamble.put(MAGIC).putInt(FORMAT_VERSION).putLong(header.length).putLong(dataLength);
      digesting.write(preamble.array());
      digesting.write(header);
      for (Matrix m : model.storedTensors().values()) {
        writeElements(digesting, m);
      }
      digesting.flush();
      out.write(sha.digest());
    });
  }

  /**
   * Reads a model file of format {@link #FORMAT_VERSION}, refusing files larger than
   * {@link #DEFAULT_MAX_BYTES}.
   *
   * @param path the file
   * @return the model
   * @throws ModelFormatException naming the path and the problem when the file is not a valid model file
   * @throws UncheckedIOException naming the path when the file is missing or cannot be read
   */
  public static ModelFile read(Path path) {
    return read(path, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a model file of format {@link #FORMAT_VERSION}, refusing files larger than
   * {@code maxBytes} and headers larger than {@link #MAX_HEADER_BYTES}.
   *
   * @param path the file
   * @param maxBytes the largest accepted file size in bytes, positive
   * @return the model
   * @throws ModelFormatException naming the path and the problem when the file is not a valid model file
   * @throws UncheckedIOException naming the path when the file is missing or cannot be read
   */
  public static ModelFile read(Path path, long maxBytes) {
    Objects.requireNonNull(path, "path");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    return ModelReader.read(path, maxBytes);
  }

  private static void writeElements(OutputStream out, Matrix m) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    if (m instanceof FloatMatrix f) {
      float[] data = f.data();
      for (int pos = 0; pos < data.length; ) {
        int n = Math.min(data.length - pos, CHUNK_BYTES / Float.BYTES);
        chunk.clear();
        chunk.asFloatBuffer().put(data, pos, n);
        out.write(chunk.array(), 0, n * Float.BYTES);
        pos += n;
      }
    } else {
      double[] data = ((DoubleMatrix) m).data();
      for (int pos = 0; pos < data.length; ) {
        int n = Math.min(data.length - pos, CHUNK_BYTES / Double.BYTES);
        chunk.clear();
        chunk.asDoubleBuffer().put(data, pos, n);
        out.write(chunk.array(), 0, n * Double.BYTES);
        pos += n;
      }
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
    }
  }
}
