package org.inversesuite.data.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {
  @TempDir Path dir;

  @Test
  void float64RoundTripIsBitExact() {
    SplittableRandom random = new SplittableRandom(3);
    double[] data = new double[7 * 1301];
    for (int i = 0; i < data.length; i++) {
      data[i] = Double.longBitsToDouble(random.nextLong());
    }
    data[0] = Double.NaN;
    data[1] = Double.NEGATIVE_INFINITY;
    data[2] = -0.0;
    data[3] = Double.MIN_VALUE;
    for (int i = 4; i < data.length; i++) {
      if (Double.isNaN(data[i])) {
        data[i] = i;
      }
    }
    Path p = dir.resolve("f8.npy");
    NpyWriter.write(p, new DoubleMatrix(7, 1301, data));
    Matrix back = NpyReader.read(p);
    assertEquals(Precision.FLOAT64, back.precision());
    assertEquals(7, back.rows());
    assertEquals(1301, back.cols());
    long[] expected = Arrays.stream(data).mapToLong(Double::doubleToRawLongBits).toArray();
    long[] actual = Arrays.stream(((DoubleMatrix) back).data()).mapToLong(Double::doubleToRawLongBits).toArray();
    assertArrayEquals(expected, actual);
  }

  @Test
  void float32RoundTripIsBitExact() {
    SplittableRandom random = new SplittableRandom(5);
    float[] data = new float[20001];
    for (int i = 0; i < data.length; i++) {
      float v = Float.intBitsToFloat(random.nextInt());
      data[i] = Float.isNaN(v) ? i : v;
    }
    data[0] = Float.NaN;
    data[1] = -0.0f;
    data[2] = Float.MIN_VALUE;
    Path p = dir.resolve("f4.npy");
    NpyWriter.write(p, new FloatMatrix(20001, 1, data));
    Matrix back = NpyReader.read(p);
    assertEquals(Precision.FLOAT32, back.precision());
    float[] read = ((FloatMatrix) back).data();
    for (int i = 0; i < data.length; i++) {
      assertEquals(Float.floatToRawIntBits(data[i]), Float.floatToRawIntBits(read[i]), "element " + i);
    }
  }

  @Test
  void followsTheFormatVersion1Layout() throws IOException {
    Path p = dir.resolve("layout.npy");
    NpyWriter.write(p, Matrix.of(Precision.FLOAT64, new double[][] {{1, 2, 3}, {4, 5, 6}}));
    byte[] b = Files.readAllBytes(p);
    assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, Arrays.copyOf(b, 8));
    int headerLength = ByteBuffer.wrap(b, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
    int dataStart = 10 + headerLength;
    assertEquals(0, dataStart % 64, "data must start on a 64-byte boundary");
    assertEquals('\n', b[dataStart - 1]);
    String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
    assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), header);
    assertEquals("", header.substring(header.indexOf('}') + 1, headerLength - 1).strip(), "padding is spaces");
    assertEquals(dataStart + 6 * 8, b.length);
    assertEquals(6.0, ByteBuffer.wrap(b, dataStart + 5 * 8, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble(), 0.0);
  }

  @Test
  void writesFloat32AsF4AndEmptyMatrices() throws IOException {
    Path p = dir.resolve("empty.npy");
    NpyWriter.write(p, Matrix.zeros(Precision.FLOAT32, 0, 4));
    String header = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("'descr': '<f4'") && header.contains("'shape': (0, 4)"), header);
    Matrix back = NpyReader.read(p);
    assertEquals(0, back.rows());
    assertEquals(4, back.cols());
  }

  @Test
  void replacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path p = dir.resolve("out.npy");
    Files.writeString(p, "old");
    NpyWriter.write(p, Matrix.of(Precision.FLOAT64, new double[][] {{42}}));
    assertEquals(42.0, NpyReader.read(p).get(0), 0.0);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(p), files.toList());
    }
  }
}
