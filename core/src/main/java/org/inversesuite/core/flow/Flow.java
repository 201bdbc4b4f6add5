package org.inversesuite.core.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.DataInitialized;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.SharedConditionInverse;
import org.inversesuite.core.nn.ConditionEncoder;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A conditional normalizing flow {@code z = f_K ∘ … ∘ f_1(x; c)} with {@code c = h(y)} (or
 * {@code c = y}): the composition of invertible blocks, whose log-determinants add,
 * \[ \log|\det J_f(x)| = \textstyle\sum_k \log|\det J_{f_k}(x_{k-1})|. \]
 * All parameters of all blocks and of h live in one {@link Parameters} vector. The passes work
 * on {@link Matrix} buffers in a {@link Workspace}; {@link org.inversesuite.core.infer.Cinn} is the
 * user-facing wrapper.
 */
public final class Flow {
  private final FlowConfig config;
  private final Parameters parameters;
  private final List<InvertibleBlock> blocks;
  private final ConditionEncoder conditionNetwork;

  private Flow(FlowConfig config, Parameters parameters, List<InvertibleBlock> blocks, ConditionEncoder conditionNetwork) {
    this.config = config;
    this.parameters = parameters;
    this.blocks = blocks;
    this.conditionNetwork = conditionNetwork;
  }

  /**
   * Builds a flow. Random structural choices come from {@code seed.stream("structure")} and the
   * initial weights from {@code seed.stream("init")}, so one seed fixes both.
   *
   * @param initialise false to leave the parameters uninitialised (they are about to be loaded)
   */
  public static Flow build(FlowConfig config, Precision precision, Rng seed, boolean initialise) {
    Parameters parameters = new Parameters(precision);
    Rng structure = seed.stream("structure");
    ConditionNetworkConfig h = config.conditionNetwork();
    ConditionEncoder net = !h.enabled() ? null
        : h.setEncoder() ? new DeepSetEncoder(parameters, "conditionNetwork", h.setSlots(), h.elementWidth(),
            h.globalWidth(), h.features(), h.mlp())
        : new Mlp(parameters, "conditionNetwork", config.conditionDimension(), h.features(), h.mlp(), OutputInit.UNIFORM);
    List<InvertibleBlock> blocks = new ArrayList<>();
    List<BlockConfig> resolved = new ArrayList<>();
    for (int k = 0; k < config.blocks().size(); k++) {
      InvertibleBlock b = config.blocks().get(k).build(parameters, "block" + k, config.dimension(),
          config.featureDimension(), structure.stream(k));
      blocks.add(b);
      resolved.add(b.config());
    }
    if (initialise) {
      parameters.initialise(seed.stream("init"));
    }
    FlowConfig explicit = new FlowConfig(config.dimension(), config.conditionDimension(), resolved,
        config.conditionNetwork());
    return new Flow(explicit, parameters, Collections.unmodifiableList(blocks), net);
  }

  /** @return the configuration with every random choice made explicit (rebuilds this flow exactly) */
  public FlowConfig config() {
    return config;
  }

  /** @return the parameter vector */
  public Parameters parameters() {
    return parameters;
  }

  /** @return the blocks in forward order */
  public List<InvertibleBlock> blocks() {
    return blocks;
  }

  /** @return width of x and z */
  public int dimension() {
    return config.dimension();
  }

  /** @return width of the observation y */
  public int conditionDimension() {
    return config.conditionDimension();
  }

  private Matrix boundary(int k, int n, Workspace ws) {
    return ws.buffer(this, k, n, dimension());
  }

  private Matrix features(Matrix y, Workspace ws) {
    if (conditionDimension() == 0) {
      return null;
    }
    checkCondition(y);
    return conditionNetwork == null ? y : conditionNetwork.forward(y, ws);
  }

