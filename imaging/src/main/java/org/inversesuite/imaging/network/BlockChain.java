package org.inversesuite.imaging.network;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.image.InverseDifferentiable;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * A composition f = f_K ∘ … ∘ f_1 of unconditional invertible blocks whose forward and inverse
 * passes both enter a loss (InvDN's reconstruction loss, HiNet's recovery loss): each pass keeps
 * its intermediate values (a trace) for the matching backward pass. Log-determinants are
 * computed by the blocks but not used (neither network trains on a likelihood).
 */
public final class BlockChain {
  private final List<InvertibleBlock> blocks;

  /** @param blocks f_1 … f_K, each {@link InverseDifferentiable} if {@link #inverseBackward} is used */
  public BlockChain(List<InvertibleBlock> blocks) {
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a block chain needs at least one block");
    }
    this.blocks = List.copyOf(blocks);
  }

  /** @return block k */
  public InvertibleBlock block(int k) {
    return blocks.get(k);
  }

  /** @return the inputs of each block followed by the output f(x) */
  public List<Matrix> forward(Matrix x, Workspace ws) {
    List<Matrix> trace = new ArrayList<>();
    trace.add(x);
    Matrix h = x;
    for (InvertibleBlock b : blocks) {
      Matrix out = h.like(h.rows(), h.cols());
      b.forward(h, null, out, new double[h.rows()], ws);
      trace.add(out);
      h = out;
    }
    return trace;
  }

  /** @return the inputs of each inverse step followed by the output f⁻¹(z) */
  public List<Matrix> inverse(Matrix z, Workspace ws) {
    List<Matrix> trace = new ArrayList<>();
    trace.add(z);
    Matrix h = z;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Matrix out = h.like(h.rows(), h.cols());
      blocks.get(i).inverse(h, null, out, new double[h.rows()], ws);
      trace.add(out);
      h = out;
    }
    return trace;
  }

  /** Backward of {@link #forward}: adds parameter gradients to {@code ws}, returns ∂L/∂x. */
  public Matrix backward(List<Matrix> trace, Matrix dz, Workspace ws) {
    Matrix g = dz;
    double[] zeros = new double[dz.rows()];
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Matrix dx = g.like(g.rows(), g.cols());
      blocks.get(i).backward(trace.get(i), null, g, zeros, dx, null, ws);
      g = dx;
    }
    return g;
  }

  /** Backward of {@link #inverse}: adds parameter gradients to {@code ws}, returns ∂L/∂z. */
  public Matrix inverseBackward(List<Matrix> trace, Matrix dx, Workspace ws) {
    Matrix g = dx;
    double[] zeros = new double[dx.rows()];
    // the inverse applied block 0 last, so its gradient comes first; its input is trace[size - 1]
    for (int i = 0; i < blocks.size(); i++) {
      Matrix dz = g.like(g.rows(), g.cols());
      ((InverseDifferentiable) blocks.get(i)).inverseBackward(trace.get(blocks.size() - 1 - i), null, g, zeros, dz, null,
          ws);
      g = dz;
    }
    return g;
  }
}
