package org.inversesuite.molecules.design;

import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Training batches from a fixed set of molecules: each row is an example drawn uniformly (or with
 * {@link LogPBalance} weights) with
 * replacement, x its freshly dequantised encoding ({@link SelfiesRepresentation}) and y its
 * condition. Fresh uniform noise every draw is what makes the discrete data a density the flow
 * can fit (Theis et al. 2016; Ho et al. 2019, Flow++). Served as a {@link Simulator} so that the
 * batch of step t depends only on the seed and t, as for every online source.
 */
public final class MoleculeSampler implements Simulator {
  private final SelfiesRepresentation representation;
  private final int[][][] tokens;
  private final double[][] y;
  private final double[] cumulative;

  /**
   * @param representation the encoding of x
   * @param examples the molecules, each no longer than the representation's width
   */
  public MoleculeSampler(SelfiesRepresentation representation, List<Example> examples) {
    this(representation, examples, examples.stream().map(e -> List.of(e.selfies())).toList());
  }

  /**
   * A sampler that serves one of several strings of each molecule, drawn uniformly
   * ({@link RandomisedSelfies}).
   *
   * @param representation the encoding of x
   * @param examples the molecules (their y is used)
   * @param strings for each example, at least one SELFIES of it, each no longer than the representation's width
   */
  public MoleculeSampler(SelfiesRepresentation representation, List<Example> examples, List<List<List<String>>> strings) {
    this(representation, examples, strings, null);
  }

  /**
   * A sampler that draws molecule i with probability proportional to {@code weights[i]}
   * ({@link LogPBalance}), then one of its strings uniformly.
   *
   * @param weights one non-negative finite weight per example, not all 0; null for uniform draws
   */
  public MoleculeSampler(SelfiesRepresentation representation, List<Example> examples, List<List<List<String>>> strings,
      double[] weights) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training molecules");
    }
    if (strings.size() != examples.size()) {
      throw new IllegalArgumentException(examples.size() + " molecules but strings for " + strings.size());
    }
    this.representation = representation;
    this.tokens = new int[examples.size()][][];
    this.y = new double[examples.size()][];
    for (int i = 0; i < tokens.length; i++) {
      List<List<String>> variants = strings.get(i);
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("molecule " + examples.get(i).id() + " has no string");
      }
      tokens[i] = new int[variants.size()][];
      for (int v = 0; v < variants.size(); v++) {
        tokens[i][v] = representation.tokens(variants.get(v));
      }
      y[i] = examples.get(i).y();
    }
    this.cumulative = weights == null ? null : cumulative(weights, examples.size());
  }

  private static double[] cumulative(double[] weights, int n) {
    if (weights.length != n) {
      throw new IllegalArgumentException(n + " molecules but " + weights.length + " weights");
    }
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, got " + weights[i]);
      }
      sum += weights[i];
      c[i] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("the weights sum to " + sum + "; at least one must be positive");
    }
    return c;
  }

  private int draw(Rng rng) {
    if (cumulative == null) {
      return rng.nextInt(tokens.length);
    }
    double u = rng.uniform() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    i = i >= 0 ? i + 1 : -i - 1;
    return Math.min(i, cumulative.length - 1);
  }

  /** @return the number of strings served in all (one per molecule without augmentation) */
  public int strings() {
    int n = 0;
    for (int[][] t : tokens) {
      n += t.length;
    }
    return n;
  }

  @Override
  public int xDimension() {
    return representation.dimension();
  }

  @Override
  public int yDimension() {
    return y[0].length;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, xDimension());
    Matrix ys = Matrix.zeros(Precision.FLOAT64, n, yDimension());
    for (int r = 0; r < n; r++) {
      int i = draw(rng);
      int v = tokens[i].length == 1 ? 0 : rng.nextInt(tokens[i].length);
      representation.dequantise(tokens[i][v], rng, x, r);
      for (int j = 0; j < yDimension(); j++) {
        ys.set(r * yDimension() + j, y[i][j]);
      }
    }
    return new Batch(x, ys);
  }
}
