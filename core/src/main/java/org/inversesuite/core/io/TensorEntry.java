package org.inversesuite.core.io;

import org.inversesuite.core.tensor.Precision;

/**
 * One row of a model file's tensor table: where a tensor's bytes lie in the data section.
 *
 * @param name the unique, non-empty tensor name
 * @param precision the element type: {@code float32} or {@code float64} in the file
 * @param rows number of rows
 * @param cols number of columns
 * @param offset byte offset from the start of the data section
 * @param length byte length, {@code rows * cols * elementBytes}
 */
record TensorEntry(String name, Precision precision, int rows, int cols, long offset, long length) {

  /** @return the dtype string of a precision in the header: "float32" or "float64" */
  static String dtype(Precision precision) {
    return precision == Precision.FLOAT32 ? "float32" : "float64";
  }

  /** @return bytes per element: 4 or 8 */
  static int elementBytes(Precision precision) {
    return precision == Precision.FLOAT32 ? Float.BYTES : Double.BYTES;
  }
}
