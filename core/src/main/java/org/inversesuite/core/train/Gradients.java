package org.inversesuite.core.train;

import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/** Global-norm operations on the flat gradient vector (Pascanu et al. 2013, gradient clipping). */
final class Gradients {
  private Gradients() {}

  /** @return ‖g‖₂, accumulated in double; NaN or infinite if any entry is */
  static double norm(Matrix g) {
    double s = 0;
    if (g instanceof FloatMatrix f) {
      for (float v : f.data()) {
        s += (double) v * v;
      }
    } else {
      for (int i = 0; i < g.size(); i++) {
        s += g.get(i) * g.get(i);
      }
    }
    return Math.sqrt(s);
  }

  /** g ← factor · g. */
  static void scale(Matrix g, double factor) {
    for (int i = 0; i < g.size(); i++) {
      g.set(i, g.get(i) * factor);
    }
  }
}