  private void checkCondition(Matrix y) {
    if (y == null || y.cols() != conditionDimension()) {
      int cols = y == null ? 0 : y.cols();
      throw new ShapeMismatchException("condition has " + cols + " columns, the flow expects " + conditionDimension(),
          new int[] {conditionDimension()}, new int[] {cols});
    }
  }

  /**
   * z = f(x; y); adds the log-determinant to {@code logDet}. Keeps what {@link #backward} needs.
   *
   * @param x shape [n, dimension()]
   * @param y shape [n, conditionDimension()], or null when unconditional
   * @param z receives the latent, shape [n, dimension()]
   */
  public void forward(Matrix x, Matrix y, Matrix z, double[] logDet, Workspace ws) {
    int n = x.rows();
    Matrix c = features(y, ws);
    Matrix in = boundary(0, n, ws);
    in.copyRows(x, 0, 0, n);
    for (int k = 0; k < blocks.size(); k++) {
      Matrix out = k == blocks.size() - 1 ? z : boundary(k + 1, n, ws);
      blocks.get(k).forward(in, c, out, logDet, ws);
      in = out;
    }
  }

  /** x = f⁻¹(z; y); adds log|det ∂f⁻¹/∂z| to {@code logDet}. */
  public void inverse(Matrix z, Matrix y, Matrix x, double[] logDet, Workspace ws) {
    inverseGivenCondition(z, features(y, ws), x, logDet, ws);
  }

  /**
   * @param y shape [n, conditionDimension()]
   * @return c = h(y) (y itself without a condition network; null when unconditional), a
   *     workspace buffer: copy it to keep it. With {@link #inverseGivenCondition} a caller
   *     summarises one observation once and reuses c for many latent draws.
   */
  public Matrix condition(Matrix y, Workspace ws) {
    if (conditionNetwork == null || conditionDimension() == 0) {
      return features(y, ws);
    }
    checkCondition(y);
    return conditionNetwork.infer(y, ws); // no backward follows: the network's inference form
  }

  /**
   * c = h(y) of every row of y, for rows that hold one set with different globals (one observation with several
   * appended condition columns, e.g. a mixture's slots): with a {@link DeepSetEncoder} φ and the pooling of the
   * first row serve every row and only ρ runs per row, one row at a time as {@link #condition} would; the same bits
   * as {@link #condition} of each row alone. Rows whose set differs from the first, and other networks, get
   * {@link #condition} of their row.
   *
   * @param y shape [n, conditionDimension()]
   * @return one c per row, shape [1, features] each (copies)
   */
  public Matrix[] conditionsSharingSet(Matrix y, Workspace ws) {
    checkCondition(y);
    Matrix[] out = new Matrix[y.rows()];
    Matrix shared = null;
    for (int r = 0; r < out.length; r++) {
      Matrix row = Matrix.zeros(y.precision(), 1, y.cols());
      for (int j = 0; j < y.cols(); j++) {
        row.set(0, j, y.get(r, j));
      }
      if (conditionNetwork instanceof DeepSetEncoder set && conditionDimension() > 0 && set.sameSet(y, 0, r)) {
        if (shared == null) {
          Matrix pooled = set.pool(row, ws);
          shared = pooled == null ? null : pooled.copy();
        }
        if (shared != null) {
          set.copyGlobals(y, r, shared, 0);
          out[r] = set.fromPooled(shared, ws).copy();
          continue;
        }
      }
      Matrix c = condition(row, ws);
      out[r] = c == null ? null : c.copy();
    }
    return out;
  }

  /** x = f⁻¹(z; c) for a condition c = {@link #condition}(y) computed before. */
  public void inverseGivenCondition(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    int n = z.rows();
    if (conditionDimension() > 0 && (c == null || c.cols() != config.featureDimension() || c.rows() != n)) {
      throw new ShapeMismatchException("condition features must have shape [" + n + ", " + config.featureDimension()
          + "]", new int[] {n, config.featureDimension()}, new int[] {c == null ? 0 : c.rows(), c == null ? 0 : c.cols()});
    }
    Matrix in = z;
    for (int k = blocks.size() - 1; k >= 0; k--) {
      Matrix out = k == 0 ? x : boundary(k, n, ws);
      blocks.get(k).inverse(in, c, out, logDet, ws);
      in = out;
    }
  }

