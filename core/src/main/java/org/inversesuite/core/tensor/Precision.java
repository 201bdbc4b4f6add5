package org.inversesuite.core.tensor;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Floating-point precision of an engine: {@link #FLOAT32} for training and sampling,
 * {@link #FLOAT64} for the numerical contract tests (finite differences need it).
 * Chosen once per flow; every buffer of that flow has it.
 */
public enum Precision {
  /** 32-bit IEEE floats: the fast path (Vector API kernels). */
  FLOAT32,
  /** 64-bit IEEE doubles: the reference path for tests. */
  FLOAT64;

  /** @return the ND4J data type with the same precision */
  public DataType dataType() {
    return this == FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
  }

  /** @return the precision of an ND4J data type; other types are refused */
  public static Precision of(DataType type) {
    return switch (type) {
      case FLOAT -> FLOAT32;
      case DOUBLE -> FLOAT64;
      default -> throw new IllegalArgumentException("unsupported data type " + type + ", expected FLOAT or DOUBLE");
    };
  }
}
