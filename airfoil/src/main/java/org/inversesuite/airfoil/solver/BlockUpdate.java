package org.inversesuite.airfoil.solver;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The updates of a blocked LU factorisation by one block of pivots k0 … k0 + kb − 1, A₂₂ ← A₂₂ −
 * L₂₁ U₁₂ for the trailing rows and U₁₂ = L₁₁⁻¹ A₁₂ for the block's own rows (Golub &amp; Van Loan,
 * Matrix Computations, §3.2.11), on a row-major n × n array: for every row i of [r0, r1) and
 * column j of [c0, n),
 *
 * <pre>  a_ij ← (…((a_ij − l_i,k0 · u_k0,j) − l_i,k0+1 · u_k0+1,j) …) − l_i,k0+kb−1 · u_k0+kb−1,j</pre>
 *
 * with l_ip = a[i][p] (the block's multipliers) and u_pj = a[p][j] (its rows of U). Each product
 * is rounded, then each difference, in the order of p: exactly the operations the unblocked
 * algorithm (Alg. 3.4.1) applies to that entry one pivot at a time, so the factors are the same
 * bit for bit. What changes is the traffic: an entry is loaded and stored once per block instead
 * of once per pivot, and a tile of 4 rows × 2 vectors stays in registers while the block's kb
 * rows of U stream past, which is what made the pivot-at-a-time update memory bound.
 *
 * <p>A multiplier of exactly zero is skipped, as the unblocked algorithm skips it (a − 0 · u is
 * not a when u is infinite, or when a = −0 and u &lt; 0): a tile with a zero multiplier falls
 * back to the pivot-by-pivot path. No fused multiply-add: it rounds once, and the solver's marginal
 * solves depend on the last bit ({@link VectorAxpy}).
 */
final class BlockUpdate {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  private static final int ROWS = 4;

  private BlockUpdate() {}

  /** Applies pivots k0 … k0 + kb − 1 to rows [r0, r1), columns [c0, n). */
  static void subtractProducts(double[] a, int n, int k0, int kb, int c0, int r0, int r1) {
    int i = r0;
    for (; i + ROWS <= r1; i += ROWS) {
      if (hasZeroMultiplier(a, n, k0, kb, i, ROWS)) {
        for (int q = 0; q < ROWS; q++) {
          oneRow(a, n, k0, kb, c0, i + q);
        }
      } else {
        fourRows(a, n, k0, kb, c0, i);
      }
    }
    for (; i < r1; i++) {
      oneRow(a, n, k0, kb, c0, i);
    }
  }

  private static boolean hasZeroMultiplier(double[] a, int n, int k0, int kb, int i, int rows) {
    for (int q = 0; q < rows; q++) {
      int o = (i + q) * n + k0;
      for (int p = 0; p < kb; p++) {
        if (a[o + p] == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Row i: in registers a vector at a time, or one pivot at a time if a multiplier is zero. */
  private static void oneRow(double[] a, int n, int k0, int kb, int c0, int i) {
    int ri = i * n;
    if (hasZeroMultiplier(a, n, k0, kb, i, 1)) {
      for (int p = 0; p < kb; p++) {
        double f = a[ri + k0 + p];
        if (f != 0) {
          VectorAxpy.subtractScaled(a, ri + c0, f, a, (k0 + p) * n + c0, n - c0);
        }
      }
      return;
    }
    int c = c0;
    for (; c + L <= n; c += L) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, a, ri + c);
      for (int p = 0; p < kb; p++) {
        v = v.sub(DoubleVector.fromArray(SPECIES, a, (k0 + p) * n + c).mul(DoubleVector.broadcast(SPECIES, a[ri + k0 + p])));
      }
      v.intoArray(a, ri + c);
    }
    for (; c < n; c++) {
      double v = a[ri + c];
      for (int p = 0; p < kb; p++) {
        v -= a[ri + k0 + p] * a[(k0 + p) * n + c];
      }
      a[ri + c] = v;
    }
  }

  /** Rows i … i + 3, all multipliers non-zero: 4 × 2 vector tiles, then 4 × 1, then scalars. */
  private static void fourRows(double[] a, int n, int k0, int kb, int c0, int i) {
    int c = c0;
    int o0 = i * n;
    int o1 = o0 + n;
    int o2 = o1 + n;
    int o3 = o2 + n;
    for (; c + 2 * L <= n; c += 2 * L) {
      DoubleVector a00 = DoubleVector.fromArray(SPECIES, a, o0 + c);
      DoubleVector a01 = DoubleVector.fromArray(SPECIES, a, o0 + c + L);
      DoubleVector a10 = DoubleVector.fromArray(SPECIES, a, o1 + c);
      DoubleVector a11 = DoubleVector.fromArray(SPECIES, a, o1 + c + L);
      DoubleVector a20 = DoubleVector.fromArray(SPECIES, a, o2 + c);
      DoubleVector a21 = DoubleVector.fromArray(SPECIES, a, o2 + c + L);
      DoubleVector a30 = DoubleVector.fromArray(SPECIES, a, o3 + c);
      DoubleVector a31 = DoubleVector.fromArray(SPECIES, a, o3 + c + L);
      for (int p = 0; p < kb; p++) {
        int u = (k0 + p) * n + c;
        DoubleVector u0 = DoubleVector.fromArray(SPECIES, a, u);
        DoubleVector u1 = DoubleVector.fromArray(SPECIES, a, u + L);
        DoubleVector l0 = DoubleVector.broadcast(SPECIES, a[o0 + k0 + p]);
        a00 = a00.sub(u0.mul(l0));
        a01 = a01.sub(u1.mul(l0));
        DoubleVector l1 = DoubleVector.broadcast(SPECIES, a[o1 + k0 + p]);
        a10 = a10.sub(u0.mul(l1));
        a11 = a11.sub(u1.mul(l1));
        DoubleVector l2 = DoubleVector.broadcast(SPECIES, a[o2 + k0 + p]);
        a20 = a20.sub(u0.mul(l2));
        a21 = a21.sub(u1.mul(l2));
        DoubleVector l3 = DoubleVector.broadcast(SPECIES, a[o3 + k0 + p]);
        a30 = a30.sub(u0.mul(l3));
        a31 = a31.sub(u1.mul(l3));
      }
      a00.intoArray(a, o0 + c);
      a01.intoArray(a, o0 + c + L);
      a10.intoArray(a, o1 + c);
      a11.intoArray(a, o1 + c + L);
      a20.intoArray(a, o2 + c);
      a21.intoArray(a, o2 + c + L);
      a30.intoArray(a, o3 + c);
      a31.intoArray(a, o3 + c + L);
    }
    for (; c + L <= n; c += L) {
      DoubleVector a0 = DoubleVector.fromArray(SPECIES, a, o0 + c);
      DoubleVector a1 = DoubleVector.fromArray(SPECIES, a, o1 + c);
      DoubleVector a2 = DoubleVector.fromArray(SPECIES, a, o2 + c);
      DoubleVector a3 = DoubleVector.fromArray(SPECIES, a, o3 + c);
      for (int p = 0; p < kb; p++) {
        DoubleVector u0 = DoubleVector.fromArray(SPECIES, a, (k0 + p) * n + c);
        a0 = a0.sub(u0.mul(DoubleVector.broadcast(SPECIES, a[o0 + k0 + p])));
        a1 = a1.sub(u0.mul(DoubleVector.broadcast(SPECIES, a[o1 + k0 + p])));
        a2 = a2.sub(u0.mul(DoubleVector.broadcast(SPECIES, a[o2 + k0 + p])));
        a3 = a3.sub(u0.mul(DoubleVector.broadcast(SPECIES, a[o3 + k0 + p])));
      }
      a0.intoArray(a, o0 + c);
      a1.intoArray(a, o1 + c);
      a2.intoArray(a, o2 + c);
      a3.intoArray(a, o3 + c);
    }
    for (; c < n; c++) {
      double v0 = a[o0 + c];
      double v1 = a[o1 + c];
      double v2 = a[o2 + c];
      double v3 = a[o3 + c];
      for (int p = 0; p < kb; p++) {
        double u = a[(k0 + p) * n + c];
        v0 -= a[o0 + k0 + p] * u;
        v1 -= a[o1 + k0 + p] * u;
        v2 -= a[o2 + k0 + p] * u;
        v3 -= a[o3 + k0 + p] * u;
      }
      a[o0 + c] = v0;
      a[o1 + c] = v1;
      a[o2 + c] = v2;
      a[o3 + c] = v3;
    }
  }
}
