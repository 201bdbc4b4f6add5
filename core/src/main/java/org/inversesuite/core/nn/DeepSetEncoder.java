package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * A permutation-invariant summary of a set of varying size (Zaheer et al. 2017, "Deep Sets",
 * arXiv:1703.06114), with a learned attention pooling next to the mean (in the spirit of Lee et
 * al. 2019, "Set Transformer", pooling by attention, arXiv:1810.00825):
 * \[ h_i = \varphi(e_i), \quad a_i = \frac{m_i \exp(v^\top h_i)}{\sum_j m_j \exp(v^\top h_j)}, \quad
 *    p = \Bigl[\tfrac{1}{N}\textstyle\sum_i m_i h_i,\; \sum_i a_i h_i,\; N / S,\; g\Bigr], \quad
 *    c = \rho(p), \]
 * with N = Σ m_i the set size, φ and ρ MLPs and v a learned vector. The size N/S is an input of
 * ρ because the mean and the attention average forget it, and the posterior width depends on it.
 * g are optional global features of the whole set (G of them, e.g. a periodogram computed from
 * the set by the caller): they bypass φ and the pooling and enter ρ directly.
 *
 * <p><b>Padded layout.</b> A row of y holds S slots of (w features, mask):
 * y[r, s(w+1) + k] is feature k of slot s and y[r, s(w+1) + w] ∈ {0, 1} says whether slot s
 * holds an element; the G global features follow the S slots, y[r, S(w+1) + j]. Padded slots (mask 0) contribute nothing, whatever their features; the
 * order of the elements does not matter. y must not be standardised column by column (that
 * would change the mask); scale the features before padding.
 */
public final class DeepSetEncoder implements ConditionEncoder {
  private final int slots;
  private final int elementWidth;
  private final int features;
  private final Mlp phi;
  private final Mlp rho;
  private final int attentionOffset;
  private final int globals;

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param slots S, the largest set size
   * @param elementWidth w, features per element (without the mask)
   * @param features width F of h_i and of the output c
   * @param mlp hidden layers of φ and of ρ
   */
  public DeepSetEncoder(Parameters parameters, String name, int slots, int elementWidth, int features, MlpConfig mlp) {
    this(parameters, name, slots, elementWidth, 0, features, mlp);
  }

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param slots S, the largest set size
   * @param elementWidth w, features per element (without the mask)
   * @param globals G, global features after the slots (0 for none)
   * @param features width F of h_i and of the output c
   * @param mlp hidden layers of φ and of ρ
   */
  public DeepSetEncoder(Parameters parameters, String name, int slots, int elementWidth, int globals, int features,
      MlpConfig mlp) {
    if (slots < 1 || elementWidth < 1 || features < 1 || globals < 0) {
      throw new IllegalArgumentException("a set encoder needs slots, elementWidth and features >= 1, got " + slots
          + ", " + elementWidth + ", " + features);
    }
    this.slots = slots;
    this.elementWidth = elementWidth;
    this.features = features;
    this.globals = globals;
    this.phi = new Mlp(parameters, name + ".phi", elementWidth, features, mlp, OutputInit.UNIFORM);
    this.attentionOffset = parameters.allocate(name + ".attention", features, Initializer.uniformFanIn(features));
    this.rho = new Mlp(parameters, name + ".rho", 2 * features + 1 + globals, features, mlp, OutputInit.UNIFORM);
  }

  /** @return the y width S(w + 1) of a padded set of S slots of w features */
  public static int inputWidth(int slots, int elementWidth) {
    return slots * (elementWidth + 1);
  }

  /** @return the y width S(w + 1) + G of a padded set of S slots of w features and G global features */
  public static int inputWidth(int slots, int elementWidth, int globals) {
    return inputWidth(slots, elementWidth) + globals;
  }

  @Override
  public int inputDimension() {
    return inputWidth(slots, elementWidth, globals);
  }

  @Override
  public int outputDimension() {
    return features;
  }

  private double mask(Matrix y, int r, int s) {
    double m = y.get(r, s * (elementWidth + 1) + elementWidth);
    if (m != 0 && m != 1) {
      throw new IllegalArgumentException("set row " + r + ", slot " + s + ": mask is " + m + ", expected 0 or 1");
    }
    return m;
  }

