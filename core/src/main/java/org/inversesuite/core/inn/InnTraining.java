package org.inversesuite.core.inn;

import java.util.function.Consumer;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;

/**
 * Bidirectional training of the INN (Ardizzone et al. 2019, section 3.3; FrEIA's
 * {@code inverse_problems_science/train.py}). Per step, with x̄ = [x, ε_pad], ŷ = y + ε_y,
 * v = f(x̄) = [v_z, v_pad, v_y] and n rows:
 * \[ L_y = \tfrac{\lambda_{fit}}{n} \textstyle\sum \|[v_{pad}, v_y] - [\varepsilon_{pad}, \hat y]\|^2, \qquad
 *    L_z = \lambda_{lat}\, \mathrm{MMD}([v_z, \bar v_y], [\zeta, \hat y]), \ \zeta \sim N(0, I) \]
 * (v_y held constant in L_z, so it only shapes z); in the inverse direction, with
 * \( \tilde x = f^{-1}([\zeta', \varepsilon_{pad}, \hat y]) \) and
 * \( x' = f^{-1}(\bar v + \varepsilon) \) from the detached, perturbed forward output,
 * \[ L_x = \lambda_{back}\, \mathrm{MMD}(\tilde x_{1..d_x}, x), \qquad
 *    L_{rec} = \tfrac{\lambda_{rec}}{n}\textstyle\sum \|x' - \bar x\|^2, \qquad
 *    L_{pad} = \tfrac{\lambda_{pad}}{n}\textstyle\sum \|\tilde x_{d_x+1..D}\|^2. \]
 * The forward terms back-propagate through {@link Flow#backward}; the inverse terms through
 * {@link InverseGradient}. Adam (β = 0.9, 0.95 as FrEIA), gradients clamped to ±15 element-wise
 * as FrEIA does, learning rate decaying exponentially to {@code learningRate · finalDecay}.
 */
public final class InnTraining {
  private static final double GRADIENT_CLAMP = 15;

  private InnTraining() {}

