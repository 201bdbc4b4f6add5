package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.List;

/**
 * What the solver said about the forward surrogate at the shapes it re-simulated, used to correct
 * the surrogate's prediction at the shapes not yet simulated (an additive correction of a
 * low-fidelity model by the high-fidelity one, as in multi-fidelity optimisation; Kennedy and
 * O'Hagan 2000, Forrester, Sóbester and Keane 2007). At a simulated shape x_k the discrepancies are
 *
 * <pre>
 *   δ_k = C_l(x_k) − Ĉ_l(x_k),      ρ_k = C_d(x_k) / Ĉ_d(x_k),      Ĉ_d = Ĉ_l / (L/D)^,
 * </pre>
 *
 * additive in lift and relative in drag, as the surrogates fit C_l and ln C_d. A shape x not yet
 * simulated takes the discrepancies of the nearest simulated shape (Euclidean distance of the CST
 * coefficients; the flow condition is the target's, the same for all):
 *
 * <pre>
 *   C̃_l(x) = Ĉ_l(x) + δ_k,      (L/D)~(x) = C̃_l(x) / (ρ_k Ĉ_d(x)),      k = argmin_k |x − x_k|.
 * </pre>
 *
 * The proposals of one target lie in a small region of the design space, where a surrogate's
 * error is mostly a smooth offset that the first solver call measures. Before any shape is
 * simulated, or for a prediction without a finite drag, the prediction is returned unchanged.
 */
final class SurrogateDiscrepancy {
  private final List<double[]> shapes = new ArrayList<>();
  private final List<double[]> offsets = new ArrayList<>();

  /**
   * Records a re-simulated shape.
   *
   * @param coefficients its CST coefficients
   * @param predicted the surrogate's {Ĉ_l, (L/D)^} for it
   * @param simulated the solver's result; ignored unless usable
   */
  void record(double[] coefficients, double[] predicted, DesignCase simulated) {
    double cdHat = predicted[0] / predicted[1];
    if (!simulated.usable() || !(cdHat > 0) || !Double.isFinite(cdHat)) {
      return;
    }
    shapes.add(coefficients.clone());
    offsets.add(new double[] {simulated.cl() - predicted[0], simulated.cd() / cdHat});
  }

  /** @return the number of shapes recorded */
  int size() {
    return shapes.size();
  }

  /**
   * @param coefficients a shape's CST coefficients
   * @param predicted the surrogate's {Ĉ_l, (L/D)^} for it
   * @return the corrected {C̃_l, (L/D)~}
   */
  double[] corrected(double[] coefficients, double[] predicted) {
    double cdHat = predicted[0] / predicted[1];
    if (shapes.isEmpty() || !(cdHat > 0) || !Double.isFinite(cdHat)) {
      return predicted.clone();
    }
    int nearest = 0;
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < shapes.size(); k++) {
      double d = squaredDistance(shapes.get(k), coefficients);
      if (d < best) {
        best = d;
        nearest = k;
      }
    }
    double[] o = offsets.get(nearest);
    double cl = predicted[0] + o[0];
    return new double[] {cl, cl / (o[1] * cdHat)};
  }

  private static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return s;
  }
}
