package org.inversesuite.core.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies between the flat Java storage of a {@link Matrix} and a freshly created (offset 0,
 * c-order) ND4J array of type FLOAT or DOUBLE. Equal precisions take one bulk copy through the
 * array's NIO view; mixed precisions convert element by element.
 */
final class NdCopy {
  private NdCopy() {
  }

  /** {@code target[i] = source[offset + i]} for every element i of target (row-major). */
  static void in(Matrix source, int offset, INDArray target) {
    int count = (int) target.length();
    if (target.dataType() == DataType.FLOAT) {
      FloatBuffer buffer = target.data().asNioFloat();
      if (source instanceof FloatMatrix f) {
        buffer.put(0, f.data(), offset, count);
      } else {
        for (int i = 0; i < count; i++) {
          buffer.put(i, (float) source.get(offset + i));
        }
      }
    } else {
      DoubleBuffer buffer = target.data().asNioDouble();
      if (source instanceof DoubleMatrix d) {
        buffer.put(0, d.data(), offset, count);
      } else {
        for (int i = 0; i < count; i++) {
          buffer.put(i, source.get(offset + i));
        }
      }
    }
  }

  /** {@code target[i] = source[i]} for every element of source; sizes must agree. */
  static void out(INDArray source, Matrix target) {
    int count = (int) source.length();
    if (source.dataType() == DataType.FLOAT) {
      FloatBuffer buffer = source.data().asNioFloat();
      if (target instanceof FloatMatrix f) {
        buffer.get(0, f.data(), 0, count);
      } else {
        for (int i = 0; i < count; i++) {
          target.set(i, buffer.get(i));
        }
      }
    } else {
      DoubleBuffer buffer = source.data().asNioDouble();
      if (target instanceof DoubleMatrix d) {
        buffer.get(0, d.data(), 0, count);
      } else {
        for (int i = 0; i < count; i++) {
          target.set(i, buffer.get(i));
        }
      }
    }
  }

  /** {@code target[offset + i] += source[i]} for every element i of source (row-major). */
  static void addOut(INDArray source, Matrix target, int offset) {
    int count = (int) source.length();
    if (source.dataType() == DataType.FLOAT) {
      FloatBuffer buffer = source.data().asNioFloat();
      if (target instanceof FloatMatrix f) {
        float[] t = f.data();
        for (int i = 0; i < count; i++) {
          t[offset + i] += buffer.get(i);
        }
      } else {
        for (int i = 0; i < count; i++) {
          target.add(offset + i, buffer.get(i));
        }
      }
    } else {
      DoubleBuffer buffer = source.data().asNioDouble();
      for (int i = 0; i < count; i++) {
        target.add(offset + i, buffer.get(i));
      }
    }
  }
}
