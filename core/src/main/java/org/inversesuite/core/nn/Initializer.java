package org.inversesuite.core.nn;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Fills a segment of a flat parameter vector when a model is created.
 * Implementations must draw only from the {@link Rng} they are given.
 */
@FunctionalInterface
public interface Initializer {
  /** Writes {@code size} values starting at {@code offset} of {@code values}. */
  void fill(Matrix values, int offset, int size, Rng rng);

  /** All zeros: the last layer of every coupling subnet, so a new flow is the identity. */
  Initializer ZERO = (values, offset, size, rng) -> {
    for (int i = 0; i < size; i++) {
      values.set(offset + i, 0);
    }
  };

  /** @return a constant fill */
  static Initializer constant(double value) {
    return (values, offset, size, rng) -> {
      for (int i = 0; i < size; i++) {
        values.set(offset + i, value);
      }
    };
  }

  /**
   * U(−1/√fanIn, 1/√fanIn), the default of PyTorch's {@code nn.Linear} for weights and biases
   * (He et al. 2015 with a = √5), which the Python reference models use.
   */
  static Initializer uniformFanIn(int fanIn) {
    double bound = 1.0 / Math.sqrt(fanIn);
    return (values, offset, size, rng) -> {
      for (int i = 0; i < size; i++) {
        values.set(offset + i, rng.uniform(-bound, bound));
      }
    };
  }

  /** N(0, std²) for every entry. */
  static Initializer gaussian(double std) {
    return (values, offset, size, rng) -> {
      for (int i = 0; i < size; i++) {
        values.set(offset + i, std * rng.gaussian());
      }
    };
  }
}
