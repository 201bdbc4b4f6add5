package org.inversesuite.core.block;

import java.util.List;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The subnet(s) of one coupling half: maps {@code [passive half, condition]} to the raw
 * coefficients of the active half. With one MLP (Glow, NICE) its output is used directly; with
 * several (RealNVP's separate s and t networks) their outputs are concatenated column-wise.
 */
final class Conditioner {
  private final List<Mlp> nets;
  private final int outputWidth;

  /**
   * @param widths output width of each subnet, concatenated in this order
   */
  Conditioner(Parameters parameters, String name, int inputWidth, int[] widths, MlpConfig config) {
    Mlp[] m = new Mlp[widths.length];
    int total = 0;
    for (int i = 0; i < widths.length; i++) {
      String suffix = widths.length == 1 ? "" : "." + (i == 0 ? "s" : "t");
      m[i] = new Mlp(parameters, name + suffix, inputWidth, widths[i], config, OutputInit.ZERO);
      total += widths[i];
    }
    this.nets = List.of(m);
    this.outputWidth = total;
  }

  int outputWidth() {
    return outputWidth;
  }

  /** @return the subnets, whose outputs are concatenated in this order */
  List<Mlp> nets() {
    return nets;
  }

  /** @return the raw coefficients [n, outputWidth()] (a workspace buffer) */
  Matrix forward(Matrix in, Workspace ws) {
    if (nets.size() == 1) {
      return nets.get(0).forward(in, ws);
    }
    Matrix raw = ws.buffer(this, 0, in.rows(), outputWidth);
    int col = 0;
    for (Mlp net : nets) {
      Matrix out = net.forward(in, ws);
      raw.copyColumns(out, 0, col, out.cols());
      col += out.cols();
    }
    return raw;
  }

  /**
   * {@link #forward} on {@code [half, c]} with the same condition c (shape [1, ·]) in every row,
   * through {@link Mlp#forwardSharedTail}: c's part of the first layer is computed once.
   */
  Matrix forwardShared(Matrix half, Matrix c, Workspace ws) {
    if (nets.size() == 1) {
      return nets.get(0).forwardSharedTail(half, c, ws);
    }
    Matrix raw = ws.buffer(this, 0, half.rows(), outputWidth);
    int col = 0;
    for (Mlp net : nets) {
      Matrix out = net.forwardSharedTail(half, c, ws);
      raw.copyColumns(out, 0, col, out.cols());
      col += out.cols();
    }
    return raw;
  }

  /** @return the raw coefficients of the last {@link #forward} for n rows, not recomputed */
  Matrix output(int n, Workspace ws) {
    return nets.size() == 1 ? nets.get(0).output(n, ws) : ws.buffer(this, 0, n, outputWidth);
  }

  /**
   * Backward after {@link #forward} on {@code in}: {@code dRaw} (clobbered) to parameter
   * gradients and {@code dIn} (overwritten).
   */
  void backward(Matrix in, Matrix dRaw, Matrix dIn, Workspace ws) {
    if (nets.size() == 1) {
      nets.get(0).backward(in, dRaw, dIn, ws);
      return;
    }
    int n = in.rows();
    int col = 0;
    dIn.fill(0);
    Matrix part = ws.buffer(this, 1, n, in.cols());
    for (int i = 0; i < nets.size(); i++) {
      Mlp net = nets.get(i);
      Matrix d = ws.buffer(this, 2 + i, n, net.outputDimension());
      d.copyColumns(dRaw, col, 0, net.outputDimension());
      col += net.outputDimension();
      net.backward(in, d, part, ws);
      for (int k = 0, size = dIn.size(); k < size; k++) {
        dIn.add(k, part.get(k));
      }
    }
  }
}