  @Override
  public Matrix forward(Matrix y, Workspace ws) {
    int n = y.rows();
    y.requireShape(n, inputDimension(), "set encoder input");
    int rows = n * slots;
    Matrix elements = ws.buffer(this, 0, rows, elementWidth);
    Matrix weights = ws.buffer(this, 2, rows, 1);
    Matrix counts = ws.buffer(this, 5, n, 1);
    for (int r = 0; r < n; r++) {
      for (int s = 0; s < slots; s++) {
        for (int k = 0; k < elementWidth; k++) {
          elements.set(r * slots + s, k, y.get(r, s * (elementWidth + 1) + k));
        }
      }
    }
    Matrix h = phi.forward(elements, ws);
    int width = 2 * features + 1 + globals;
    int globalsAt = inputWidth(slots, elementWidth);
    Matrix pooled = ws.buffer(this, 1, n, width);
    Matrix v = ws.values();
    double[] score = new double[slots];
    for (int r = 0; r < n; r++) {
      double count = 0;
      double max = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < slots; s++) {
        if (mask(y, r, s) == 1) {
          count++;
          double a = 0;
          for (int f = 0; f < features; f++) {
            a += h.get(r * slots + s, f) * v.get(attentionOffset + f);
          }
          score[s] = a;
          max = Math.max(max, a);
        }
      }
      double total = 0;
      for (int s = 0; s < slots; s++) {
        score[s] = mask(y, r, s) == 1 ? Math.exp(score[s] - max) : 0;
        total += score[s];
      }
      counts.set(r, 0, count);
      for (int f = 0; f < 2 * features; f++) {
        pooled.set(r, f, 0);
      }
      for (int s = 0; s < slots; s++) {
        double a = total > 0 ? score[s] / total : 0;
        weights.set(r * slots + s, 0, a);
        if (score[s] == 0) {
          continue;
        }
        for (int f = 0; f < features; f++) {
          double hv = h.get(r * slots + s, f);
          pooled.add(r * width + f, hv / count);
          pooled.add(r * width + features + f, a * hv);
        }
      }
      pooled.set(r, 2 * features, count / slots);
      for (int j = 0; j < globals; j++) {
        pooled.set(r, 2 * features + 1 + j, y.get(r, globalsAt + j));
      }
    }
    return rho.forward(pooled, ws);
  }

  /**
   * {@link #forward} with φ evaluated on the present elements only (the padded slots contribute nothing to the
   * pooling, so their φ is wasted work: an RV set of 25 epochs in 50 slots). The pooling visits the present
   * elements in slot order with forward's operations in its order (padded slots there add 0 to the attention
   * total and are skipped in the sums, as is an element whose attention weight underflows to 0), so c is the same
   * as forward's wherever φ gives the same rows for a shorter batch (the dense kernels compute each row alone;
   * {@code SetConditionedFlowTest} compares bits). Leaves nothing for {@link #backward}.
   */
  @Override
  public Matrix infer(Matrix y, Workspace ws) {
    Matrix pooled = pool(y, ws);
    return pooled == null ? forward(y, ws) : rho.forward(pooled, ws);
  }

  /**
   * p of every row of y, {@link #infer}'s pooling (φ on the present elements, mean, attention, N/S, the globals):
   * ρ's input, which {@link #fromPooled} maps to c.
   *
   * @return p, shape [n, 2·features + 1 + globals], a workspace buffer (copy it to keep it), or null when no row has
   *     a present element (then {@link #infer} is {@link #forward})
   */
  public Matrix pool(Matrix y, Workspace ws) {
    int n = y.rows();
    y.requireShape(n, inputDimension(), "set encoder input");
    int[] start = new int[n + 1];
    int present = 0;
    for (int r = 0; r < n; r++) {
      start[r] = present;
      for (int s = 0; s < slots; s++) {
        present += mask(y, r, s) == 1 ? 1 : 0;
      }
    }
    start[n] = present;
    if (present == 0) {
      return null;
    }
    Matrix elements = ws.buffer(this, 7, present, elementWidth);
    for (int r = 0, e = 0; r < n; r++) {
      for (int s = 0; s < slots; s++) {
        if (mask(y, r, s) == 1) {
          for (int k = 0; k < elementWidth; k++) {
            elements.set(e, k, y.get(r, s * (elementWidth + 1) + k));
          }
          e++;
        }
      }
    }
    Matrix h = phi.forward(elements, ws);
    int width = 2 * features + 1 + globals;
    int globalsAt = inputWidth(slots, elementWidth);
    Matrix pooled = ws.buffer(this, 8, n, width);
    Matrix v = ws.values();
    double[] score = new double[slots];
    for (int r = 0; r < n; r++) {
      int first = start[r];
      int count = start[r + 1] - first;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < count; i++) {
        double a = 0;
        for (int f = 0; f < features; f++) {
          a += h.get(first + i, f) * v.get(attentionOffset + f);
        }
        score[i] = a;
        max = Math.max(max, a);
      }
      double total = 0;
      for (int i = 0; i < count; i++) {
        score[i] = Math.exp(score[i] - max);
        total += score[i];
      }
      for (int f = 0; f < 2 * features; f++) {
        pooled.set(r, f, 0);
      }
      for (int i = 0; i < count; i++) {
        double a = total > 0 ? score[i] / total : 0;
        if (score[i] == 0) {
          continue;
        }
        for (int f = 0; f < features; f++) {
          double hv = h.get(first + i, f);
          pooled.add(r * width + f, hv / count);
          pooled.add(r * width + features + f, a * hv);
        }
      }
      pooled.set(r, 2 * features, (double) count / slots);
      for (int j = 0; j < globals; j++) {
        pooled.set(r, 2 * features + 1 + j, y.get(r, globalsAt + j));
      }
    }
    return pooled;
  }

  /**
   * c = ρ(p) for a pooled p of {@link #pool}, e.g. one whose globals were replaced: sets that differ only in their
   * globals share φ and the pooling, which depend on the elements alone.
   *
   * @param pooled shape [n, 2·features + 1 + globals]
   */
  public Matrix fromPooled(Matrix pooled, Workspace ws) {
    pooled.requireShape(pooled.rows(), 2 * features + 1 + globals, "pooled set");
    return rho.forward(pooled, ws);
  }

  /** Writes row {@code row}'s globals of y into row {@code to} of a pooled p (the rest of p unchanged). */
  public void copyGlobals(Matrix y, int row, Matrix pooled, int to) {
    int globalsAt = inputWidth(slots, elementWidth);
    for (int j = 0; j < globals; j++) {
      pooled.set(to, 2 * features + 1 + j, y.get(row, globalsAt + j));
    }
  }

  /** @return whether rows a and b of y hold the same set (every element column and mask bit for bit) */
  public boolean sameSet(Matrix y, int a, int b) {
    for (int j = 0, end = inputWidth(slots, elementWidth); j < end; j++) {
      if (Double.doubleToRawLongBits(y.get(a, j)) != Double.doubleToRawLongBits(y.get(b, j))) {
        return false;
      }
    }
    return true;
  }

  /** @return the column of p where the globals start, 2·features + 1 */
  public int pooledGlobalsAt() {
    return 2 * features + 1;
  }

  @Override
  public Matrix output(int n, Workspace ws) {
    return rho.output(n, ws);
  }

  @Override
  public void backward(Matrix y, Matrix dOut, Matrix dy, Workspace ws) {
    int n = y.rows();
    int rows = n * slots;
    int width = 2 * features + 1 + globals;
    Matrix pooled = ws.buffer(this, 1, n, width);
    Matrix dPooled = ws.buffer(this, 3, n, width);
    rho.backward(pooled, dOut, dPooled, ws);
    Matrix elements = ws.buffer(this, 0, rows, elementWidth);
    Matrix weights = ws.buffer(this, 2, rows, 1);
    Matrix counts = ws.buffer(this, 5, n, 1);
    Matrix h = phi.output(rows, ws);
    Matrix dh = ws.buffer(this, 4, rows, features);
    Matrix v = ws.values();
    Matrix grad = ws.gradients();
    double[] dWeight = new double[slots];
    for (int r = 0; r < n; r++) {
      double count = counts.get(r, 0);
      double average = 0;
      for (int s = 0; s < slots; s++) {
        int e = r * slots + s;
        double d = 0;
        for (int f = 0; f < features; f++) {
          d += dPooled.get(r, features + f) * h.get(e, f);
        }
        dWeight[s] = d;
        average += weights.get(e, 0) * d;
      }
      for (int s = 0; s < slots; s++) {
        int e = r * slots + s;
        double a = weights.get(e, 0);
        boolean present = y.get(r, s * (elementWidth + 1) + elementWidth) == 1;
        double dScore = a * (dWeight[s] - average);
        for (int f = 0; f < features; f++) {
          if (!present) {
            dh.set(e, f, 0);
            continue;
          }
          dh.set(e, f, dPooled.get(r, f) / count + a * dPooled.get(r, features + f)
              + dScore * v.get(attentionOffset + f));
          grad.add(attentionOffset + f, dScore * h.get(e, f));
        }
      }
    }
    Matrix dElements = dy == null ? null : ws.buffer(this, 6, rows, elementWidth);
    phi.backward(elements, dh, dElements, ws);
    if (dy != null) {
      dy.fill(0);
      for (int r = 0; r < n; r++) {
        for (int s = 0; s < slots; s++) {
          for (int k = 0; k < elementWidth; k++) {
            dy.set(r, s * (elementWidth + 1) + k, dElements.get(r * slots + s, k));
          }
        }
        for (int j = 0; j < globals; j++) {
          dy.set(r, inputWidth(slots, elementWidth) + j, dPooled.get(r, 2 * features + 1 + j));
        }
      }
    }
  }
}
