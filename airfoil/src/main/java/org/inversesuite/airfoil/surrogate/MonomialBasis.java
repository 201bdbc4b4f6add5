package org.inversesuite.airfoil.surrogate;

import java.util.ArrayList;
import java.util.List;

/**
 * All monomials of total degree at most p in d variables,
 *
 * <pre>
 *   φ(u) = (1, u_1, …, u_d, u_1², u_1 u_2, …, u_d^p),   |φ| = C(d + p, p),
 * </pre>
 *
 * each monomial u_{i1} u_{i2} … u_{ik} listed once with i1 ≤ i2 ≤ … ≤ ik (combinations with
 * repetition), degree by degree.
 */
public final class MonomialBasis {
  private final int variables;
  private final int degree;
  /** Factor lists, one per monomial; the constant has none. */
  private final int[][] factors;

  /**
   * @param variables d ≥ 1
   * @param degree p in [1, 6]
   */
  public MonomialBasis(int variables, int degree) {
    if (variables < 1) {
      throw new IllegalArgumentException("a monomial basis needs at least one variable, got " + variables);
    }
    if (degree < 1 || degree > 6) {
      throw new IllegalArgumentException("polynomial degree must be in [1, 6], got " + degree);
    }
    this.variables = variables;
    this.degree = degree;
    List<int[]> all = new ArrayList<>();
    all.add(new int[0]);
    List<int[]> previous = List.of(new int[0]);
    for (int k = 1; k <= degree; k++) {
      List<int[]> next = new ArrayList<>();
      for (int[] m : previous) {
        int from = m.length == 0 ? 0 : m[m.length - 1];
        for (int i = from; i < variables; i++) {
          int[] e = java.util.Arrays.copyOf(m, k);
          e[k - 1] = i;
          next.add(e);
        }
      }
      all.addAll(next);
      previous = next;
    }
    this.factors = all.toArray(new int[0][]);
  }

  /** @return d */
  public int variables() {
    return variables;
  }

  /** @return p */
  public int degree() {
    return degree;
  }

  /** @return |φ| = C(d + p, p) */
  public int size() {
    return factors.length;
  }

  /**
   * Evaluates φ(u) into {@code out}.
   *
   * @param u point, length {@link #variables()}
   * @param out features, length {@link #size()}
   */
  public void evaluate(double[] u, double[] out) {
    if (u.length != variables || out.length != factors.length) {
      throw new IllegalArgumentException("basis of " + variables + " variables and " + factors.length
          + " monomials got a point of " + u.length + " and room for " + out.length);
    }
    for (int m = 0; m < factors.length; m++) {
      double v = 1;
      for (int i : factors[m]) {
        v *= u[i];
      }
      out[m] = v;
    }
  }
}
