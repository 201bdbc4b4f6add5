package org.inversesuite.core.infer;

import org.inversesuite.core.block.LaneCouplingInverse;
import org.inversesuite.core.block.PermutationBlock;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A conditional invertible neural network ready for inference: a trained {@link Flow} with the
 * maps of x and y it was trained with. With {@code u = S(x)} the {@link ParameterSpace} map (support
 * transform of a bounded prior, then standardisation), {@code v = (y − μ_y)/σ_y} and
 * {@code z = f(u; v)}:
 * \[ \log p(x \mid y) = \log \mathcal N(z; 0, I) + \log|\det J_f(u; v)| + \log|\det \partial S/\partial x|, \]
 * and a posterior sample is {@code x = S⁻¹(f⁻¹(z; v))} with {@code z ~ N(0, I)}, which lies
 * inside the prior's support by construction
 * (Ardizzone et al. 2019, "Guided image generation with conditional invertible neural
 * networks", arXiv:1907.02392).
 *
 * <p>Batches are split over the threads given at construction. Not safe for concurrent calls.
 */
public final class Cinn implements PosteriorEstimator, AutoCloseable {
  private static final int CHUNK = 256;
  private final Flow flow;
  private final ParameterSpace xSpace;
  private final Standardization yNormalization;
  private final RowParallel parallel;
  /** The fused sampling pass, or null: the flow's blocks one by one ({@link #layered}, other block kinds). */
  private final LaneCouplingInverse lanes;

  /**
   * @param threads threads used for sampling and density evaluation
   */
  public Cinn(Flow flow, ParameterSpace xSpace, Standardization yNormalization, int threads) {
    this(flow, xSpace, yNormalization, threads, true);
  }

  private Cinn(Flow flow, ParameterSpace xSpace, Standardization yNormalization, int threads, boolean fused) {
    if (xSpace.dimension() != flow.dimension()) {
      throw new ShapeMismatchException("parameter space has " + xSpace.dimension() + " columns, flow has "
          + flow.dimension(), new int[] {flow.dimension()}, new int[] {xSpace.dimension()});
    }
    if (yNormalization.dimension() != flow.conditionDimension()) {
      throw new ShapeMismatchException("y normalisation has " + yNormalization.dimension() + " columns, flow expects "
          + flow.conditionDimension(), new int[] {flow.conditionDimension()}, new int[] {yNormalization.dimension()});
    }
    this.flow = flow;
    this.xSpace = xSpace;
    this.yNormalization = yNormalization;
    this.parallel = new RowParallel(flow.parameters(), threads, Kernels.FASTEST);
    boolean conditional = flow.conditionDimension() > 0
        && flow.blocks().stream().allMatch(b -> b.conditionDimension() > 0 || b instanceof PermutationBlock);
    this.lanes = fused && conditional ? LaneCouplingInverse.of(flow.blocks(), flow.dimension()) : null;
  }

  /**
   * @return the same model (same flow, maps and thread count; a new thread pool) drawing block by block
   *     through {@link Flow#inverseSharedCondition} instead of the fused pass ({@link LaneCouplingInverse}):
   *     the same bits, kept as the reference the fused pass is tested against and for side-by-side timing
   */
  public Cinn layered() {
    return new Cinn(flow, xSpace, yNormalization, parallel.threads(), false);
  }

  /**
   * @return the same model drawing through the fused pass with the kernels before docs/astro.md run 17
   *     ({@link LaneCouplingInverse#reference()}), for side-by-side timing and tests; this model itself if it
   *     has no fused pass
   */
  public Cinn referenceKernels() {
    if (lanes == null) {
      return this;
    }
    return new Cinn(this, lanes.reference());
  }

  /**
   * @return the same model drawing through the fused pass with the given kernels
   *     ({@link LaneCouplingInverse.LaneKernels}), for side-by-side timing and tests; this model itself if it has
   *     no fused pass
   */
  public Cinn withLaneKernels(LaneCouplingInverse.LaneKernels kernels) {
    if (lanes == null) {
      return this;
    }
    return new Cinn(this, lanes.with(kernels));
  }

  /**
   * @return the same model drawing through the fused pass in chunks of {@code rows} ({@link
   *     LaneCouplingInverse#withChunk}: the same bits), for side-by-side timing; this model itself if it has no
   *     fused pass
   */
  public Cinn withLaneChunk(int rows) {
    if (lanes == null) {
      return this;
    }
    return new Cinn(this, lanes.withChunk(rows));
  }

  private Cinn(Cinn from, LaneCouplingInverse lanes) {
    this.flow = from.flow;
    this.xSpace = from.xSpace;
    this.yNormalization = from.yNormalization;
    this.parallel = new RowParallel(flow.parameters(), from.parallel.threads(), Kernels.FASTEST);
    this.lanes = lanes;
  }

  /** @return whether draws of one posterior go through the fused pass ({@link LaneCouplingInverse}) */
  public boolean fused() {
    return lanes != null;
  }

  /** @return the kernels of the fused pass, or null without one */
  public LaneCouplingInverse.LaneKernels laneKernels() {
    return lanes == null ? null : lanes.kernels();
  }

  /** @return the flow */
  public Flow flow() {
    return flow;
  }

  /** @return the map from x to the flow's input space */
  public ParameterSpace xSpace() {
    return xSpace;
  }

  /** @return the normalisation of y */
  public Standardization yNormalization() {
    return yNormalization;
  }

  /** @return width of x */
  @Override
  public int dimension() {
    return flow.dimension();
  }

  /** @return width of y */
  @Override
  public int conditionDimension() {
    return flow.conditionDimension();
  }

  private Precision precision() {
    return flow.parameters().precision();
  }

  private Matrix normalisedObservations(Matrix y) {
    if (y.cols() != conditionDimension()) {
      throw new ShapeMismatchException("observation has " + y.cols() + " values, the model expects "
          + conditionDimension(), new int[] {conditionDimension()}, new int[] {y.cols()});
    }
    NonFiniteException.check(y, "observation");
    Matrix v = Matrix.zeros(precision(), y.rows(), y.cols());
    yNormalization.apply(y, v);
    return v;
  }

  /**
   * Draws n samples of the posterior p(x | y) for one observation.
   *
   * @param observation y, length conditionDimension()
   * @return samples, shape [n, dimension()], float64
   */
  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    checkSampleArguments(observation, n);
    // The condition c = h(y) is the same for every draw: computed once, not n times, and its
    // part of every coupling subnet's first layer once per chunk (Flow.inverseSharedCondition).
    return sampleGivenCondition(summary(observation), n, rng);
  }

  /**
   * @param observation y, length conditionDimension()
   * @return c = h(y) of the normalised observation, shape [1, features] (a copy; null when
   *     unconditional), for {@link #sampleGivenCondition}: a caller that draws from one posterior
   *     in several rounds summarises the observation once
   */
  public Matrix condition(double[] observation) {
    checkSampleArguments(observation, 1);
    return summary(observation);
  }

  /**
   * {@link #condition} of several observations that differ only in the set encoder's globals (one set with several
   * appended condition columns): φ and the pooling once, ρ per observation ({@link Flow#conditionsSharingSet}); the
   * same bits as {@link #condition} of each.
   *
   * @param observations y of each, length conditionDimension()
   * @return c of each, shape [1, features] (copies; null entries when unconditional)
   */
  public Matrix[] conditionsSharingSet(double[][] observations) {
    if (observations.length == 0) {
      return new Matrix[0];
    }
    Matrix y = Matrix.zeros(Precision.FLOAT64, observations.length, conditionDimension());
    for (int r = 0; r < observations.length; r++) {
      checkSampleArguments(observations[r], 1);
      for (int j = 0; j < observations[r].length; j++) {
        y.set(r, j, observations[r][j]);
      }
    }
    if (conditionDimension() == 0) {
      return new Matrix[observations.length];
    }
    return flow.conditionsSharingSet(normalisedObservations(y), parallel.workspace(0));
  }

  /**
   * The same draws as {@link #sample(double[], int, Rng)} (with the same rng) for c = {@link #condition}(y).
   *
   * @param condition c of one observation, shape [1, features], or null when unconditional
   */
  public Matrix sampleGivenCondition(Matrix condition, int n, Rng rng) {
    if (n < 1) {
      throw new IllegalArgumentException("number of samples must be >= 1, got " + n);
    }
    return invert(latent(n, rng), condition, Mode.SHARED, null);
  }

  /**
   * One posterior's condition with its part of the couplings' first layers computed once
   * ({@link LaneCouplingInverse#prepare}), for a caller that draws from it in several rounds; valid while
   * the parameters do not change.
   *
   * @param condition c = {@link #condition}(y)
   * @param firstLayers b + c W_c of every subnet, or null without the fused pass
   */
  public record Prepared(Matrix condition, float[] firstLayers) {
  }

  /** @return c with its first-layer part computed once, for {@link #sampleGivenCondition(Prepared, int, Rng)} */
  public Prepared prepare(Matrix condition) {
    return new Prepared(condition, lanes == null || condition == null ? null
        : lanes.prepare(condition, parallel.workspace(0)));
  }

  /** The same draws as {@link #sampleGivenCondition(Matrix, int, Rng)}, without recomputing c's first-layer part. */
  public Matrix sampleGivenCondition(Prepared prepared, int n, Rng rng) {
    if (n < 1) {
      throw new IllegalArgumentException("number of samples must be >= 1, got " + n);
    }
    return invert(latent(n, rng), prepared.condition(), Mode.SHARED, prepared.firstLayers());
  }

  /**
   * x = S⁻¹(f⁻¹(z; c)) for latents z the caller drew, e.g. from a tempered N(0, τ² I) or a heavier-tailed base
   * (Kingma &amp; Dhariwal 2018, "Glow", arXiv:1807.03039, sample at a reduced or raised temperature). With z the
   * same standard normal draws {@link #sampleGivenCondition(Prepared, int, Rng)} makes (n × dimension(), row
   * after row, one {@link Rng#gaussian()} each), the same bits.
   *
   * @param prepared the posterior's condition ({@link #prepare})
   * @param z latents, shape [n, dimension()], finite
   * @return samples, shape [n, dimension()], float64
   */
  public Matrix sampleGivenLatent(Prepared prepared, Matrix z) {
    z.requireShape(z.rows(), dimension(), "latent z");
    if (z.rows() < 1) {
      throw new IllegalArgumentException("number of samples must be >= 1, got " + z.rows());
    }
    NonFiniteException.check(z, "latent z");
    Matrix in = z;
    if (z.precision() != precision()) {
      in = Matrix.zeros(precision(), z.rows(), z.cols());
      for (int i = 0; i < z.size(); i++) {
        in.set(i, z.get(i));
      }
    }
    return invert(in, prepared.condition(), Mode.SHARED, prepared.firstLayers());
  }

  /**
   * {@link #sample(double[], int, Rng)} without the per-posterior precompute of the couplings: c = h(y)
   * is computed once but copied to every draw and multiplied in every subnet's first layer per
   * draw. The same draws up to float rounding; kept as the reference the fast path is tested
   * against and for side-by-side timing.
   */
  public Matrix sampleBroadcast(double[] observation, int n, Rng rng) {
    checkSampleArguments(observation, n);
    Matrix one = summary(observation);
    Matrix c = one == null ? null : Matrix.zeros(precision(), n, one.cols());
    for (int r = 0; c != null && r < n; r++) {
      c.copyRows(one, 0, r, 1);
    }
    return invert(latent(n, rng), c, Mode.FEATURES, null);
  }

  /** @return c = h(v) of one observation, [1, features] (a copy), or null when unconditional */
  private Matrix summary(double[] observation) {
    if (conditionDimension() == 0) {
      return null;
    }
    Matrix y = Matrix.zeros(Precision.FLOAT64, 1, conditionDimension());
    for (int j = 0; j < observation.length; j++) {
      y.set(0, j, observation[j]);
    }
    return flow.condition(normalisedObservations(y), parallel.workspace(0)).copy();
  }

  private void checkSampleArguments(double[] observation, int n) {
    if (observation.length != conditionDimension()) {
      throw new ShapeMismatchException("observation has " + observation.length + " values, the model expects "
          + conditionDimension(), new int[] {conditionDimension()}, new int[] {observation.length});
    }
    if (n < 1) {
      throw new IllegalArgumentException("number of samples must be >= 1, got " + n);
    }
  }

  /** What {@link #invert} is given per row: the observation, its features, or one shared feature row. */
  private enum Mode { OBSERVATIONS, FEATURES, SHARED }

  private Matrix latent(int n, Rng rng) {
    Matrix z = Matrix.zeros(precision(), n, dimension());
    if (z instanceof FloatMatrix fz) { // on the array, as set(i, ·) rounds: the same values (docs/astro.md run 23)
      float[] data = fz.data();
      for (int i = 0; i < data.length; i++) {
        data[i] = (float) rng.gaussian();
      }
      return z;
    }
    for (int i = 0; i < z.size(); i++) {
      z.set(i, rng.gaussian());
    }
    return z;
  }

  /**
   * x = S⁻¹(f⁻¹(z; ·)) in chunks over the threads, given per row the normalised observation v
   * ({@link Mode#OBSERVATIONS}) or the condition c = h(v) ({@link Mode#FEATURES}), or one row c
   * shared by all ({@link Mode#SHARED}).
   */
  private Matrix invert(Matrix z, Matrix condition, Mode mode, float[] firstLayers) {
    int n = z.rows();
    int d = dimension();
    Matrix u = Matrix.zeros(precision(), n, d);
    if (mode == Mode.SHARED && lanes != null && lanes.kernels() == LaneCouplingInverse.LaneKernels.RUN_30
        && (parallel.threads() == 1 || n < 16)) {
      // one part (RowParallel.run's split): the fused pass over all rows at once, in its own chunks, without the
      // copies into and out of CHUNK-row buffers nor the 16-row remainder that 256-row parts leave to its 240-row
      // chunks (docs/astro.md run 30); every row's operations are the same, so the same bits
      lanes.inverse(z, condition, firstLayers, u, parallel.workspace(0));
      return xSpace.fromFlow(u);
    }
    parallel.run(n, (ws, part, from, to) -> {
      for (int start = from; start < to; start += CHUNK) {
        int m = Math.min(CHUNK, to - start);
        Matrix zs = ws.buffer(this, 0, m, d);
        Matrix cs = condition == null || mode == Mode.SHARED ? null
            : ws.buffer(this, mode == Mode.FEATURES ? 3 : 1, m, condition.cols());
        Matrix us = ws.buffer(this, 2, m, d);
        zs.copyRows(z, start, 0, m);
        if (cs != null) {
          cs.copyRows(condition, start, 0, m);
        }
        switch (mode) {
          case SHARED -> {
            if (lanes != null) {
              lanes.inverse(zs, condition, firstLayers, us, ws);
            } else {
              flow.inverseSharedCondition(zs, condition, us, new double[m], ws);
            }
          }
          case FEATURES -> flow.inverseGivenCondition(zs, cs, us, new double[m], ws);
          default -> flow.inverse(zs, cs, us, new double[m], ws);
        }
        u.copyRows(us, 0, start, m);
      }
    });
    return xSpace.fromFlow(u);
  }

  /**
   * Draws one posterior sample per row of {@code y}.
   *
   * @param y observations, shape [n, conditionDimension()]
   * @return samples, shape [n, dimension()], float64
   */
  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    Matrix v = normalisedObservations(y);
    return invert(latent(y.rows(), rng), conditionDimension() == 0 ? null : v, Mode.OBSERVATIONS, null);
  }

  /**
   * @param x parameters, shape [n, dimension()]
   * @param y observations, shape [n, conditionDimension()]
   * @return log p(x | y) per row, in nats; −∞ for rows outside the prior's support
   */
  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    int n = x.rows();
    int d = dimension();
    if (x.cols() != d || y.rows() != n) {
      throw new ShapeMismatchException("x has shape [" + x.rows() + ", " + x.cols() + "] and y has " + y.rows()
          + " rows; expected [n, " + d + "] and n rows", new int[] {n, d}, new int[] {x.rows(), x.cols()});
    }
    NonFiniteException.check(x, "x");
    boolean[] outside = new boolean[n];
    Matrix inside = x;
    for (int r = 0; r < n; r++) {
      if (!xSpace.support().contains(x, r)) {
        if (inside == x) {
          inside = x.copy();
        }
        outside[r] = true;
        inside.copyRows(xSpace.fromFlow(Matrix.zeros(Precision.FLOAT64, 1, d)), 0, r, 1);
      }
    }
    Matrix u = Matrix.zeros(precision(), n, d);
    xSpace.toFlow(inside, u);
    Matrix v = normalisedObservations(y);
    double[] out = xSpace.logDet(inside);
    double constant = -0.5 * d * Math.log(2 * Math.PI);
    parallel.run(n, (ws, part, from, to) -> {
      for (int start = from; start < to; start += CHUNK) {
        int m = Math.min(CHUNK, to - start);
        Matrix us = ws.buffer(this, 3, m, d);
        Matrix vs = ws.buffer(this, 4, m, conditionDimension());
        Matrix zs = ws.buffer(this, 5, m, d);
        us.copyRows(u, start, 0, m);
        vs.copyRows(v, start, 0, m);
        double[] logDet = new double[m];
        flow.forward(us, vs, zs, logDet, ws);
        for (int r = 0; r < m; r++) {
          double sq = 0;
          for (int j = 0; j < d; j++) {
            sq += zs.get(r * d + j) * zs.get(r * d + j);
          }
          out[start + r] += constant - 0.5 * sq + logDet[r];
        }
      }
    });
    for (int r = 0; r < n; r++) {
      if (outside[r]) {
        out[r] = Double.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /**
   * ND4J form of {@link #sample(double[], int, Rng)}.
   *
   * @param condition the observation, shape [conditionDimension()] or [1, conditionDimension()]
   * @return samples, shape [n, dimension()], float64
   */
  public INDArray sample(int n, INDArray condition, Rng rng) {
    return sample(condition.toDoubleVector(), n, rng).toIndArray();
  }

  /** ND4J form of {@link #logDensity(Matrix, Matrix)}: shape [n]. */
  public INDArray logProb(INDArray x, INDArray condition) {
    double[] lp = logDensity(Matrix.of(x, Precision.FLOAT64), Matrix.of(condition, Precision.FLOAT64));
    return org.nd4j.linalg.factory.Nd4j.createFromArray(lp);
  }

  /** @return a workspace for single-threaded use of the flow with this model's kernels */
  public Workspace newWorkspace() {
    return new Workspace(flow.parameters(), Kernels.FASTEST.create(precision()));
  }

  @Override
  public void close() {
    parallel.close();
  }
}