  /**
   * x = f⁻¹(z; c) for n latent rows that share one condition row c = {@link #condition}(y) (the
   * draws of one posterior). Blocks that implement {@link SharedConditionInverse} (the couplings)
   * compute c's part of their subnets' first layers once per call instead of once per row; other
   * blocks get c repeated in every row. Equals {@link #inverseGivenCondition} with c broadcast to
   * n rows up to the rounding of the kernels' precision.
   *
   * @param c shape [1, featureDimension], or null when unconditional
   */
  public void inverseSharedCondition(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    int n = z.rows();
    if (conditionDimension() > 0 && (c == null || c.cols() != config.featureDimension() || c.rows() != 1)) {
      throw new ShapeMismatchException("a shared condition must have shape [1, " + config.featureDimension() + "]",
          new int[] {1, config.featureDimension()}, new int[] {c == null ? 0 : c.rows(), c == null ? 0 : c.cols()});
    }
    Matrix broadcast = null;
    Matrix in = z;
    for (int k = blocks.size() - 1; k >= 0; k--) {
      Matrix out = k == 0 ? x : boundary(k, n, ws);
      InvertibleBlock block = blocks.get(k);
      if (c == null || block.conditionDimension() == 0) {
        block.inverse(in, null, out, logDet, ws);
      } else if (block instanceof SharedConditionInverse shared) {
        shared.inverseSharedCondition(in, c, out, logDet, ws);
      } else {
        if (broadcast == null) {
          broadcast = ws.buffer(this, blocks.size() + 4, n, c.cols());
          for (int r = 0; r < n; r++) {
            broadcast.copyRows(c, 0, r, 1);
          }
        }
        block.inverse(in, broadcast, out, logDet, ws);
      }
      in = out;
    }
  }

  /**
   * Backward pass after {@link #forward} on the same workspace: parameter gradients are added to
   * {@code ws.gradients()}.
   *
   * @param y the observation given to forward
   * @param dz ∂L/∂z, shape [n, dimension()]; clobbered
   * @param dLogDet ∂L/∂logDet per row
   * @param dx receives ∂L/∂x; may be null
   */
  public void backward(Matrix y, Matrix dz, double[] dLogDet, Matrix dx, Workspace ws) {
    int n = dz.rows();
    Matrix c = conditionDimension() == 0 ? null : conditionNetwork == null ? y : conditionNetwork.output(n, ws);
    Matrix dc = conditionNetwork == null ? null : ws.buffer(this, blocks.size() + 1, n, config.featureDimension());
    if (dc != null) {
      dc.fill(0);
    }
    Matrix grad = dz;
    for (int k = blocks.size() - 1; k >= 0; k--) {
      Matrix dIn = k == 0 && dx != null ? dx : ws.buffer(this, blocks.size() + 2 + (k % 2), n, dimension());
      blocks.get(k).backward(boundary(k, n, ws), c, grad, dLogDet, dIn, dc, ws);
      grad = dIn;
    }
    if (conditionNetwork != null) {
      conditionNetwork.backward(y, dc, null, ws);
    }
  }

  /**
   * Runs the data-dependent initialisation of every {@link DataInitialized} block (ActNorm) on a
   * first batch, feeding each block the output of the blocks before it.
   */
  public void initialiseFromData(Matrix x, Matrix y, Workspace ws) {
    int n = x.rows();
    Matrix c = features(y, ws);
    Matrix in = x.copy();
    for (InvertibleBlock block : blocks) {
      if (block instanceof DataInitialized d) {
        d.initialiseFromData(in, c);
      }
      Matrix out = in.like(n, dimension());
      block.forward(in, c, out, new double[n], ws);
      in = out;
    }
  }
}
