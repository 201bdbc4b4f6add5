package org.inversesuite.data.npy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.io.DataFormatException;

/**
 * Reads a NumPy {@code .npy} file (format versions 1.0, 2.0 and 3.0) into a {@link Matrix}.
 *
 * <p>Accepted: C-order arrays of little-endian {@code '<f4'} (read as FLOAT32), {@code '<f8'}
 * (FLOAT64), {@code '<i4'} and {@code '<i8'} (converted to FLOAT64; an {@code '<i8'} value
 * that is not exact as a double is refused), of rank 2, or rank 1 (length n, read as one
 * column [n, 1]). Element bits of float data are kept exactly.
 *
 * <p>Refused, each with a {@link DataFormatException} naming the file and what is wrong: a
 * missing file, a bad magic string, an unknown format version, a malformed or truncated
 * header, big-endian or other dtypes, Fortran order, rank 0 or above 2, data shorter than the
 * shape needs (truncated) and bytes left over after the data.
 */
public final class NpyReader {
  /** The six bytes every {@code .npy} file starts with: {@code \x93NUMPY}. */
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int CHUNK = 1 << 16;

  private NpyReader() {}

  /**
   * Reads the array in {@code path}.
   *
   * @param path the .npy file
   * @return FLOAT32 for '&lt;f4' data, FLOAT64 otherwise; shape [rows, cols], or [n, 1] for a
   *     1-D array
   * @throws DataFormatException if the file is missing or not an accepted .npy file
   * @throws UncheckedIOException on other I/O failures
   */
  public static Matrix read(Path path) {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long fileSize = ch.size();
      ByteBuffer start = readFully(ch, 0, (int) Math.min(12, fileSize));
      if (start.remaining() < MAGIC.length || !Arrays.equals(Arrays.copyOf(array(start), MAGIC.length), MAGIC)) {
        throw fail(path, "not a .npy file: bad magic string (expected \\x93NUMPY, found " + hex(array(start), 6) + ")");
      }
      if (start.remaining() < 10) {
        throw fail(path, "truncated: the file ends inside the version and header length (" + fileSize + " bytes)");
      }
      int major = start.get(6) & 0xFF;
      int minor = start.get(7) & 0xFF;
      if ((major != 1 && major != 2 && major != 3) || minor != 0) {
        throw fail(path, "unsupported .npy format version " + major + "." + minor + " (supported: 1.0, 2.0, 3.0)");
      }
      long headerLength;
      int lengthEnd;
      if (major == 1) {
        headerLength = start.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
        lengthEnd = 10;
      } else {
        if (start.remaining() < 12) {
          throw fail(path, "truncated: the file ends inside the header length");
        }
        headerLength = start.order(ByteOrder.LITTLE_ENDIAN).getInt(8) & 0xFFFFFFFFL;
        lengthEnd = 12;
      }
      if (lengthEnd + headerLength > fileSize) {
        throw fail(path, "truncated: the header needs " + headerLength + " bytes but the file has only "
            + (fileSize - lengthEnd) + " after the header length");
      }
      if (headerLength > Integer.MAX_VALUE - 8) {
        throw fail(path, "header length " + headerLength + " is not plausible");
      }
      byte[] headerBytes = array(readFully(ch, lengthEnd, (int) headerLength));
      String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      NpyHeader header;
      try {
        header = NpyHeader.parse(text);
      } catch (NpyHeader.ParseException e) {
        throw fail(path, "malformed header: " + e.getMessage());
      }
      return readData(path, ch, header, lengthEnd + headerLength, fileSize);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static Matrix readData(Path path, FileChannel ch, NpyHeader header, long offset, long fileSize)
      throws IOException {
    String descr = header.descr();
    NpyDtype dtype = NpyDtype.of(descr);
    if (dtype == null) {
      String big = descr.startsWith(">") ? "big-endian data is not supported, save it as '<" + descr.substring(1)
          + "' (a.astype('<" + descr.substring(1) + "')); " : "";
      throw fail(path, "unsupported dtype '" + descr + "': " + big + "supported: " + NpyDtype.accepted());
    }
    if (header.fortranOrder()) {
      throw fail(path, "Fortran-order (column-major) data is not supported: save numpy.ascontiguousarray(a)");
    }
    long[] shape = header.shape();
    if (shape.length != 1 && shape.length != 2) {
      throw fail(path, "shape " + shapeText(shape) + " has rank " + shape.length + ": only 1-D and 2-D arrays are supported");
    }
    long rows = shape[0];
    long cols = shape.length == 2 ? shape[1] : 1;
    if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE || rows * cols > Integer.MAX_VALUE - 8) {
      throw fail(path, "shape " + shapeText(shape) + " is too large for one matrix");
    }
    int count = (int) (rows * cols);
    long needed = (long) count * dtype.size();
    long present = fileSize - offset;
    if (present < needed) {
      throw fail(path, "truncated: shape " + shapeText(shape) + " of " + descr + " needs " + needed
          + " data bytes but the file has only " + present);
    }
    if (present > needed) {
      throw fail(path, (present - needed) + " unexpected bytes after the " + needed + " data bytes of shape " + shapeText(shape));
    }
    Matrix m = dtype == NpyDtype.F4 ? new FloatMatrix((int) rows, (int) cols) : new DoubleMatrix((int) rows, (int) cols);
    ByteBuffer buf = ByteBuffer.allocate(CHUNK - CHUNK % 8).order(ByteOrder.LITTLE_ENDIAN);
    long position = offset;
    int i = 0;
    while (i < count) {
      buf.clear();
      buf.limit((int) Math.min(buf.capacity(), (long) (count - i) * dtype.size()));
      int wanted = buf.limit();
      int got = fill(ch, buf, position);
      if (got < wanted) {
        throw fail(path, "truncated: the file ended while reading element " + (i + got / dtype.size()));
      }
      position += got;
      buf.flip();
      i = decode(path, dtype, buf, m, i);
    }
    return m;
  }

  private static int decode(Path path, NpyDtype dtype, ByteBuffer buf, Matrix m, int i) {
    if (m instanceof FloatMatrix f) {
      float[] data = f.data();
      while (buf.hasRemaining()) {
        data[i++] = buf.getFloat();
      }
      return i;
    }
    double[] data = ((DoubleMatrix) m).data();
    while (buf.hasRemaining()) {
      try {
        data[i] = dtype.read(buf);
      } catch (ArithmeticException e) {
        throw fail(path, "element " + i + " (row " + i / m.cols() + ", column " + i % m.cols() + "): " + e.getMessage());
      }
      i++;
    }
    return i;
  }

  private static ByteBuffer readFully(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    fill(ch, buf, position);
    buf.flip();
    return buf;
  }

  /** Reads until {@code buf} is full or the file ends; @return the bytes read. */
  private static int fill(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    int total = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  private static byte[] array(ByteBuffer buf) {
    byte[] out = new byte[buf.remaining()];
    buf.duplicate().get(out);
    return out;
  }

  private static String hex(byte[] bytes, int max) {
    if (bytes.length == 0) {
      return "an empty file";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(max, bytes.length); i++) {
      b.append(String.format("\\x%02x", bytes[i] & 0xFF));
    }
    return b.toString();
  }

  private static String shapeText(long[] shape) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return b.append(shape.length == 1 ? ",)" : ")").toString();
  }

  private static DataFormatException fail(Path path, String detail) {
    return new DataFormatException(path, detail);
  }
}
