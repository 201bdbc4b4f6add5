package org.inversesuite.airfoil.shape;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Least-squares fit of CST coefficients to airfoil coordinates (Kulfan 2008, §IV). The CST
 * ordinate is linear in the coefficients, so for each surface separately
 *
 * <pre>
 *   min_A Σ_k ( C(x_k) Σ_i A_i K_i x_k^i (1 − x_k)^(n−i) − (y_k ∓ x_k Δ_TE/2) )²
 * </pre>
 *
 * is solved by a QR decomposition (Commons Math). Δ_TE is taken from the data (distance
 * between the two trailing-edge ordinates at x = 1), N1 = 0.5 and N2 = 1.
 *
 * <p>The coordinates must be normalised (leading edge at x = 0, trailing edge at x = 1, see
 * {@link Airfoil#normalized()}).
 */
public final class CstFit {
  private static final double NORMALISED_TOLERANCE = 1e-3;

  private CstFit() {}

  /**
   * @param airfoil normalised coordinates in Selig order
   * @param upperOrder Bernstein order of the upper surface, 1..15
   * @param lowerOrder Bernstein order of the lower surface, 1..15
   * @return the coefficients and the fit error
   * @throws IllegalArgumentException if the airfoil is not normalised, the orders are out of
   *     range, or a surface has fewer points than coefficients
   */
  public static CstFitResult fit(Airfoil airfoil, int upperOrder, int lowerOrder) {
    requireOrder("upper", upperOrder);
    requireOrder("lower", lowerOrder);
    int le = airfoil.leadingEdgeIndex();
    int last = airfoil.size() - 1;
    double xMin = airfoil.x(le);
    double xMax = Math.max(airfoil.x(0), airfoil.x(last));
    if (Math.abs(xMin) > NORMALISED_TOLERANCE || Math.abs(xMax - 1) > NORMALISED_TOLERANCE) {
      throw new IllegalArgumentException("CST fit needs normalised coordinates (x from 0 to 1), '"
          + airfoil.name() + "' spans x from " + xMin + " to " + xMax + "; call normalized() first");
    }
    double te = Math.max(0, airfoil.y(0) - airfoil.y(last));
    List<double[]> up = new ArrayList<>();
    List<double[]> lo = new ArrayList<>();
    for (int i = 0; i <= le; i++) {
      up.add(new double[] {clamp(airfoil.x(i)), airfoil.y(i)});
    }
    for (int i = le; i <= last; i++) {
      lo.add(new double[] {clamp(airfoil.x(i)), airfoil.y(i)});
    }
    List<Double> a = solve("upper", up, upperOrder, +0.5 * te, airfoil.name());
    List<Double> b = solve("lower", lo, lowerOrder, -0.5 * te, airfoil.name());
    CstShape shape = CstShape.of(a, b, te);
    double sum = 0;
    double max = 0;
    double worst = 0;
    for (double[] p : up) {
      double e = Math.abs(shape.upperY(p[0]) - p[1]);
      sum += e * e;
      if (e > max) {
        max = e;
        worst = p[0];
      }
    }
    for (double[] p : lo) {
      double e = Math.abs(shape.lowerY(p[0]) - p[1]);
      sum += e * e;
      if (e > max) {
        max = e;
        worst = p[0];
      }
    }
    int n = up.size() + lo.size();
    return new CstFitResult(shape, Math.sqrt(sum / n), max, worst, n);
  }

  private static void requireOrder(String side, int order) {
    if (order < 1 || order > 15) {
      throw new IllegalArgumentException(side + " Bernstein order must be in 1..15, got " + order);
    }
  }

  private static double clamp(double x) {
    return Math.min(1, Math.max(0, x));
  }

  private static List<Double> solve(String side, List<double[]> pts, int order, double teSlope, String name) {
    int interior = 0;
    for (double[] p : pts) {
      if (p[0] > 0 && p[0] < 1) {
        interior++;
      }
    }
    if (interior < order + 1) {
      throw new IllegalArgumentException("the " + side + " surface of '" + name + "' has " + interior
          + " interior points, a CST fit of order " + order + " needs at least " + (order + 1));
    }
    CstShape probe = CstShape.of(List.of(0.0), List.of(0.0), 0);
    Array2DRowRealMatrix m = new Array2DRowRealMatrix(pts.size(), order + 1);
    RealVector rhs = new ArrayRealVector(pts.size());
    for (int k = 0; k < pts.size(); k++) {
      double x = pts.get(k)[0];
      double c = probe.classFunction(x);
      for (int i = 0; i <= order; i++) {
        m.setEntry(k, i, c * CstShape.bernstein(order, i, x));
      }
      rhs.setEntry(k, pts.get(k)[1] - teSlope * x);
    }
    try {
      double[] a = new QRDecomposition(m).getSolver().solve(rhs).toArray();
      List<Double> out = new ArrayList<>(a.length);
      for (double v : a) {
        out.add(v);
      }
      return out;
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException("the " + side + " surface of '" + name
          + "' does not determine a CST fit of order " + order + " (points too few or repeated)", e);
    }
  }
}
