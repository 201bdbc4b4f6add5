package org.inversesuite.data.npy;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Writes a {@link Matrix} as a NumPy {@code .npy} file, format version 1.0: a 2-D C-order
 * array of {@code '<f4'} (FLOAT32 matrices) or {@code '<f8'} (FLOAT64), every element's bits
 * kept. The header is padded with spaces and ends with a newline so that the data starts at a
 * multiple of 64 bytes, as the format asks. The file is written atomically (see
 * {@link AtomicFiles}).
 */
public final class NpyWriter {
  private static final int CHUNK = 1 << 16;

  private NpyWriter() {}

  /**
   * Writes {@code matrix} to {@code path}, replacing it atomically; {@code numpy.load} reads
   * it back as an array of shape (rows, cols) and dtype float32 or float64.
   *
   * @param path the file to write; its directory must exist
   * @param matrix the values, written in its precision
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Path path, Matrix matrix) {
    NpyDtype dtype = NpyDtype.of(matrix.precision());
    byte[] preamble = NpyHeader.preamble(dtype.descr(), matrix.rows(), matrix.cols());
    AtomicFiles.write(path, out -> {
      out.write(preamble);
      ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
      int n = matrix.size();
      for (int i = 0; i < n; ) {
        buf.clear();
        if (matrix instanceof FloatMatrix f) {
          float[] data = f.data();
          for (; i < n && buf.remaining() >= 4; i++) {
            buf.putFloat(data[i]);
          }
        } else {
          double[] data = ((DoubleMatrix) matrix).data();
          for (; i < n && buf.remaining() >= 8; i++) {
            buf.putDouble(data[i]);
          }
        }
        out.write(buf.array(), 0, buf.position());
      }
    });
  }
}
