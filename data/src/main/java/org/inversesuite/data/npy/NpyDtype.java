package org.inversesuite.data.npy;

import java.nio.ByteBuffer;
import org.inversesuite.core.tensor.Precision;

/** The NumPy data types this package reads: little-endian floats and signed integers. */
enum NpyDtype {
  /** 32-bit float, read as FLOAT32. */
  F4("<f4", 4, Precision.FLOAT32),
  /** 64-bit float, read as FLOAT64. */
  F8("<f8", 8, Precision.FLOAT64),
  /** 32-bit signed integer, read as FLOAT64 (exact). */
  I4("<i4", 4, Precision.FLOAT64),
  /** 64-bit signed integer, read as FLOAT64 (refused where a value is not exact as a double). */
  I8("<i8", 8, Precision.FLOAT64);

  private final String descr;
  private final int size;
  private final Precision precision;

  NpyDtype(String descr, int size, Precision precision) {
    this.descr = descr;
    this.size = size;
    this.precision = precision;
  }

  /** @return the NumPy descriptor, e.g. "<f8" */
  String descr() {
    return descr;
  }

  /** @return bytes per element */
  int size() {
    return size;
  }

  /** @return the precision of the matrix it is read into */
  Precision precision() {
    return precision;
  }

  /** @return the type with this descriptor, or null */
  static NpyDtype of(String descr) {
    for (NpyDtype t : values()) {
      if (t.descr.equals(descr)) {
        return t;
      }
    }
    return null;
  }

  /** @return the type a matrix of this precision is written as */
  static NpyDtype of(Precision precision) {
    return precision == Precision.FLOAT32 ? F4 : F8;
  }

  /** @return a readable list of the accepted descriptors */
  static String accepted() {
    StringBuilder b = new StringBuilder();
    for (NpyDtype t : values()) {
      b.append(b.length() == 0 ? "" : ", ").append('\'').append(t.descr).append('\'');
    }
    return b.toString();
  }

  /**
   * Reads one element from a little-endian buffer.
   *
   * @throws ArithmeticException if an '&lt;i8' value is not exactly a double
   */
  double read(ByteBuffer in) {
    return switch (this) {
      case F4 -> in.getFloat();
      case F8 -> in.getDouble();
      case I4 -> in.getInt();
      case I8 -> {
        long v = in.getLong();
        double d = v;
        if (v == Long.MAX_VALUE || (long) d != v) {
          throw new ArithmeticException("integer " + v + " is not exactly representable as a double");
        }
        yield d;
      }
    };
  }
}
