package org.inversesuite.core.train;

import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Adam (Kingma and Ba 2015, arXiv:1412.6980) with decoupled weight decay (Loshchilov and Hutter
 * 2019, "Decoupled weight decay regularization", arXiv:1711.05101), as one fused loop over the
 * flat parameter vector. At step t (1-based), with gradient g:
 * \[ m \leftarrow \beta_1 m + (1-\beta_1) g, \quad v \leftarrow \beta_2 v + (1-\beta_2) g^2, \]
 * \[ \theta \leftarrow \theta - \eta\,\Big(\frac{m/(1-\beta_1^t)}{\sqrt{v/(1-\beta_2^t)} + \epsilon} + \lambda\,\theta\Big). \]
 * With λ = 0 this is PyTorch's {@code torch.optim.Adam}. The moments are kept in float64
 * whatever the parameter precision, so they can be checkpointed exactly.
 */
public final class AdamW {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final double weightDecay;
  private final double[] m;
  private final double[] v;
  private long step;

  /** @param size number of parameters */
  public AdamW(int size, double beta1, double beta2, double epsilon, double weightDecay) {
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("Adam needs beta1, beta2 in [0, 1), epsilon > 0, weightDecay >= 0; got "
          + beta1 + ", " + beta2 + ", " + epsilon + ", " + weightDecay);
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    this.weightDecay = weightDecay;
    this.m = new double[size];
    this.v = new double[size];
  }

  /** @return the number of steps taken */
  public long steps() {
    return step;
  }

  /** @return the first moments (shared, for checkpoints) */
  public double[] firstMoment() {
    return m;
  }

  /** @return the second moments (shared, for checkpoints) */
  public double[] secondMoment() {
    return v;
  }

  /** Restores the state of a checkpoint. */
  public void restore(long steps, double[] first, double[] second) {
    if (first.length != m.length || second.length != v.length) {
      throw new IllegalArgumentException("optimiser state has " + first.length + " entries, the model has " + m.length);
    }
    System.arraycopy(first, 0, m, 0, m.length);
    System.arraycopy(second, 0, v, 0, v.length);
    this.step = steps;
  }

  /** One update of {@code parameters} in place with learning rate {@code lr}. */
  public void update(Matrix parameters, Matrix gradients, double lr) {
    step++;
    double c1 = 1 / (1 - Math.pow(beta1, step));
    double c2 = 1 / (1 - Math.pow(beta2, step));
    double decay = 1 - lr * weightDecay;
    if (parameters instanceof FloatMatrix p && gradients instanceof FloatMatrix g) {
      float[] th = p.data();
      float[] gr = g.data();
      for (int i = 0; i < th.length; i++) {
        double gi = gr[i];
        double mi = beta1 * m[i] + (1 - beta1) * gi;
        double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        th[i] = (float) (th[i] * decay - lr * (mi * c1) / (Math.sqrt(vi * c2) + epsilon));
      }
    } else if (parameters instanceof DoubleMatrix p && gradients instanceof DoubleMatrix g) {
      double[] th = p.data();
      double[] gr = g.data();
      for (int i = 0; i < th.length; i++) {
        double gi = gr[i];
        double mi = beta1 * m[i] + (1 - beta1) * gi;
        double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        th[i] = th[i] * decay - lr * (mi * c1) / (Math.sqrt(vi * c2) + epsilon);
      }
    } else {
      throw new IllegalArgumentException("parameters and gradients must have the same precision, got "
          + parameters.precision() + " and " + gradients.precision());
    }
  }
}
