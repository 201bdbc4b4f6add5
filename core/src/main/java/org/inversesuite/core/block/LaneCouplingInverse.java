package org.inversesuite.core.block;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.nn.FloatLaneDense;
import org.inversesuite.core.nn.FloatLaneOneHidden;
import org.inversesuite.core.nn.LaneSharedTailBias;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The inverse {@code x = f⁻¹(z; c)} of a chain of affine couplings and permutations in float32 for
 * many rows that share one condition c (the draws of one posterior), fused into one pass per chunk
 * of rows with the rows in the vector lanes ({@link FloatLaneDense}). It computes exactly what
 * {@link org.inversesuite.core.flow.Flow#inverseSharedCondition} computes block by block, bit for bit
 * (the log-determinant is not computed: sampling discards it):
 * <ul>
 *   <li>a permutation ({@code x[π(i)] = z[i]}) renames feature rows instead of copying them;</li>
 *   <li>an affine coupling ({@link CouplingBlock}'s halves in reverse, {@link AffineCouplingBlock}'s
 *       map) runs {@code x₂ = (z₂ − t) ⊙ e^{−s}} with (ŝ, t) = g_B([z₁, c]) and s = α g(ŝ), then
 *       {@code x₁} the same with g_A([x₂, c]); each subnet's first layer takes c's part
 *       {@code b + c W_c} precomputed once per call in double ({@link Mlp#forwardSharedTail}'s
 *       arithmetic), the per-row part from the passive half only.</li>
 * </ul>
 * The subnets: by default ({@link LaneKernels#RUN_30}) one with a single ReLU hidden layer and few per-row inputs in
 * one pass per row vector ({@link FloatLaneOneHidden}), any other layer by layer ({@link FloatLaneDense}); the same
 * bits either way. The element-wise map: with the ATAN clamp, by default ({@link LaneKernels#RUN_20} and later) in float over the
 * float lanes ({@link FloatLaneAffineMap}, a few float ulp from the block's per map); with
 * {@link LaneKernels#RUN_17} in double over the lanes ({@link LaneAffineMap}: {@link VectorAtan}, the same bits
 * as {@link FdlibmAtan}, and {@link VectorExp}, within 2 ulp of {@code Math.exp}), so the draws equal the
 * block's within one float ulp per map; the other clamps, and {@link #reference()}, use
 * {@link ClampActivation#scale} and {@link Math#exp} per element in double, the same bits as the block. No Vector API transcendental is used
 * (docs/reproducibility.md): the result does not depend on the JIT tier.
 *
 * <p>What the fusion saves against the block-by-block pass: the copies of the passive halves and
 * condition columns into subnet inputs, the row-major packing of every layer's weights per chunk,
 * the lane reductions of the narrow output layers being done per row, and the workspace look-ups
 * between blocks.
 */
public final class LaneCouplingInverse {
  /**
   * Rows per pass: a multiple of three row vectors for 8 and for 16 float lanes (24 and 48 rows), so that a whole
   * chunk is whole {@link FloatLaneDense} tiles of three row vectors, with no row vector left to the slower one-vector
   * kernels (docs/astro.md run 26; 256 before, which left one per chunk with 16 lanes, two with 8).
   */
  public static final int CHUNK = 240;
  /** The chunk before docs/astro.md run 26, for the tests and side-by-side timing ({@link #withChunk}). */
  public static final int CHUNK_BEFORE = 256;

  /** Which kernels a pass runs, newest last; every one is tested against the one before it. */
  public enum LaneKernels {
    /** Before docs/astro.md run 17: narrow outputs one at a time, the coupling map per element with {@code Math.exp}. */
    BEFORE_RUN_17,
    /** Run 17: {@link FloatLaneDense} (narrow outputs four at a time), the ATAN map over the lanes ({@link LaneAffineMap}). */
    RUN_17,
    /**
     * Run 20: the narrow outputs in tiles of three row vectors ({@link FloatLaneDense.Narrow#TILES}; the same bits
     * as run 17) and the ATAN map in float over all the float lanes ({@link FloatLaneAffineMap}: a few float ulp
     * from run 17's).
     */
    RUN_20,
    /**
     * Run 30: run 20's, with a subnet of one ReLU hidden layer and at most {@link FloatLaneOneHidden#SMALL} per-row
     * inputs in one pass per row vector ({@link FloatLaneOneHidden}: each hidden unit added into eight outputs as it
     * is computed), c's part of the first layers over the double lanes ({@link LaneSharedTailBias}, in {@link #prepare}),
     * and, in
     * {@code Cinn}, one call over all rows of a one-thread answer instead of 256-row parts; the same bits as run 20.
     */
    RUN_30
  }

  private final int dimension;
  /** Per block in flow order: a {@link Coupling} or a permutation order. */
  private final List<Object> steps;
  private final int widest;
  /** The kernels this pass runs. */
  private final LaneKernels kernels;
  /** Rows per pass ({@link #CHUNK}); every row's operations are the same whatever the chunk. */
  private final int chunk;

  private record Net(Mlp mlp, int passive) {
  }

  /** One half: its subnets (outputs concatenated: ŝ then t), the active and passive feature ranges. */
  private record Half(List<Net> nets, int activeFrom, int activeWidth, int passiveFrom, int passiveWidth) {
  }

  private record Coupling(Half first, Half second, ClampActivation clamp, double alpha) {
  }

  private LaneCouplingInverse(int dimension, List<Object> steps, int widest, LaneKernels kernels, int chunk) {
    this.dimension = dimension;
    this.steps = steps;
    this.widest = widest;
    this.kernels = kernels;
    this.chunk = chunk;
  }

  /**
   * @return the same pass with the kernels before docs/astro.md run 17 (narrow outputs one at a time,
   *     the same bits; the element-wise map per element with {@code Math.exp}), the reference of the tests
   *     and of the side-by-side benchmarks
   */
  public LaneCouplingInverse reference() {
    return with(LaneKernels.BEFORE_RUN_17);
  }

  /** @return the same pass with the given kernels (for tests and side-by-side timing) */
  public LaneCouplingInverse with(LaneKernels k) {
    return new LaneCouplingInverse(dimension, steps, widest, k, chunk);
  }

  /**
   * @param rows rows per pass, a positive multiple of every float vector length (e.g. {@link #CHUNK_BEFORE})
   * @return the same pass in chunks of {@code rows}: the same bits (each row's operations do not depend on the
   *     rows beside it), for tests and side-by-side timing
   */
  public LaneCouplingInverse withChunk(int rows) {
    if (rows < 1 || rows % 16 != 0 || rows % FloatLaneDense.lanes() != 0) {
      throw new IllegalArgumentException("rows per pass must be a positive multiple of 16, got " + rows);
    }
    return new LaneCouplingInverse(dimension, steps, widest, kernels, rows);
  }

  /** @return whether this pass runs the kernels before run 17 ({@link #reference()}) */
  public boolean isReference() {
    return kernels == LaneKernels.BEFORE_RUN_17;
  }

  /** @return the kernels this pass runs */
  public LaneKernels kernels() {
    return kernels;
  }

  /**
   * @param blocks the flow's blocks in forward order
   * @return the fused inverse, or null if a block is neither an {@link AffineCouplingBlock} nor a
   *     {@link PermutationBlock}, or the parameters are not float32
   */
  public static LaneCouplingInverse of(List<InvertibleBlock> blocks, int dimension) {
    if (blocks.isEmpty() || blocks.get(0).parameters().precision() != Precision.FLOAT32) {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    int widest = dimension;
    for (InvertibleBlock b : blocks) {
      if (b instanceof PermutationBlock p) {
        steps.add(p.order().stream().mapToInt(Integer::intValue).toArray());
      } else if (b instanceof AffineCouplingBlock a) {
        int d = a.dimension();
        int d1 = d - d / 2;
        int d2 = d / 2;
        AffineCouplingConfig config = (AffineCouplingConfig) a.config();
        // second half first in the inverse: x₂ from z₂ given g_B([z₁, c]); then x₁ given g_A([x₂, c])
        Half second = half(a.conditionerB(), d1, d2, 0, d1);
        Half first = half(a.conditionerA(), 0, d1, d1, d2);
        for (Half h : List.of(first, second)) {
          for (Net n : h.nets()) {
            for (int l = 1; l <= n.mlp().layers(); l++) {
              widest = Math.max(widest, n.mlp().width(l));
            }
          }
        }
        steps.add(new Coupling(first, second, config.clampActivation(), config.clamp()));
      } else {
        return null;
      }
    }
    return new LaneCouplingInverse(dimension, List.copyOf(steps), widest, LaneKernels.RUN_30, CHUNK);
  }

  private static Half half(Conditioner conditioner, int activeFrom, int activeWidth, int passiveFrom,
      int passiveWidth) {
    List<Net> nets = new ArrayList<>();
    for (Mlp m : conditioner.nets()) {
      nets.add(new Net(m, passiveWidth));
    }
    return new Half(nets, activeFrom, activeWidth, passiveFrom, passiveWidth);
  }

  /**
   * x = f⁻¹(z; c) row by row: the same bits as {@code Flow.inverseSharedCondition} with {@link #reference()}
   * or a clamp other than ATAN, else within one float ulp per coupling map (class comment).
   *
   * @param z latent rows, float32, shape [n, dimension]
   * @param c the shared condition, shape [1, features] (the couplings' condition width)
   * @param x receives the inverse, float32, shape [n, dimension]
   * @param ws this thread's workspace (scratch buffers; its parameters are the flow's)
   */
  public void inverse(Matrix z, Matrix c, Matrix x, Workspace ws) {
    inverse(z, c, null, x, ws);
  }

  /**
   * @param c the shared condition, shape [1, features]
   * @return every subnet's first-layer bias with c's part, {@code b + c W_c} ({@link #firstLayerBiases}), a new
   *     array: what {@link #inverse(Matrix, Matrix, float[], Matrix, Workspace)} reuses for every call with this c
   *     while the parameters stay as they are (the redraw rounds of one posterior)
   */
  public float[] prepare(Matrix c, Workspace ws) {
    return firstLayerBiases(c, ws).clone();
  }

  /**
   * {@link #inverse(Matrix, Matrix, Matrix, Workspace)} with c's part of the first layers from {@link #prepare}
   * (computed here when {@code prepared} is null): the same bits.
   */
  public void inverse(Matrix z, Matrix c, float[] prepared, Matrix x, Workspace ws) {
    if (!(z instanceof FloatMatrix fz && x instanceof FloatMatrix fx) || z.cols() != dimension
        || x.cols() != dimension || x.rows() != z.rows()) {
      throw new IllegalArgumentException("need float32 z and x of shape [n, " + dimension + "], got [" + z.rows()
          + ", " + z.cols() + "] and [" + x.rows() + ", " + x.cols() + "]");
    }
    float[] p = ((FloatMatrix) ws.values()).data();
    float[] firstBias = prepared != null ? prepared : firstLayerBiases(c, ws);
    int n = z.rows();
    float[] state = scratch(ws, 1, dimension * chunk);
    float[] input = scratch(ws, 2, dimension * chunk);
    float[] h0 = scratch(ws, 3, widest * chunk);
    float[] h1 = scratch(ws, 4, widest * chunk);
    float[] raw = scratch(ws, 5, widest * chunk);
    int[] slot = new int[dimension];
    int[] next = new int[dimension];
    double[][] wide = new double[3][chunk]; // the element-wise map's scratch in double (LaneAffineMap)
    float[] narrowWork = new float[chunk]; // and in float (FloatLaneAffineMap)
    for (int start = 0; start < n; start += chunk) {
      int rows = Math.min(chunk, n - start);
      int m = (rows + FloatLaneDense.lanes() - 1) / FloatLaneDense.lanes() * FloatLaneDense.lanes();
      load(fz.data(), start, rows, m, state);
      for (int f = 0; f < dimension; f++) {
        slot[f] = f * chunk;
      }
      int biasAt = 0;
      for (int k = steps.size() - 1; k >= 0; k--) {
        Object step = steps.get(k);
        if (step instanceof int[] order) {
          for (int i = 0; i < order.length; i++) {
            next[order[i]] = slot[i];
          }
          System.arraycopy(next, 0, slot, 0, dimension);
        } else {
          Coupling cp = (Coupling) step;
          biasAt = half(cp.second(), cp, state, slot, input, h0, h1, raw, p, firstBias, biasAt, m, wide, narrowWork);
          biasAt = half(cp.first(), cp, state, slot, input, h0, h1, raw, p, firstBias, biasAt, m, wide, narrowWork);
        }
      }
      store(state, slot, rows, start, fx.data());
    }
  }

  /** One coupling half in place: x_active = (z_active − t) ⊙ e^{−α g(ŝ)} with (ŝ, t) from the passive half. */
  private int half(Half h, Coupling cp, float[] state, int[] slot, float[] input, float[] h0, float[] h1,
      float[] raw, float[] p, float[] firstBias, int biasAt, int m, double[][] wide, float[] narrowWork) {
    for (int f = 0; f < h.passiveWidth(); f++) {
      System.arraycopy(state, slot[h.passiveFrom() + f], input, f * chunk, m);
    }
    int rawRow = 0;
    for (Net net : h.nets()) {
      Mlp mlp = net.mlp();
      int layers = mlp.layers();
      if (kernels == LaneKernels.RUN_30 && FloatLaneOneHidden.applies(mlp, net.passive())) {
        FloatLaneOneHidden.forward(input, 0, net.passive(), p, mlp.weightOffset(0), firstBias, biasAt, h0, mlp.width(1),
            mlp.weightOffset(1), mlp.biasOffset(1), raw, rawRow * chunk, mlp.width(2), m, chunk);
        biasAt += mlp.width(1);
        rawRow += mlp.width(2);
        continue;
      }
      float[] in = input;
      float[] out = layers == 1 ? raw : h0;
      int outOff = layers == 1 ? rawRow * chunk : 0;
      dense(in, net.passive(), p, mlp.weightOffset(0), firstBias, biasAt, out, outOff, mlp.width(1), m,
          mlp.activationOf(0));
      biasAt += mlp.width(1);
      for (int l = 1; l < layers; l++) {
        in = out;
        boolean last = l == layers - 1;
        out = last ? raw : in == h0 ? h1 : h0;
        dense(in, mlp.width(l), p, mlp.weightOffset(l), p, mlp.biasOffset(l), out, last ? rawRow * chunk : 0,
            mlp.width(l + 1), m, mlp.activationOf(l));
      }
      rawRow += mlp.width(layers);
    }
    int d = h.activeWidth();
    ClampActivation g = cp.clamp();
    double alpha = cp.alpha();
    boolean floats = kernels.compareTo(LaneKernels.RUN_20) >= 0 && FloatLaneAffineMap.applies(g, alpha);
    boolean lanes = kernels != LaneKernels.BEFORE_RUN_17 && LaneAffineMap.applies(g, alpha);
    for (int j = 0; j < d; j++) {
      int s0 = j * chunk;
      int t0 = (d + j) * chunk;
      int v0 = slot[h.activeFrom() + j];
      if (floats) {
        FloatLaneAffineMap.inverse(raw, s0, t0, state, v0, m, alpha, narrowWork);
      } else if (lanes) {
        LaneAffineMap.inverse(raw, s0, t0, state, v0, m, alpha, wide[0], wide[1], wide[2]);
      } else {
        LaneAffineMap.reference(raw, s0, t0, state, v0, m, g, alpha);
      }
    }
    return biasAt;
  }

  /** One subnet layer y = a(x W + b) on a chunk, with this pass's kernels (all give the same bits). */
  private void dense(float[] x, int in, float[] w, int wOff, float[] b, int bOff, float[] y, int yOff, int out, int m,
      org.inversesuite.core.nn.Activation activation) {
    FloatLaneDense.Narrow narrow = switch (kernels) {
      case BEFORE_RUN_17 -> FloatLaneDense.Narrow.ONE;
      case RUN_17 -> FloatLaneDense.Narrow.FOUR;
      case RUN_20, RUN_30 -> FloatLaneDense.Narrow.TILES;
    };
    FloatLaneDense.forward(x, 0, in, w, wOff, b, bOff, y, yOff, out, m, chunk, activation, narrow);
  }

  /**
   * @return per subnet in the order {@link #inverse} visits them, its first layer's bias with c's part,
   *     {@code b + c W_c} in double rounded to float (as {@link Mlp#forwardSharedTail})
   */
  private float[] firstLayerBiases(Matrix c, Workspace ws) {
    Matrix values = ws.values();
    int total = 0;
    for (int k = steps.size() - 1; k >= 0; k--) {
      if (steps.get(k) instanceof Coupling cp) {
        for (Half h : List.of(cp.second(), cp.first())) {
          for (Net n : h.nets()) {
            total += n.mlp().width(1);
          }
        }
      }
    }
    float[] out = scratch(ws, 0, total);
    int at = 0;
    for (int k = steps.size() - 1; k >= 0; k--) {
      if (steps.get(k) instanceof Coupling cp) {
        for (Half h : List.of(cp.second(), cp.first())) {
          for (Net n : h.nets()) {
            Mlp mlp = n.mlp();
            int width = mlp.width(1);
            int passive = n.passive();
            if (c == null || c.cols() + passive != mlp.width(0) || c.rows() != 1) {
              throw new IllegalArgumentException("a shared condition of shape [1, " + (mlp.width(0) - passive)
                  + "] is needed, got " + (c == null ? "none" : "[" + c.rows() + ", " + c.cols() + "]"));
            }
            double[] bias = kernels == LaneKernels.RUN_30
                ? LaneSharedTailBias.of(mlp, ((FloatMatrix) values).data(), c, passive)
                : mlp.sharedTailBias(values, c, passive);
            for (int j = 0; j < width; j++) {
              out[at + j] = (float) bias[j];
            }
            at += width;
          }
        }
      }
    }
    return out;
  }

  /** Rows start..start+rows of z (row-major) into the feature-major state; padding rows zero. */
  private void load(float[] z, int start, int rows, int m, float[] state) {
    for (int r = 0; r < rows; r++) {
      int zo = (start + r) * dimension;
      for (int f = 0; f < dimension; f++) {
        state[f * chunk + r] = z[zo + f];
      }
    }
    for (int f = 0; f < dimension; f++) {
      java.util.Arrays.fill(state, f * chunk + rows, f * chunk + m, 0f);
    }
  }

  private void store(float[] state, int[] slot, int rows, int start, float[] x) {
    for (int r = 0; r < rows; r++) {
      int xo = (start + r) * dimension;
      for (int f = 0; f < dimension; f++) {
        x[xo + f] = state[slot[f] + r];
      }
    }
  }

  private float[] scratch(Workspace ws, int index, int size) {
    return ((FloatMatrix) ws.buffer(this, index, 1, size)).data();
  }
}
