package org.inversesuite.anomaly.baseline;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Isolation forest (Liu, Ting and Zhou 2008, "Isolation forest", ICDM): t trees, each grown on
 * a subsample of ψ rows by splitting a random feature at a uniform point between its minimum
 * and maximum until a row is isolated or the depth reaches ⌈log₂ ψ⌉. The score is
 * \[ s(x) = 2^{-\mathbb E[h(x)]/c(\psi)},\qquad c(m) = 2H(m-1) - \frac{2(m-1)}{m}, \]
 * with h(x) the path length (plus c(size) at an unsplit leaf) and H the harmonic number.
 */
public final class IsolationForest implements OneClassMethod {
  private final int trees;
  private final int subsample;

  /** @param trees t; @param subsample ψ (capped at the number of rows) */
  public IsolationForest(int trees, int subsample) {
    if (trees < 1 || subsample < 2) {
      throw new IllegalArgumentException("need trees >= 1 and subsample >= 2, got " + trees + ", " + subsample);
    }
    this.trees = trees;
    this.subsample = subsample;
  }

  /** @return the settings of the paper: 100 trees of 256 rows */
  public static IsolationForest defaults() {
    return new IsolationForest(100, 256);
  }

  @Override
  public String name() {
    return "IsolationForest";
  }

  /** c(m): the mean path length of an unsuccessful search in a binary search tree of m rows. */
  static double averagePath(int m) {
    if (m <= 1) {
      return 0;
    }
    if (m == 2) {
      return 1;
    }
    double harmonic = Math.log(m - 1.0) + 0.5772156649015329;
    return 2 * harmonic - 2.0 * (m - 1) / m;
  }

  /** A node: a leaf when {@code feature < 0}. */
  private record Node(int feature, double split, Node left, Node right, int size) {}

  @Override
  public AnomalyScorer fit(Matrix normal, long seed) {
    double[][] x = normal.toRows();
    int psi = Math.min(subsample, x.length);
    int limit = (int) Math.ceil(Math.log(psi) / Math.log(2));
    Rng rng = new Rng(seed);
    Node[] forest = new Node[trees];
    for (int t = 0; t < trees; t++) {
      Rng tr = rng.stream(t);
      int[] perm = tr.permutation(x.length);
      double[][] sample = new double[psi][];
      for (int i = 0; i < psi; i++) {
        sample[i] = x[perm[i]];
      }
      forest[t] = grow(sample, 0, limit, tr);
    }
    double norm = averagePath(psi);
    return m -> {
      double[][] rows = m.toRows();
      double[] out = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        double total = 0;
        for (Node tree : forest) {
          total += path(tree, rows[r], 0);
        }
        out[r] = Math.pow(2, -(total / trees) / norm);
      }
      return out;
    };
  }

  private static Node grow(double[][] rows, int depth, int limit, Rng rng) {
    if (depth >= limit || rows.length <= 1) {
      return new Node(-1, 0, null, null, rows.length);
    }
    int d = rows[0].length;
    int[] features = rng.permutation(d);
    for (int feature : features) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] r : rows) {
        lo = Math.min(lo, r[feature]);
        hi = Math.max(hi, r[feature]);
      }
      if (hi > lo) {
        double split = rng.uniform(lo, hi);
        int left = 0;
        for (double[] r : rows) {
          left += r[feature] < split ? 1 : 0;
        }
        double[][] l = new double[left][];
        double[][] rr = new double[rows.length - left][];
        int a = 0;
        int b = 0;
        for (double[] r : rows) {
          if (r[feature] < split) {
            l[a++] = r;
          } else {
            rr[b++] = r;
          }
        }
        return new Node(feature, split, grow(l, depth + 1, limit, rng), grow(rr, depth + 1, limit, rng), rows.length);
      }
    }
    return new Node(-1, 0, null, null, rows.length);
  }

  private static double path(Node node, double[] x, int depth) {
    if (node.feature() < 0) {
      return depth + averagePath(node.size());
    }
    return path(x[node.feature()] < node.split() ? node.left() : node.right(), x, depth + 1);
  }
}
