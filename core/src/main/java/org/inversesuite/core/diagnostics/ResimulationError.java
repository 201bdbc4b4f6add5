package org.inversesuite.core.diagnostics;

import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.Matrix;

/**
 * Re-simulation error of posterior samples (Kruse et al. 2021, "Benchmarking invertible
 * architectures on inverse problems", arXiv:2101.10763): push each sample x̂ᵢ of p(x | y*)
 * back through the forward model and measure how far it lands from the observation,
 *
 * <pre>
 *   E_resim = (1/N) Σᵢ ‖f(x̂ᵢ) − y*‖₂²
 * </pre>
 *
 * <p>For a noise-free problem a perfect posterior gives 0; rejection-ABC samples with radius ε
 * in a 2-D observation space give about ε²/2 (uniform within the disc). Computed in float64.
 * Immutable and thread-safe if the forward model is.
 */
public final class ResimulationError {
  private final ForwardModel forward;

  /** @param forward the forward model f */
  public ResimulationError(ForwardModel forward) {
    this.forward = forward;
  }

  /**
   * @param samples x̂, shape [N, dx] with dx the forward model's input dimension, N ≥ 1
   * @param yStar the observation y*, length dy (the forward model's output dimension)
   * @return ‖f(x̂ᵢ) − y*‖₂² for each row i
   */
  public double[] squaredErrors(Matrix samples, double[] yStar) {
    int dx = forward.inputDimension();
    int dy = forward.outputDimension();
    if (samples.cols() != dx || samples.rows() < 1) {
      throw new IllegalArgumentException("samples must have shape [N >= 1, " + dx + "], got ["
          + samples.rows() + ", " + samples.cols() + "]");
    }
    if (yStar.length != dy) {
      throw new IllegalArgumentException("y* must have length " + dy + ", got " + yStar.length);
    }
    Matrix y = forward.apply(samples).requireShape(samples.rows(), dy, "forward output");
    double[] out = new double[samples.rows()];
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int c = 0; c < dy; c++) {
        double diff = y.get(i * dy + c) - yStar[c];
        s += diff * diff;
      }
      out[i] = s;
    }
    return out;
  }

  /**
   * @param samples x̂, shape [N, dx], N ≥ 1
   * @param yStar the observation y*, length dy
   * @return E_resim = (1/N) Σᵢ ‖f(x̂ᵢ) − y*‖₂²
   */
  public double meanSquared(Matrix samples, double[] yStar) {
    double[] e = squaredErrors(samples, yStar);
    double s = 0;
    for (double v : e) {
      s += v;
    }
    return s / e.length;
  }
}
