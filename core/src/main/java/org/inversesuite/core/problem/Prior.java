package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/** The prior p(x) of the hidden parameters x. */
public interface Prior {
  /** @return the number of parameters */
  int dimension();

  /** @return one name per parameter; they label every report column */
  List<String> names();

  /** @return n draws x ~ p(x), shape [n, dimension()], float64 */
  Matrix sample(int n, Rng rng);

  /** @return log p(x) per row of {@code x} (shape [n, dimension()]); -inf outside the support */
  double[] logDensity(Matrix x);

  /**
   * @return the bijection between this prior's support and ℝᵈ; a flow trained on the
   *     transformed parameters never samples outside the support. Unbounded by default.
   */
  default BoundedTransform support() {
    return BoundedTransform.unbounded(dimension());
  }
}
