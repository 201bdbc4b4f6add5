package org.inversesuite.spark.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.tensor.DoubleMatrix;

/**
 * A {@link Dataset} whose rows live in a file of float64 values, row r at offset
 * 8·r·(dx + dy) holding x then y, mapped into memory in segments of at most 2³¹ bytes. The
 * heap holds only the batch being read; the operating system pages rows in and out, so the
 * data may be far larger than the heap (and than memory, at the cost of disk reads for
 * shuffled batches). Written once by {@link TableLoader}; read-only and thread-safe afterwards.
 */
public final class MappedDataset implements Dataset, AutoCloseable {
  private final Path file;
  private final int rows;
  private final int dx;
  private final int dy;
  private final int rowsPerSegment;
  private final List<DoubleBuffer> segments = new ArrayList<>();
  private final boolean deleteOnClose;

  /**
   * @param file the row file, 8·rows·(dx + dy) bytes, little-endian
   * @param deleteOnClose whether {@link #close} deletes the file
   */
  public MappedDataset(Path file, int rows, int dx, int dy, boolean deleteOnClose) {
    this.file = file;
    this.rows = rows;
    this.dx = dx;
    this.dy = dy;
    this.deleteOnClose = deleteOnClose;
    int width = dx + dy;
    this.rowsPerSegment = Math.max(1, Integer.MAX_VALUE / (8 * width));
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long expected = 8L * rows * width;
      if (ch.size() != expected) {
        throw new IllegalArgumentException(file + " has " + ch.size() + " bytes, expected " + expected);
      }
      for (long first = 0; first < rows; first += rowsPerSegment) {
        long n = Math.min(rowsPerSegment, rows - first);
        MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 8L * first * width, 8L * n * width);
        segments.add(m.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int size() {
    return rows;
  }

  @Override
  public int xDimension() {
    return dx;
  }

  @Override
  public int yDimension() {
    return dy;
  }

  @Override
  public Batch batch(int[] indices) {
    int width = dx + dy;
    double[] x = new double[indices.length * dx];
    double[] y = new double[indices.length * dy];
    for (int i = 0; i < indices.length; i++) {
      int r = indices[i];
      if (r < 0 || r >= rows) {
        throw new IndexOutOfBoundsException("row " + r + " outside [0, " + rows + ")");
      }
      DoubleBuffer seg = segments.get(r / rowsPerSegment);
      int base = (r % rowsPerSegment) * width;
      seg.get(base, x, i * dx, dx);
      seg.get(base + dx, y, i * dy, dy);
    }
    return new Batch(new DoubleMatrix(indices.length, dx, x), new DoubleMatrix(indices.length, dy, y));
  }

  /** Releases the mapping (when the buffers are collected) and deletes a temporary file. */
  @Override
  public void close() {
    segments.clear();
    if (deleteOnClose) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a mapped file may not be deletable on some systems until collected; it is in a temp folder
        file.toFile().deleteOnExit();
      }
    }
  }

  @Override
  public String toString() {
    return "MappedDataset[" + rows + " rows, x " + dx + ", y " + dy + ", " + file + "]";
  }
}
