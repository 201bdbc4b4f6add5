package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The element-wise parts of a dense layer on flat float arrays: the activation pass that is
 * not fused into a product epilogue, and the backward mask {@code g = dy ⊙ a'(y)} fused with
 * the bias gradient {@code db += Σ_rows g}.
 */
final class FloatActivation {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();

  private FloatActivation() {
  }

  /** {@code y[i] = a(y[i])} for {@code i < size}, in place. */
  static void apply(float[] y, int size, Activation activation) {
    if (activation == Activation.IDENTITY) {
      return;
    }
    for (int i = 0; i < size; i++) {
      y[i] = (float) activation.apply(y[i]);
    }
  }

  /**
   * {@code dy[i][j] = g[i][j] = dy[i][j] · a'(y[i][j])} in place, and
   * {@code gradients[biasOff + j] += Σ_i g[i][j]}, for an [n, p] row-major layer output.
   */
  static void maskAndSumColumns(float[] dy, float[] y, int n, int p, Activation activation, float[] gradients,
      int biasOff) {
    int pv = p - p % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector one = FloatVector.broadcast(SPECIES, 1f);
    FloatVector leak = FloatVector.broadcast(SPECIES, 0.01f);
    for (int j = 0; j < pv; j += V) {
      FloatVector sum = zero;
      for (int i = 0, o = j; i < n; i++, o += p) {
        FloatVector d = FloatVector.fromArray(SPECIES, dy, o);
        FloatVector out = FloatVector.fromArray(SPECIES, y, o);
        VectorMask<Float> positive = out.compare(VectorOperators.GT, zero);
        FloatVector g = switch (activation) {
          case RELU -> zero.blend(d, positive);
          case LEAKY_RELU -> d.mul(leak.blend(one, positive));
          case TANH -> d.mul(one.sub(out.mul(out)));
          case ELU -> d.mul(out.add(one).blend(one, positive));
          case IDENTITY -> d;
        };
        g.intoArray(dy, o);
        sum = sum.add(g);
      }
      FloatVector.fromArray(SPECIES, gradients, biasOff + j).add(sum).intoArray(gradients, biasOff + j);
    }
    for (int j = pv; j < p; j++) {
      float sum = 0;
      for (int i = 0, o = j; i < n; i++, o += p) {
        float g = (float) (dy[o] * activation.derivativeFromOutput(y[o]));
        dy[o] = g;
        sum += g;
      }
      gradients[biasOff + j] += sum;
    }
  }
}
