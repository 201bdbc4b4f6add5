package org.inversesuite.core.block;

/**
 * Thrown when an iterative inverse (the fixed point of an invertible residual block) does not
 * reach its tolerance: the message names the block, the iteration count and the residual.
 */
public final class InverseNotConvergedException extends ArithmeticException {
  private static final long serialVersionUID = 1L;
  private final String block;
  private final int iterations;
  private final double residual;

  /**
   * @param block name of the block
   * @param iterations iterations run
   * @param residual last max |x_{k+1} − x_k|
   * @param tolerance the tolerance that was not met
   * @param row the batch row that did not converge
   */
  public InverseNotConvergedException(String block, int iterations, double residual, double tolerance, int row) {
    super("inverse of block '" + block + "' did not converge: after " + iterations + " fixed-point iterations the residual"
        + " max|x_(k+1) - x_k| is " + residual + " > tolerance " + tolerance + " (batch row " + row + ")");
    this.block = block;
    this.iterations = iterations;
    this.residual = residual;
  }

  /** @return the block's name */
  public String block() {
    return block;
  }

  /** @return the iterations run */
  public int iterations() {
    return iterations;
  }

  /** @return the last residual */
  public double residual() {
    return residual;
  }
}