  /** @return the flow of the config: couplings × [Glow affine coupling, random permutation] */
  public static Flow build(InnConfig config, Precision precision) {
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, config.clamp(),
        MlpConfig.of(config.hiddenWidth(), 2, Activation.RELU));
    return Flow.build(FlowConfig.couplingChain(config.totalDimension(), 0, config.couplings(), coupling), precision,
        new Rng(config.seed()), true);
  }

  /**
   * Trains a new INN.
   *
   * @param progress receives the loss terms of every step (may be null)
   */
  public static Inn train(InnConfig config, PairSampler data, Precision precision, Consumer<InnProgress> progress) {
    Flow flow = build(config, precision);
    Workspace ws = new Workspace(flow.parameters(), Kernels.FASTEST.create(precision));
    AdamW adam = new AdamW(flow.parameters().size(), 0.9, 0.95, 1e-6, config.weightDecay());
    Rng rng = new Rng(config.seed()).stream("training");
    for (int step = 0; step < config.steps(); step++) {
      ws.zeroGradients();
      InnProgress p = step(flow, config, data.sample(config.batchSize(), rng.stream("data").stream(step)),
          rng.stream("noise").stream(step), ws, step);
      Matrix g = ws.gradients();
      for (int i = 0; i < g.size(); i++) {
        double v = g.get(i);
        if (!Double.isFinite(v)) {
          throw new ArithmeticException("INN training diverged at step " + step + ": non-finite gradient (loss "
              + p.total() + ")");
        }
        g.set(i, Math.max(-GRADIENT_CLAMP, Math.min(GRADIENT_CLAMP, v)));
      }
      double lr = config.learningRate() * Math.pow(config.finalDecay(), (double) step / Math.max(1, config.steps()));
      adam.update(flow.parameters().values(), g, lr);
      if (progress != null) {
        progress.accept(p);
      }
    }
    return new Inn(flow, config);
  }

  private static InnProgress step(Flow flow, InnConfig c, PairSampler.Pairs batch, Rng noise, Workspace ws, int step) {
    int n = batch.x().rows();
    int d = c.totalDimension();
    int dz = c.zDimension();
    int dx = c.xDimension();
    int yCol = d - c.yDimension();
    Precision precision = flow.parameters().precision();
    Matrix x = Matrix.zeros(precision, n, d);
    Matrix target = Matrix.zeros(precision, n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        x.set(r, j, j < dx ? batch.x().get(r, j) : c.padNoise() * noise.gaussian());
        double t;
        if (j < dz) {
          t = noise.gaussian();
        } else if (j < yCol) {
          t = c.padNoise() * noise.gaussian();
        } else {
          t = batch.y().get(r, j - yCol) + c.yNoise() * noise.gaussian();
        }
        target.set(r, j, t);
      }
    }
    // forward direction
    Matrix v = x.like(n, d);
    flow.forward(x, null, v, new double[n], ws);
    Matrix dv = x.like(n, d);
    double fit = 0;
    for (int r = 0; r < n; r++) {
      for (int j = dz; j < d; j++) {
        double e = v.get(r, j) - target.get(r, j);
        fit += c.lambdaFit() * e * e / n;
        dv.set(r, j, 2 * c.lambdaFit() * e / n);
      }
    }
    Matrix latentOut = x.like(n, dz + c.yDimension());
    Matrix latentTarget = x.like(n, dz + c.yDimension());
    latentOut.copyColumns(v, 0, 0, dz);
    latentOut.copyColumns(v, yCol, dz, c.yDimension());
    latentTarget.copyColumns(target, 0, 0, dz);
    latentTarget.copyColumns(target, yCol, dz, c.yDimension());
    Matrix dLatent = latentOut.like(n, latentOut.cols());
    double latent = new MultiscaleMmd(c.forwardKernels()).evaluate(latentOut, 0, latentTarget, 0, latentOut.cols(),
        c.lambdaLatent(), dLatent, 0);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < dz; j++) {
        dv.add(r * d + j, dLatent.get(r, j));
      }
    }
    flow.backward(null, dv, new double[n], null, ws);
    if (step < c.forwardOnlySteps()) {
      return new InnProgress(step, fit, latent, 0, 0, 0);
    }
    // inverse direction: rows [0, n) from the prior, rows [n, 2n) from the perturbed forward output
    Matrix w = Matrix.zeros(precision, 2 * n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double prior = j < dz ? noise.gaussian()
            : j < yCol ? c.padNoise() * noise.gaussian() : batch.y().get(r, j - yCol) + c.yNoise() * noise.gaussian();
        w.set(r, j, prior);
        double scale = j < dz ? c.zNoise() : j < yCol ? c.padNoise() : c.yNoise();
        w.set(n + r, j, v.get(r, j) + scale * noise.gaussian());
      }
    }
    Matrix xHat = w.like(2 * n, d);
    flow.inverse(w, null, xHat, new double[2 * n], ws);
    Matrix g = w.like(2 * n, d);
    Matrix xPrior = x.like(n, d);
    xPrior.copyRows(xHat, 0, 0, n);
    double backward = new MultiscaleMmd(c.backwardKernels()).evaluate(xPrior, 0, x, 0, dx, c.lambdaBackward(), g, 0);
    double padding = 0;
    double reconstruct = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        if (j >= dx) {
          double p = xHat.get(r, j);
          padding += c.lambdaPadding() * p * p / n;
          g.add(r * d + j, 2 * c.lambdaPadding() * p / n);
        }
        double e = xHat.get(n + r, j) - x.get(r, j);
        reconstruct += c.lambdaReconstruct() * e * e / n;
        g.set(n + r, j, 2 * c.lambdaReconstruct() * e / n);
      }
    }
    InverseGradient.accumulate(flow, xHat, g, ws);
    return new InnProgress(step, fit, latent, reconstruct, backward, padding);
  }
}
