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
 * Bidirectional training of the INN (Ardizzone et al. 2019, section 3.3; the losses of FrEIA's
 * 8-mode toy demo). Per step, with n rows, x̄ = [x, ε_pad], ŷ = y + ε_y, ζ, ζ' ~ N(0, I),
 * v = f(x̄) = [v_z, v_pad, v_y] and mean squared errors (MSE, averaged over rows and columns):
 * \[ L_y = \lambda_{fit}\, \mathrm{MSE}([v_{pad}, v_y], [\varepsilon_{pad}, \hat y]), \qquad
 *    L_z = \lambda_{lat}\, \mathrm{MMD}([v_z, \bar v_y], [\zeta, \hat y]) \]
 * (v_y held constant in L_z, so it only shapes z); in the inverse direction, with a fresh
 * ŷ' = y + ε_y' and ε_pad',
 * \[ \tilde x = f^{-1}([\zeta', \varepsilon_{pad}', \hat y']), \qquad
 *    x' = f^{-1}([\bar v_z + \varepsilon_z, \varepsilon_{pad}', \hat y']), \]
 * \[ L_x = \lambda_{back}\, r(t)\, \mathrm{MMD}(\tilde x_{1..d_x}, x), \qquad
 *    L_{rec} = \lambda_{rec}\, \mathrm{MSE}(x', \bar x), \qquad
 *    L_{pad} = \lambda_{pad}\, \mathrm{MSE}(\tilde x_{d_x+1..D}, 0), \]
 * r(t) = min(1, 2 · rampStart^(1 − t/T)) the ramp-up of the inverse MMD. Optionally (λ_ml &gt; 0,
 * the maximum-likelihood option of FrEIA's INN code) the forward negative log-likelihood
 * \( L_{ml} = \lambda_{ml}\,\mathrm{mean}_r[\|v_z\|^2/2 + \|v_{pad}\|^2/(2\sigma_{pad}^2)
 * + \|v_y - y\|^2/(2\sigma_y^2) - \log|\det J_f|] \). L_rec inverts the
 * true label with the forward z: it is what forces z, not small deviations of v_y, to carry
 * which mode a sample came from. The forward terms back-propagate through {@link Flow#backward};
 * the inverse terms through {@link InverseBackprop}. Adam (β = 0.8, 0.9, ε = 10⁻⁶ as FrEIA),
 * gradients clamped to ±15 element-wise as FrEIA does, learning rate decaying exponentially to
 * {@code learningRate · finalDecay}.
 */
public final class InnTraining {
  private static final double GRADIENT_CLAMP = 15;

  private InnTraining() {}

  /** @return the flow of the config: couplings × [Glow affine coupling, random permutation] */
  public static Flow build(InnConfig config, Precision precision) {
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, config.clamp(),
        MlpConfig.of(config.hiddenWidth(), config.hiddenLayers(), Activation.RELU));
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
    optimise(flow, config, data, new Rng(config.seed()).stream("training"), progress);
    return new Inn(flow, config);
  }

  /**
   * Trains the flow of a trained INN further, in place, with another recipe of the same
   * architecture (a final stage, e.g. a larger batch for the MMD terms); Adam starts afresh and
   * the noise and data come from the stage's own random stream.
   *
   * @param stage the recipe of the stage; its architecture must be the INN's
   * @param progress receives the loss terms of every step of the stage (may be null)
   * @return the INN, carrying the stage's config
   */
  public static Inn continueTraining(Inn inn, InnConfig stage, PairSampler data, Consumer<InnProgress> progress) {
    if (!inn.config().sameArchitecture(stage)) {
      throw new IllegalArgumentException("the training stage has another architecture than the INN: " + stage
          + " against " + inn.config());
    }
    optimise(inn.flow(), stage, data, new Rng(stage.seed()).stream("stage"), progress);
    return new Inn(inn.flow(), stage);
  }

  private static void optimise(Flow flow, InnConfig config, PairSampler data, Rng rng, Consumer<InnProgress> progress) {
    Precision precision = flow.parameters().precision();
    Workspace ws = new Workspace(flow.parameters(), Kernels.FASTEST.create(precision));
    AdamW adam = new AdamW(flow.parameters().size(), 0.8, 0.9, 1e-6, config.weightDecay());
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
  }

  /**
   * One evaluation of all five losses on a batch, adding their parameter gradients to
   * {@code ws.gradients()}; deterministic given {@code noise}.
   */
  static InnProgress step(Flow flow, InnConfig c, PairSampler.Pairs batch, Rng noise, Workspace ws, int step) {
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
        target.set(r, j, j < dz ? noise.gaussian() : j < yCol ? c.padNoise() * noise.gaussian()
            : batch.y().get(r, j - yCol) + c.yNoise() * noise.gaussian());
      }
    }
    Matrix v = x.like(n, d);
    double[] forward = forwardLosses(flow, c, x, target, batch.y(), v, ws);
    // inverse direction: rows [0, n) from the prior, rows [n, 2n) from the perturbed forward z
    Matrix w = Matrix.zeros(precision, 2 * n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double shared = j < dz ? 0 : j < yCol ? c.padNoise() * noise.gaussian()
            : batch.y().get(r, j - yCol) + c.yNoise() * noise.gaussian();
        w.set(r, j, j < dz ? noise.gaussian() : shared);
        w.set(n + r, j, j < dz ? v.get(r, j) + c.zNoise() * noise.gaussian() : shared);
      }
    }
    double[] inverse = inverseLosses(flow, c, w, x, c.rampFactor(step), ws);
    return new InnProgress(step, forward[0], forward[1], inverse[1], inverse[0], inverse[2], forward[2]);
  }

  /**
   * L_y, L_z and L_ml of the padded input x against target [ζ, ε_pad, ŷ], with their gradients.
   *
   * @param y the clean labels, shape [n, yDimension]: the centre of the y block in L_ml
   * @param v receives f(x)
   * @return {L_y, L_z, L_ml}
   */
  static double[] forwardLosses(Flow flow, InnConfig c, Matrix x, Matrix target, Matrix y, Matrix v, Workspace ws) {
    int n = x.rows();
    int d = c.totalDimension();
    int dz = c.zDimension();
    int yCol = d - c.yDimension();
    double[] logDet = new double[n];
    flow.forward(x, null, v, logDet, ws);
    Matrix dv = x.like(n, d);
    double[] dLogDet = new double[n];
    double likelihood = c.lambdaLikelihood() > 0 ? likelihood(c, v, y, logDet, dv, dLogDet) : 0;
    double fitWeight = c.lambdaFit() / ((double) n * (d - dz));
    double fit = 0;
    for (int r = 0; r < n; r++) {
      for (int j = dz; j < d; j++) {
        double e = v.get(r, j) - target.get(r, j);
        fit += fitWeight * e * e;
        dv.add(r * d + j, 2 * fitWeight * e);
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
    flow.backward(null, dv, dLogDet, null, ws);
    return new double[] {fit, latent, likelihood};
  }

  /**
   * The forward negative log-likelihood of the padded x under the change of variables,
   * \( L_{ml} = \lambda_{ml}\,\frac1n\sum_r \big[\tfrac12\|v_z\|^2 + \tfrac{1}{2\sigma_{pad}^2}\|v_{pad}\|^2
   * + \tfrac{1}{2\sigma_y^2}\|v_y - y\|^2 - \log|\det J_f(\bar x_r)|\big] \) (constants dropped), adding
   * its gradient to dv and dLogDet.
   */
  private static double likelihood(InnConfig c, Matrix v, Matrix y, double[] logDet, Matrix dv, double[] dLogDet) {
    int n = v.rows();
    int d = c.totalDimension();
    int dz = c.zDimension();
    int yCol = d - c.yDimension();
    double w = c.lambdaLikelihood() / n;
    double total = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double e = j < yCol ? v.get(r, j) : v.get(r, j) - y.get(r, j - yCol);
        double precision = j < dz ? 1 : j < yCol ? 1 / (c.padNoise() * c.padNoise()) : 1 / (c.yNoise() * c.yNoise());
        total += w * 0.5 * precision * e * e;
        dv.add(r * d + j, w * precision * e);
      }
      total -= w * logDet[r];
      dLogDet[r] = -w;
    }
    return total;
  }

  /**
   * L_x, L_rec and L_pad with their gradients: rows [0, n) of w are inverted to the samples x̃
   * (MMD against x, padding driven to 0), rows [n, 2n) to the reconstructions x' of x.
   *
   * @param w the inverse inputs, shape [2n, D]
   * @param x the padded inputs x̄, shape [n, D]
   * @return {L_x, L_rec, L_pad}
   */
  static double[] inverseLosses(Flow flow, InnConfig c, Matrix w, Matrix x, double ramp, Workspace ws) {
    int n = x.rows();
    int d = c.totalDimension();
    int dx = c.xDimension();
    InverseBackprop pass = InverseBackprop.run(flow, w, ws);
    Matrix xHat = pass.output();
    Matrix g = w.like(2 * n, d);
    Matrix xPrior = x.like(n, d);
    xPrior.copyRows(xHat, 0, 0, n);
    double backward = new MultiscaleMmd(c.backwardKernels()).evaluate(xPrior, 0, x, 0, dx, c.lambdaBackward() * ramp,
        g, 0);
    double padWeight = d > dx ? c.lambdaPadding() / ((double) n * (d - dx)) : 0;
    double recWeight = c.lambdaReconstruct() / ((double) n * d);
    double padding = 0;
    double reconstruct = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        if (j >= dx) {
          double p = xHat.get(r, j);
          padding += padWeight * p * p;
          g.add(r * d + j, 2 * padWeight * p);
        }
        double e = xHat.get(n + r, j) - x.get(r, j);
        reconstruct += recWeight * e * e;
        g.set(n + r, j, 2 * recWeight * e);
      }
    }
    pass.backward(g, ws);
    return new double[] {backward, reconstruct, padding};
  }
}
