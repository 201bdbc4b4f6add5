package org.inversesuite.core.graph;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.BlockInputs;
import org.inversesuite.core.block.DataInitialized;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * A graph of invertible blocks as one invertible block. Every data port p carries a matrix v_p;
 * the forward pass visits the nodes in topological order:
 * \[ \text{split: } (v_{o_1}, \dots, v_{o_k}) = (v_i[:, S_1], \dots, v_i[:, S_k]), \quad
 *    \text{merge: } v_o = [v_{i_1}, \dots, v_{i_k}], \quad
 *    \text{block } b\text{: } v_o = f_b(v_i;\, c_b), \]
 * with c_b the concatenation of the condition columns the node lists, and z the concatenation of
 * the output ports. Split and merge only move columns (log|det| = 0), so
 * \( \log|\det J| = \sum_b \log|\det J_{f_b}| \); the inverse runs the nodes in reverse order,
 * each inverted; the backward pass carries ∂L/∂v_p back in reverse order (each port is read
 * exactly once, so a port's gradient comes from one reader and nothing accumulates), adds
 * ∂L/∂c_b into the listed columns of ∂L/∂c and lets each block add its parameter gradients.
 *
 * <p>Being an {@link InvertibleBlock}, a graph is a block of a {@link org.inversesuite.core.flow.FlowConfig}
 * like any other (usually the only one), and passes the block contract itself. After FrEIA's
 * {@code GraphINN} (Ardizzone et al., "Framework for Easily Invertible Architectures").
 */
public final class GraphBlock implements InvertibleBlock, DataInitialized {
  private final GraphConfig config;
  private final GraphPlan plan;
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;

  GraphBlock(GraphConfig config, GraphPlan plan, Parameters parameters, int dimension, int conditionDimension) {
    this.config = config;
    this.plan = plan;
    this.parameters = parameters;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  private Matrix value(int port, int n, Workspace ws) {
    return ws.buffer(this, port, n, plan.widths[port]);
  }

  private Matrix gradient(int port, int n, Workspace ws) {
    return ws.buffer(this, plan.widths.length + port, n, plan.widths[port]);
  }

  /** @return c_b, the graph's condition itself or its listed columns gathered into a buffer */
  private Matrix condition(GraphPlan.BlockStep b, Matrix c, int n, Workspace ws) {
    if (b.offsets().length == 0) {
      return null;
    }
    if (b.whole()) {
      return c;
    }
    Matrix cb = ws.buffer(this, 2 * plan.widths.length + b.slot(), n, b.block().conditionDimension());
    for (int k = 0, at = 0; k < b.offsets().length; at += b.widths()[k], k++) {
      cb.copyColumns(c, b.offsets()[k], at, b.widths()[k]);
    }
    return cb;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    int n = x.rows();
    value(0, n, ws).copyRows(x, 0, 0, n);
    for (GraphPlan.Step step : plan.steps) {
      run(step, c, logDet, n, ws);
    }
    for (int k = 0, at = 0; k < plan.outputs.length; at += plan.widths[plan.outputs[k]], k++) {
      z.copyColumns(value(plan.outputs[k], n, ws), 0, at, plan.widths[plan.outputs[k]]);
    }
  }

  private void run(GraphPlan.Step step, Matrix c, double[] logDet, int n, Workspace ws) {
    if (step instanceof GraphPlan.SplitStep s) {
      for (int k = 0; k < s.outs().length; k++) {
        value(s.outs()[k], n, ws).copyColumns(value(s.in(), n, ws), s.offsets()[k], 0, plan.widths[s.outs()[k]]);
      }
    } else if (step instanceof GraphPlan.MergeStep m) {
      for (int k = 0; k < m.ins().length; k++) {
        value(m.out(), n, ws).copyColumns(value(m.ins()[k], n, ws), 0, m.offsets()[k], plan.widths[m.ins()[k]]);
      }
    } else if (step instanceof GraphPlan.BlockStep b) {
      b.block().forward(value(b.in(), n, ws), condition(b, c, n, ws), value(b.out(), n, ws), logDet, ws);
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    int n = z.rows();
    for (int k = 0, at = 0; k < plan.outputs.length; at += plan.widths[plan.outputs[k]], k++) {
      value(plan.outputs[k], n, ws).copyColumns(z, at, 0, plan.widths[plan.outputs[k]]);
    }
    for (int i = plan.steps.size() - 1; i >= 0; i--) {
      if (plan.steps.get(i) instanceof GraphPlan.BlockStep b) {
        b.block().inverse(value(b.out(), n, ws), condition(b, c, n, ws), value(b.in(), n, ws), logDet, ws);
      } else {
        moveBack(plan.steps.get(i), 0, n, ws);
      }
    }
    x.copyRows(value(0, n, ws), 0, 0, n);
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int n = x.rows();
    for (int k = 0, at = 0; k < plan.outputs.length; at += plan.widths[plan.outputs[k]], k++) {
      gradient(plan.outputs[k], n, ws).copyColumns(dz, at, 0, plan.widths[plan.outputs[k]]);
    }
    for (int i = plan.steps.size() - 1; i >= 0; i--) {
      if (plan.steps.get(i) instanceof GraphPlan.BlockStep b) {
        blockBackward(b, c, dLogDet, dc, n, ws);
      } else {
        moveBack(plan.steps.get(i), plan.widths.length, n, ws);
      }
    }
    dx.copyRows(gradient(0, n, ws), 0, 0, n);
  }

  /**
   * Undoes the column moves of a split or merge on the buffers starting at {@code base}: the
   * values in the inverse pass (base 0), the gradients in the backward pass (a move's Jacobian is
   * a permutation, so its transpose is its inverse).
   */
  private void moveBack(GraphPlan.Step step, int base, int n, Workspace ws) {
    if (step instanceof GraphPlan.SplitStep s) {
      Matrix in = ws.buffer(this, base + s.in(), n, plan.widths[s.in()]);
      for (int k = 0; k < s.outs().length; k++) {
        int o = s.outs()[k];
        in.copyColumns(ws.buffer(this, base + o, n, plan.widths[o]), 0, s.offsets()[k], plan.widths[o]);
      }
    } else if (step instanceof GraphPlan.MergeStep m) {
      Matrix out = ws.buffer(this, base + m.out(), n, plan.widths[m.out()]);
      for (int k = 0; k < m.ins().length; k++) {
        int i = m.ins()[k];
        ws.buffer(this, base + i, n, plan.widths[i]).copyColumns(out, m.offsets()[k], 0, plan.widths[i]);
      }
    }
  }

  private void blockBackward(GraphPlan.BlockStep b, Matrix c, double[] dLogDet, Matrix dc, int n, Workspace ws) {
    Matrix cb = condition(b, c, n, ws);
    Matrix dcb = null;
    if (dc != null && cb != null) {
      dcb = b.whole() ? dc : ws.buffer(this, 2 * plan.widths.length + plan.blocks + b.slot(), n, cb.cols());
      if (!b.whole()) {
        dcb.fill(0);
      }
    }
    b.block().backward(value(b.in(), n, ws), cb, gradient(b.out(), n, ws), dLogDet, gradient(b.in(), n, ws), dcb, ws);
    if (dcb != null && !b.whole()) {
      for (int k = 0, at = 0; k < b.offsets().length; at += b.widths()[k], k++) {
        for (int r = 0; r < n; r++) {
          for (int j = 0; j < b.widths()[k]; j++) {
            dc.set(r, b.offsets()[k] + j, dc.get(r, b.offsets()[k] + j) + dcb.get(r, at + j));
          }
        }
      }
    }
  }

  /** Initialises every data-initialised block (ActNorm) of the graph on its actual input of the first batch. */
  @Override
  public void initialiseFromData(Matrix x, Matrix c) {
    int n = x.rows();
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    value(0, n, ws).copyRows(x, 0, 0, n);
    double[] logDet = new double[n];
    for (GraphPlan.Step step : plan.steps) {
      if (step instanceof GraphPlan.BlockStep b && b.block() instanceof DataInitialized d) {
        d.initialiseFromData(value(b.in(), n, ws), condition(b, c, n, ws));
      }
      run(step, c, logDet, n, ws);
    }
  }
}
