package org.inversesuite.airfoil.surrogate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.stream.IntStream;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;

/**
 * A forward surrogate of the solver as a multilayer perceptron: with the inputs
 * v = (A_U, A_L, α, log₁₀Re) standardised to u = (v − m) / s and the targets to
 * t = ((C_l, ln C_d) − μ) / σ,
 *
 * <pre>
 *   (Ĉ_l, ln Ĉ_d) = μ + σ ⊙ g_θ(u),   g_θ(u) = W_L h_{L−1} + b_L,   h_l = tanh(W_l h_{l−1} + b_l),  h_0 = u,
 *   (L/D)^ = Ĉ_l / Ĉ_d,   θ = argmin (1/n) Σ ‖g_θ(u_i) − t_i‖²   (Adam, cosine-decayed rate),
 * </pre>
 *
 * the forward network of Glaws et al. (2022, "Invertible neural networks for airfoil design",
 * AIAA J. 60(5)) trained on its own, in place of a polynomial response surface
 * ({@link ForwardSurrogate}). Tanh keeps the map smooth. It reuses the core's dense layers
 * ({@link Mlp}, float32, Vector API kernels) and {@link AdamW}.
 *
 * <p>{@link #fit} trains on the designs not held out (every tenth design is, as for the ridge
 * regression) and keeps that network: the held-out errors stored are those of the stored network.
 * The model file holds the recipe, the standardisations and the flat weight vector; {@link #version}
 * is the format version ({@link #FORMAT_VERSION}), so a file from a later format is refused with
 * a message rather than misread.
 *
 * @param version format version, {@link #FORMAT_VERSION}
 * @param recipe training steps, batch size, initial rate, hidden width and depth, seed
 * @param inputMean m, per input
 * @param inputScale s, per input
 * @param outputMean μ of (C_l, ln C_d)
 * @param outputScale σ of (C_l, ln C_d)
 * @param weights θ, the network's flat parameter vector
 * @param validationClError median held-out |ΔC_l|
 * @param validationLiftToDragError median held-out |Δ(L/D)| / (L/D)
 * @param fitSeconds wall time of the training
 */
