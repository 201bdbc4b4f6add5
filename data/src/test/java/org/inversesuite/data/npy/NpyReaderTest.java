package org.inversesuite.data.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the NumPy-made fixtures beside this package (see make_fixtures.py there). */
class NpyReaderTest {
  private static final double[] F8 = {0.1, -2.5, 1.0 / 3.0, 1e300, -0.0, Double.MIN_VALUE};
  private static final float[] F4 = {(float) 0.1, -2.5f, (float) 3e-8, (float) 1e30, -0.0f, 7f};

  @TempDir Path dir;

  private static Path fixture(String name) {
    try {
      return Path.of(NpyReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertF8(Matrix m, int rows, int cols) {
    assertEquals(Precision.FLOAT64, m.precision());
    assertEquals(rows, m.rows());
    assertEquals(cols, m.cols());
    long[] expected = Arrays.stream(F8).mapToLong(Double::doubleToRawLongBits).toArray();
    long[] actual = Arrays.stream(((DoubleMatrix) m).data()).mapToLong(Double::doubleToRawLongBits).toArray();
    assertArrayEquals(expected, actual);
  }

  private static void assertF4(Matrix m) {
    assertEquals(Precision.FLOAT32, m.precision());
    assertEquals(2, m.rows());
    assertEquals(3, m.cols());
    float[] data = ((FloatMatrix) m).data();
    for (int i = 0; i < F4.length; i++) {
      assertEquals(Float.floatToRawIntBits(F4[i]), Float.floatToRawIntBits(data[i]), "element " + i);
    }
  }

  @Test
  void readsFloat64AndFloat32BitExactInEveryVersion() {
    assertF8(NpyReader.read(fixture("f8_2x3.npy")), 2, 3);
    assertF8(NpyReader.read(fixture("f8_2x3_v2.npy")), 2, 3);
    assertF4(NpyReader.read(fixture("f4_2x3.npy")));
    assertF4(NpyReader.read(fixture("f4_2x3_v3.npy")));
  }

  @Test
  void readsOneDimensionalAsAColumn() {
    Matrix m = NpyReader.read(fixture("f8_1d.npy"));
    assertEquals(3, m.rows());
    assertEquals(1, m.cols());
    assertArrayEquals(new double[][] {{1.5}, {-2.0}, {4.25}}, m.toRows());
  }

  @Test
  void readsIntegersAsFloat64() {
    Matrix i4 = NpyReader.read(fixture("i4_2x2.npy"));
    assertEquals(Precision.FLOAT64, i4.precision());
    assertArrayEquals(new double[][] {{1, -2}, {2147483647, -2147483648}}, i4.toRows());
    Matrix i8 = NpyReader.read(fixture("i8_1d.npy"));
    assertArrayEquals(new double[][] {{0}, {-0x1p53}, {0x1p53}}, i8.toRows());
  }

  @Test
  void readsZeroRows() {
    Matrix m = NpyReader.read(fixture("f8_0x3.npy"));
    assertEquals(0, m.rows());
    assertEquals(3, m.cols());
  }

  private static void assertRefused(Path p, String... phrases) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> NpyReader.read(p));
    assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
    assertEquals(p, e.path());
    for (String phrase : phrases) {
      assertTrue(e.getMessage().contains(phrase), "expected \"" + phrase + "\" in: " + e.getMessage());
    }
  }

  @Test
  void refusesUnsupportedLayoutsAndTypes() {
    assertRefused(fixture("fortran_2x3.npy"), "Fortran-order");
    assertRefused(fixture("big_endian.npy"), "'>f8'", "big-endian");
    assertRefused(fixture("f2.npy"), "unsupported dtype '<f2'", "'<f4', '<f8', '<i4', '<i8'");
    assertRefused(fixture("u1.npy"), "unsupported dtype '|u1'");
    assertRefused(fixture("structured.npy"), "structured");
    assertRefused(fixture("rank3.npy"), "shape (2, 2, 2) has rank 3");
    assertRefused(fixture("scalar.npy"), "rank 0");
    assertRefused(fixture("i8_inexact.npy"), "row 1, column 0", "9007199254740993");
  }

  private Path bytes(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void refusesTruncatedAndOverlongData() throws IOException {
    byte[] good = Files.readAllBytes(fixture("f8_2x3.npy"));
    assertRefused(bytes("short.npy", Arrays.copyOf(good, good.length - 3)), "truncated", "needs 48 data bytes", "only 45");
    assertRefused(bytes("long.npy", Arrays.copyOf(good, good.length + 8)), "8 unexpected bytes after the 48 data bytes");
    assertRefused(bytes("header.npy", Arrays.copyOf(good, 40)), "truncated: the header needs");
    assertRefused(bytes("nine.npy", Arrays.copyOf(good, 9)), "truncated");
  }

  @Test
  void refusesBadMagicVersionAndHeader() throws IOException {
    assertRefused(bytes("text.npy", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)), "bad magic", "\\x61\\x2c");
    assertRefused(bytes("empty.npy", new byte[0]), "bad magic", "an empty file");
    byte[] good = Files.readAllBytes(fixture("f8_2x3.npy"));
    byte[] v4 = good.clone();
    v4[6] = 4;
    assertRefused(bytes("v4.npy", v4), "unsupported .npy format version 4.0");
    byte[] noDict = good.clone();
    noDict[10] = '[';
    assertRefused(bytes("nodict.npy", noDict), "malformed header", "expected '{'");
    byte[] badKey = new String(good, StandardCharsets.ISO_8859_1).replace("'shape'", "'shapo'").getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(bytes("key.npy", badKey), "malformed header", "unexpected key 'shapo'");
  }

  @Test
  void missingFileNamesThePath() {
    Path p = dir.resolve("absent.npy");
    assertRefused(p, "file not found");
  }
}
