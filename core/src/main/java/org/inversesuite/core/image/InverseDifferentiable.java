package org.inversesuite.core.image;

import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * A block whose inverse pass can be differentiated too, for losses on the reconstruction
 * x = f⁻¹(z) (InvDN's backward loss, Liu et al. 2021; HiNet's recovery loss, Jing et al. 2021).
 * {@code inverseBackward}, called after {@code inverse} on the same z and workspace, turns
 * ∂L/∂x and ∂L/∂logDet (of the inverse) into ∂L/∂z (overwritten) and adds the parameter
 * gradients to {@code ws.gradients()}; it may clobber {@code dx}.
 */
public interface InverseDifferentiable {
  /** Backward pass of {@code inverse}; see the interface contract. */
  void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws);
}