public record MlpSurrogate(int version, NetworkRecipe recipe, double[] inputMean, double[] inputScale,
    double[] outputMean, double[] outputScale, double[] weights, double validationClError,
    double validationLiftToDragError, double fitSeconds) implements LiftDragSurrogate {

  /** The format this build writes and reads. */
  public static final int FORMAT_VERSION = 1;
  private static final Precision PRECISION = Precision.FLOAT32;

  /** Checks the version and that the arrays fit the recipe's network. */
  public MlpSurrogate {
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException("MLP surrogate has format version " + version + "; this build reads version "
          + FORMAT_VERSION + " (retrain with 'inverse airfoil train', or use --surrogate ridge)");
    }
    if (recipe == null || inputMean == null || inputScale == null || outputMean == null || outputScale == null
        || weights == null) {
      throw new IllegalArgumentException("MLP surrogate misses its recipe, standardisation or weights");
    }
    int expected = network(new Parameters(PRECISION), inputMean.length, recipe).parameterCount();
    if (inputScale.length != inputMean.length || outputMean.length != 2 || outputScale.length != 2
        || weights.length != expected) {
      throw new IllegalArgumentException("MLP surrogate of " + inputMean.length + " inputs and " + recipe.depth() + "x"
          + recipe.width() + " hidden units needs " + inputMean.length + " input scales, 2 output means and scales and "
          + expected + " weights, got " + inputScale.length + ", " + outputMean.length + ", " + outputScale.length
          + " and " + weights.length);
    }
  }

  /**
   * @return 2 x 128 tanh units, 6000 steps of 128 designs, initial rate 3e-3, seed 1: on the 3,924
   *     designs of docs/airfoil.md, held-out median L/D error 1.5 % (cubic ridge 5.1 %); a numpy
   *     prototype on the same split gave 1.6 % for this size and 1.9 % for 2 x 64 units and 4000 steps
   */
  public static NetworkRecipe defaultRecipe() {
    return new NetworkRecipe(6000, 128, 3e-3, 128, 2, 1);
  }

  /** Passes over the training designs that {@link #recipeFor} gives a large data set. */
  public static final int EPOCHS = 150;
  /** Fewest steps of {@link #recipeFor}: those of {@link #defaultRecipe()}. */
  public static final int MIN_STEPS = defaultRecipe().steps();
  /** Most steps of {@link #recipeFor}. */
  public static final int MAX_STEPS = 60000;

  /**
   * The default recipe with as many steps as {@link #EPOCHS} passes over the training designs
   * (nine in ten of {@code designs}) take, within [{@link #MIN_STEPS}, {@link #MAX_STEPS}]. With a
   * fixed 6,000 steps the surrogate saw each of 35,000 training designs 22 times and was
   * underfitted: on the 39,131 designs of docs/airfoil.md's 40,000-row set, held-out median
   * |ΔC_l| 0.0038 and |Δ(L/D)| 1.20 % with 6,000 steps, 0.0025 and 0.86 % with 40,000, while on
   * 3,920 designs 20,000 steps overfitted (0.0052 and 1.86 % against 0.0048 and 1.51 %); 150
   * passes leave a 4,000-row set at 6,000 steps (docs/airfoil.md, "Part 6 (sessions 21 and 22)").
   *
   * @param designs converged designs the surrogate is fitted on, held-out ones included
   */
  public static NetworkRecipe recipeFor(int designs) {
    NetworkRecipe base = defaultRecipe();
    double passes = (double) EPOCHS * SurrogateSamples.training(designs) / base.batchSize();
    int steps = (int) Math.max(MIN_STEPS, Math.min(MAX_STEPS, Math.ceil(passes)));
    return base.withSteps(steps);
  }

  /**
   * Trains the surrogate on the designs not held out.
   *
   * @param inputs one row per design: shape parameters, α (degrees), log₁₀Re
   * @param cl lift coefficient per design
   * @param cd drag coefficient per design, &gt; 0
   * @throws IllegalArgumentException for mismatched lengths, non-finite values, a non-positive
   *     drag, or fewer than 20 designs
   * @throws NonFiniteException if the training loss stops being finite
   */
  public static MlpSurrogate fit(double[][] inputs, double[] cl, double[] cd, NetworkRecipe recipe) {
    return fit(inputs, cl, cd, IntStream.range(0, inputs.length).toArray(), recipe);
  }

  /**
   * Trains the surrogate on rows that may share shapes (a data set of polars): every tenth shape is
   * held out with all its rows.
   *
   * @param shapes the shape of every row; the rows of one shape are adjacent
   * @see #fit(double[][], double[], double[], NetworkRecipe)
   */
  public static MlpSurrogate fit(double[][] inputs, double[] cl, double[] cd, int[] shapes, NetworkRecipe recipe) {
    long start = System.nanoTime();
    int n = inputs.length;
    if (n < 20) {
      throw new IllegalArgumentException("an MLP surrogate needs at least 20 designs (two held out), got " + n);
    }
    SurrogateSamples data = new SurrogateSamples(inputs, cl, cd, shapes);
    int d = data.dimension();
    int[] train = data.trainingRows();
    double[] outputMean = new double[2];
    double[] outputScale = new double[2];
    double[][] targets = {data.cl, data.logCd};
    for (int j = 0; j < 2; j++) {
      double s = 0;
      double s2 = 0;
      for (int i : train) {
        s += targets[j][i];
        s2 += targets[j][i] * targets[j][i];
      }
      outputMean[j] = s / train.length;
      double var = s2 / train.length - outputMean[j] * outputMean[j];
      outputScale[j] = var > 1e-24 ? Math.sqrt(var) : 1;
    }
    Rng root = new Rng(recipe.seed());
    Parameters parameters = new Parameters(PRECISION);
    Mlp net = network(parameters, d, recipe).mlp();
    parameters.initialise(root.stream("model"));
    Workspace ws = new Workspace(parameters, Kernels.FASTEST.create(PRECISION));
    AdamW adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    Rng batches = root.stream("batches");
    int b = recipe.batchSize();
    Matrix x = Matrix.zeros(PRECISION, b, d);
    Matrix y = Matrix.zeros(PRECISION, b, 2);
    Matrix dOut = Matrix.zeros(PRECISION, b, 2);
    for (int t = 0; t < recipe.steps(); t++) {
      for (int r = 0; r < b; r++) {
        int i = train[batches.nextInt(train.length)];
        for (int j = 0; j < d; j++) {
          x.set(r, j, (data.inputs[i][j] - data.mean[j]) / data.scale[j]);
        }
        for (int j = 0; j < 2; j++) {
          y.set(r, j, (targets[j][i] - outputMean[j]) / outputScale[j]);
        }
      }
      ws.zeroGradients();
      Matrix out = net.forward(x, ws);
      double loss = 0;
      for (int i = 0; i < out.size(); i++) {
        double e = out.get(i) - y.get(i);
        loss += e * e / b;
        dOut.set(i, 2 * e / b);
      }
      if (!Double.isFinite(loss)) {
        throw new NonFiniteException("MLP surrogate loss at step " + t, t, 0, loss);
      }
      net.backward(x, dOut, null, ws);
      adam.update(parameters.values(), ws.gradients(), recipe.learningRate(t));
    }
    double[] weights = new double[parameters.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = parameters.values().get(i);
    }
    double[][] predicted = predict(net, ws, inputs, data.mean, data.scale, outputMean, outputScale);
    double[] errors = data.heldOutErrors(predicted);
    return new MlpSurrogate(FORMAT_VERSION, recipe, data.mean, data.scale, outputMean, outputScale, weights,
        errors[0], errors[1], (System.nanoTime() - start) * 1e-9);
  }

  @JsonIgnore
  @Override
  public int inputs() {
    return inputMean.length;
  }

  @JsonIgnore
  @Override
  public SurrogateKind kind() {
    return SurrogateKind.MLP;
  }

  @Override
  public String description() {
    return "MLP " + recipe.depth() + "x" + recipe.width() + " tanh, " + recipe.steps() + " Adam steps";
  }

  @Override
  public double[][] predict(double[][] inputs) {
    for (double[] row : inputs) {
      if (row.length != inputMean.length) {
        throw new IllegalArgumentException("surrogate takes " + inputMean.length + " inputs, got " + row.length);
      }
    }
    Parameters parameters = new Parameters(PRECISION);
    Mlp net = network(parameters, inputMean.length, recipe).mlp();
    parameters.assign(Matrix.of(PRECISION, new double[][] {weights}));
    return predict(net, new Workspace(parameters, Kernels.FASTEST.create(PRECISION)), inputs, inputMean, inputScale,
        outputMean, outputScale);
  }

  private static double[][] predict(Mlp net, Workspace ws, double[][] inputs, double[] mean, double[] scale,
      double[] outputMean, double[] outputScale) {
    double[][] out = new double[inputs.length][];
    if (inputs.length == 0) {
      return out;
    }
    Matrix x = Matrix.zeros(PRECISION, inputs.length, mean.length);
    for (int i = 0; i < inputs.length; i++) {
      for (int j = 0; j < mean.length; j++) {
        x.set(i, j, (inputs[i][j] - mean[j]) / scale[j]);
      }
    }
    Matrix g = net.forward(x, ws);
    for (int i = 0; i < inputs.length; i++) {
      double l = outputMean[0] + outputScale[0] * g.get(i, 0);
      double logCd = outputMean[1] + outputScale[1] * g.get(i, 1);
      out[i] = new double[] {l, l / Math.exp(logCd)};
    }
    return out;
  }

  private record Network(Mlp mlp, int parameterCount) {}

  private static Network network(Parameters parameters, int inputs, NetworkRecipe recipe) {
    Mlp mlp = new Mlp(parameters, "surrogate", inputs, 2, MlpConfig.of(recipe.width(), recipe.depth(), Activation.TANH),
        OutputInit.UNIFORM);
    return new Network(mlp, parameters.size());
  }
}
