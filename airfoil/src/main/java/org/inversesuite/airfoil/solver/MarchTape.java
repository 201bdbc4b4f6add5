package org.inversesuite.airfoil.solver;

import java.util.Arrays;

/**
 * The boundary-layer marches' derivative as a linear computational graph, for reverse-mode
 * (adjoint) products with it. Every gradient the forward-mode march would carry
 * ({@link BoundaryLayerMarch}: the state of each station, its mass defect, computed speeds) is a
 * vector v_t over the unknowns, defined once as a linear combination of earlier vectors and unit
 * vectors,
 *
 * <pre>
 *   v_t = Σ_s c_ts v_s + Σ_j b_tj e_j,
 * </pre>
 *
 * and only the coefficients are recorded (a few per station instead of a vector of length n).
 * For a matrix W of seeds on some vectors (w_t, one row of W per vector, of width p) the product
 * Σ_t w_t v_tᵀ, a p × n matrix, is one backward sweep (Griewank &amp; Walther, <i>Evaluating
 * Derivatives</i>, 2nd ed., §3.2): w̄_s += c_ts w̄_t for t descending, then column j of the
 * product is Σ_t b_tj w̄_t. With W = D diag(s) over the mass defects this gives the Newton
 * matrix's D ∂μ/∂q in O(p · stations) operations instead of forming ∂μ/∂q (O(n²)) and then the
 * dense product D ∂μ/∂q (O(n³)); Drela (1989) avoids the same product in XFOIL by eliminating the
 * block-bidiagonal boundary-layer equations directly against the mass-defect influence columns.
 */
final class MarchTape {
  /** The vector that is identically zero (a surface's state at the stagnation point). */
  static final int ZERO = -1;

  private int vectors;
  /** First term of vector t: termStart[t] … termStart[t + 1] − 1. */
  private int[] termStart = new int[64];
  /** Source of a term: a vector id ≥ 0, or −1 − j for the unit vector e_j. */
  private int[] source = new int[256];
  private double[] coefficient = new double[256];
  private int terms;
  private boolean open;

  /**
   * Empties the tape for a new recording, keeping its storage: a Newton iteration records one
   * march per Newton matrix, and growing fresh storage each time was a fifth of the solver's
   * allocation (JFR, docs/airfoil.md, session 26).
   *
   * @return this tape
   */
  MarchTape reset() {
    vectors = 0;
    terms = 0;
    open = false;
    return this;
  }

  /** Starts the definition of a new vector; terms follow with {@link #term} and {@link #unit}. */
  void begin() {
    if (open) {
      throw new IllegalStateException("vector " + (vectors - 1) + " is still open");
    }
    if (vectors + 1 >= termStart.length) {
      termStart = Arrays.copyOf(termStart, 2 * termStart.length);
    }
    termStart[vectors] = terms;
    open = true;
    vectors++;
  }

  /**
   * Ends the vector begun last.
   *
   * @return its id, or {@link #ZERO} when it has no terms (it is then dropped, and terms on it
   *     later are skipped)
   */
  int end() {
    if (!open) {
      throw new IllegalStateException("no open vector");
    }
    open = false;
    if (terms == termStart[vectors - 1]) {
      vectors--;
      return ZERO;
    }
    termStart[vectors] = terms;
    return vectors - 1;
  }

  /**
   * Adds c · v_s to the open vector; nothing when s is {@link #ZERO} or c = 0 (the forward
   * product adds exact zeros there).
   */
  void term(int s, double c) {
    if (s != ZERO && c != 0) {
      add(s, c);
    }
  }

  /** Adds c · e_j to the open vector (nothing when c = 0). */
  void unit(int j, double c) {
    if (c != 0) {
      add(-1 - j, c);
    }
  }

  /** A closed vector c · e_j. */
  int unitVector(int j, double c) {
    begin();
    unit(j, c);
    return end();
  }

  private void add(int s, double c) {
    if (!open) {
      throw new IllegalStateException("no open vector");
    }
    if (s >= vectors - 1) {
      throw new IllegalArgumentException("vector " + (vectors - 1) + " cannot depend on vector " + s);
    }
    if (terms == source.length) {
      source = Arrays.copyOf(source, 2 * terms);
      coefficient = Arrays.copyOf(coefficient, 2 * terms);
    }
    source[terms] = s;
    coefficient[terms] = c;
    terms++;
  }

  /** @return the number of vectors recorded */
  int size() {
    return vectors;
  }

  /**
   * The backward sweep over flat storage: row t of {@code adjoint} (entries t·p … t·p + p − 1)
   * is the seed w_t where {@code live[t]} (a zero seed elsewhere; the rows are overwritten with
   * the adjoints w̄_t, and a row that receives its first contribution is zeroed first), and
   * {@code out} (unknowns × p, row-major, accumulated into) receives row j += Σ_t b_tj w̄_t, i.e.
   * the transpose of Σ_t w_t v_tᵀ. The storage is the caller's, to be reused between sweeps.
   */
  void sweep(double[] adjoint, boolean[] live, int p, double[] out) {
    if (open) {
      throw new IllegalStateException("vector " + (vectors - 1) + " is still open");
    }
    if (live.length < vectors || adjoint.length < (long) vectors * p) {
      throw new IllegalArgumentException("adjoint storage for " + live.length + " vectors, recorded " + vectors);
    }
    for (int t = vectors - 1; t >= 0; t--) {
      if (!live[t]) {
        continue;
      }
      int w = t * p;
      for (int e = termStart[t]; e < termStart[t + 1]; e++) {
        double c = coefficient[e];
        int s = source[e];
        if (s >= 0) {
          if (!live[s]) {
            Arrays.fill(adjoint, s * p, s * p + p, 0);
            live[s] = true;
          }
          VectorAxpy.subtractScaled(adjoint, s * p, -c, adjoint, w, p);
        } else {
          VectorAxpy.subtractScaled(out, (-1 - s) * p, -c, adjoint, w, p);
        }
      }
    }
  }

  /** Forward evaluation of every vector (length n each): the reference the sweep is tested against. */
  double[][] vectors(int n) {
    double[][] v = new double[vectors][];
    for (int t = 0; t < vectors; t++) {
      double[] x = new double[n];
      for (int e = termStart[t]; e < termStart[t + 1]; e++) {
        int s = source[e];
        if (s >= 0) {
          for (int j = 0; j < n; j++) {
            x[j] += coefficient[e] * v[s][j];
          }
        } else {
          x[-1 - s] += coefficient[e];
        }
      }
      v[t] = x;
    }
    return v;
  }
}
