package org.inversesuite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Fixtures for the model store tests. The raw-file helpers implement the layout of
 * docs/model-format.md independently of the main code, so the tests check the documentation.
 */
final class ModelTestFiles {
  static final int PREAMBLE = 28;
  static final int CHECKSUM = 32;

  /** NaN bit patterns that must survive a round trip: quiet, signalling, negative, payloads. */
  static final int[] FLOAT_NANS = {0x7fc00000, 0x7fc00123, 0x7f800001, 0xffc00001, 0xff812345};
  static final long[] DOUBLE_NANS = {0x7ff8000000000000L, 0x7ff0000000000001L, 0xfff8000000000abcL, 0x7ff4000000c0ffeeL};

  private ModelTestFiles() {}

  /** A model with both precisions, empty matrices, NaN payloads and tensors larger than one I/O chunk. */
  static ModelFile sample() {
    ObjectNode meta = Json.mapper().createObjectNode();
    meta.putObject("architecture").put("blocks", 6).put("coupling", "affine").put("clamp", 1.9);
    meta.putObject("normalisation").putArray("mean").add(0.1).add(-2.5e-7).add(1e300);
    meta.putObject("training").put("learningRate", 3.0e-4).put("seed", 1234567890123L);
    meta.putObject("provenance").put("created", "2024-05-01T12:00:00Z").put("note", "Ünïcødé ✓");
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    float[] w = new float[3 * 4];
    for (int i = 0; i < FLOAT_NANS.length; i++) {
      w[i] = Float.intBitsToFloat(FLOAT_NANS[i]);
    }
    w[5] = -0.0f;
    w[6] = Float.POSITIVE_INFINITY;
    w[7] = Float.MIN_VALUE;
    w[8] = 1.5f;
    w[9] = -3.25e-20f;
    tensors.put("block0.w", new FloatMatrix(3, 4, w));
    double[] b = new double[6];
    for (int i = 0; i < DOUBLE_NANS.length; i++) {
      b[i] = Double.longBitsToDouble(DOUBLE_NANS[i]);
    }
    b[4] = -0.0;
    b[5] = Double.MIN_VALUE;
    tensors.put("block0.b", new DoubleMatrix(1, 6, b));
    tensors.put("empty32", new FloatMatrix(0, 3));
    tensors.put("empty64", new DoubleMatrix(4, 0));
    tensors.put("none", new DoubleMatrix(0, 0));
    Random random = new Random(42);
    float[] big32 = new float[100 * 200];
    for (int i = 0; i < big32.length; i++) {
      big32[i] = Float.intBitsToFloat(random.nextInt());
    }
    tensors.put("big32", new FloatMatrix(100, 200, big32));
    double[] big64 = new double[120 * 90];
    for (int i = 0; i < big64.length; i++) {
      big64[i] = Double.longBitsToDouble(random.nextLong());
    }
    tensors.put("big64", new DoubleMatrix(120, 90, big64));
    return new ModelFile(meta, tensors);
  }

  /** Asserts equal names in order, precisions, shapes and raw element bits, without ModelFile.equals. */
  static void assertBitIdentical(ModelFile expected, ModelFile actual) {
    Map<String, Matrix> e = expected.tensors();
    Map<String, Matrix> a = actual.tensors();
    assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()));
    for (String name : e.keySet()) {
      Matrix x = e.get(name);
      Matrix y = a.get(name);
      assertEquals(x.getClass(), y.getClass(), name);
      assertEquals(x.rows(), y.rows(), name);
      assertEquals(x.cols(), y.cols(), name);
      assertArrayEquals(rawBits(x), rawBits(y), name);
    }
  }

  static long[] rawBits(Matrix m) {
    if (m instanceof FloatMatrix f) {
      long[] bits = new long[f.data().length];
      for (int i = 0; i < bits.length; i++) {
        bits[i] = Float.floatToRawIntBits(f.data()[i]);
      }
      return bits;
    }
    double[] d = ((DoubleMatrix) m).data();
    return Arrays.stream(d).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  /** The parts of a model file, split by the documented layout. */
  record Parts(long version, byte[] header, byte[] data, byte[] checksum) {
    ObjectNode headerJson() throws IOException {
      return (ObjectNode) Json.mapper().readTree(header);
    }

    ArrayNode table() throws IOException {
      return (ArrayNode) headerJson().get("tensors");
    }
  }

  static Parts split(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[8];
    b.get(magic);
    assertEquals("INVMODEL", new String(magic, StandardCharsets.US_ASCII));
    long version = Integer.toUnsignedLong(b.getInt());
    int h = (int) b.getLong();
    int d = (int) b.getLong();
    assertEquals(PREAMBLE + h + d + CHECKSUM, b.capacity(), "file size is 60 + H + D");
    byte[] header = new byte[h];
    byte[] data = new byte[d];
    byte[] checksum = new byte[CHECKSUM];
    b.get(header).get(data).get(checksum);
    return new Parts(version, header, data, checksum);
  }

  /** Writes a file with the documented layout and a correct checksum. */
  static void seal(Path file, long version, byte[] header, byte[] data) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(PREAMBLE + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("INVMODEL".getBytes(StandardCharsets.US_ASCII)).putInt((int) version)
        .putLong(header.length).putLong(data.length).put(header).put(data);
    byte[] body = b.array();
    byte[] all = Arrays.copyOf(body, body.length + CHECKSUM);
    System.arraycopy(sha256(body), 0, all, body.length, CHECKSUM);
    Files.write(file, all);
  }

  /** Re-seals a written file with a replaced JSON header (same data, correct checksum). */
  static void reseal(Path file, ObjectNode header) throws IOException {
    Parts p = split(file);
    seal(file, p.version(), Json.mapper().writeValueAsBytes(header), p.data());
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Overwrites bytes at {@code offset}. */
  static void patch(Path file, int offset, byte... bytes) throws IOException {
    byte[] all = Files.readAllBytes(file);
    System.arraycopy(bytes, 0, all, offset, bytes.length);
    Files.write(file, all);
  }

  static byte[] u32(long v) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
  }

  static byte[] u64(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
  }

  /** Flips every bit of the byte at {@code offset}. */
  static void flip(Path file, int offset) throws IOException {
    byte[] all = Files.readAllBytes(file);
    all[offset] ^= (byte) 0xFF;
    Files.write(file, all);
  }

  /** Reads {@code file}, expects a refusal whose message starts with the path, and returns the message. */
  static String refusal(Path file) {
    return refusal(file, ModelStore.DEFAULT_MAX_BYTES);
  }

  static String refusal(Path file, long maxBytes) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> ModelStore.read(file, maxBytes));
    assertInstanceOf(ModelFormatException.class, e, () -> "unexpected " + e);
    assertEquals(file, ((ModelFormatException) e).path());
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    return e.getMessage();
  }

  /** Asserts that {@code message} contains every fragment. */
  static void assertMentions(String message, String... fragments) {
    for (String f : fragments) {
      assertTrue(message.contains(f), () -> "expected \"" + f + "\" in: " + message);
    }
  }
}
