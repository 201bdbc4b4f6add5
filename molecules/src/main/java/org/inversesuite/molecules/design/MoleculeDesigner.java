package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A trained logP-conditioned molecule generator: a cINN z = f(x; y) from dequantised one-hot
 * SELFIES x ({@link SelfiesRepresentation}) to a standard-normal latent, conditioned on y =
 * logP (and optionally the weight). A design for a target y* is
 * \[ x = f^{-1}(z; y^*), \qquad z \sim \mathcal N(0, T^2 I), \]
 * decoded position by position into a SELFIES string, hence a valid molecule. The temperature
 * T &lt; 1 trades diversity for likelihood (Kingma and Dhariwal 2018, Glow, section 5). The
 * training molecules travel with the model, so novelty and the baselines need no other file.
 *
 * <p>Not safe for concurrent calls; close it to stop its threads.
 */
public final class MoleculeDesigner implements AutoCloseable {
  private static final int CHUNK = 256;
  private final Cinn cinn;
  private final SelfiesRepresentation representation;
  private final Condition condition;
  private final List<Example> training;
  private final RowParallel parallel;

  /**
   * @param cinn the trained flow with its normalisations
   * @param representation the encoding of x
   * @param condition what y holds
   * @param training the molecules it was trained on
   * @param threads threads used for sampling
   */
  public MoleculeDesigner(Cinn cinn, SelfiesRepresentation representation, Condition condition, List<Example> training,
      int threads) {
    this.cinn = Objects.requireNonNull(cinn, "cinn");
    this.representation = Objects.requireNonNull(representation, "representation");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.training = List.copyOf(training);
    if (cinn.dimension() != representation.dimension() || cinn.conditionDimension() != condition.dimension()) {
      throw new ShapeMismatchException("the flow maps " + cinn.dimension() + " columns given " + cinn.conditionDimension()
          + " conditions, the representation has " + representation.dimension() + " and the condition "
          + condition.dimension(), new int[] {representation.dimension(), condition.dimension()},
          new int[] {cinn.dimension(), cinn.conditionDimension()});
    }
    this.parallel = new RowParallel(cinn.flow().parameters(), threads, Kernels.FASTEST);
  }

  /** @return the flow and its normalisations */
  public Cinn cinn() {
    return cinn;
  }

  /** @return the encoding of x */
  public SelfiesRepresentation representation() {
    return representation;
  }

  /** @return what y holds */
  public Condition condition() {
    return condition;
  }

  /** @return the training molecules */
  public List<Example> training() {
    return training;
  }

  /**
   * @param target y*, one value per {@link Condition#names()} entry, finite
   * @param n number of designs, at least 1
   * @param temperature T, the latent's standard deviation, finite and ≥ 0; T = 0 gives n copies of the mode
   *     design f⁻¹(0; y*), the latent's most likely point
   * @return n SELFIES strings, each a valid molecule (possibly empty if every position decodes to padding)
   */
  public List<String> sample(double[] target, int n, double temperature, Rng rng) {
    List<String> out = new ArrayList<>(n);
    for (int[] row : sampleRows(target, n, temperature, rng)) {
      out.add(representation.alphabet().decode(row));
    }
    return out;
  }

  /**
   * As {@link #sample(double[], int, double, Rng)} (the same draws for the same stream), before the
   * padding is dropped: the alphabet index rows the designs decode to.
   *
   * @return n rows of {@link SelfiesRepresentation#width()} symbol indices
   */
  public List<int[]> sampleRows(double[] target, int n, double temperature, Rng rng) {
    if (target.length != condition.dimension()) {
      throw new IllegalArgumentException("the model is conditioned on " + condition.names() + " (" + condition.dimension()
          + " values), got " + target.length);
    }
    if (n < 1) {
      throw new IllegalArgumentException("number of molecules must be >= 1, got " + n);
    }
    if (!(temperature >= 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be a finite number >= 0, got " + temperature);
    }
    Matrix y = Matrix.zeros(Precision.FLOAT64, 1, target.length);
    for (int j = 0; j < target.length; j++) {
      y.set(j, target[j]);
    }
    NonFiniteException.check(y, "target " + condition.names());
    Matrix x = latentToX(y, n, temperature, rng);
    List<int[]> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      out.add(representation.decodeTokens(x, r));
    }
    return out;
  }

  private Matrix latentToX(Matrix target, int n, double temperature, Rng rng) {
    Flow flow = cinn.flow();
    Precision precision = flow.parameters().precision();
    int d = flow.dimension();
    int c = flow.conditionDimension();
    Matrix v1 = Matrix.zeros(precision, 1, c);
    cinn.yNormalization().apply(target, v1);
    Matrix v = Matrix.zeros(precision, n, c);
    for (int r = 0; r < n; r++) {
      v.copyRows(v1, 0, r, 1);
    }
    Matrix z = Matrix.zeros(precision, n, d);
    for (int i = 0; i < z.size(); i++) {
      z.set(i, temperature * rng.gaussian());
    }
    Matrix u = Matrix.zeros(precision, n, d);
    parallel.run(n, (ws, part, from, to) -> {
      for (int start = from; start < to; start += CHUNK) {
        int m = Math.min(CHUNK, to - start);
        Matrix zs = ws.buffer(this, 0, m, d);
        Matrix vs = ws.buffer(this, 1, m, c);
        Matrix us = ws.buffer(this, 2, m, d);
        zs.copyRows(z, start, 0, m);
        vs.copyRows(v, start, 0, m);
        flow.inverse(zs, vs, us, new double[m], ws);
        u.copyRows(us, 0, start, m);
      }
    });
    return cinn.xSpace().fromFlow(u);
  }

  @Override
  public void close() {
    parallel.close();
    cinn.close();
  }
}
