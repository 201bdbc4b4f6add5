package org.inversesuite.astro.rv;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The latent distribution the RV posterior's draws start from, a post-hoc calibration of a trained flow
 * (docs/astro.md run 22b). A draw is x = f⁻¹(z; c) with, per flow column j,
 * \[ z_j = \tau_j\, g_j,\quad g_j \sim \mathcal N(0, 1) \qquad\text{or}\qquad
 *    z_j = \tau_j\, g_j \big/ \sqrt{V_j/\nu},\quad V_j \sim \chi^2_\nu \ (\text{Student-}t_\nu), \]
 * τ_j = {@code temperature} on the chosen columns (all when none are named) and 1 elsewhere; the same applies to
 * ν. τ = 1 with no ν is the N(0, I) the flow was trained with, and gives the same draws bit for bit. Sampling at a
 * temperature is standard for flows (Kingma &amp; Dhariwal 2018, "Glow", arXiv:1807.03039) and is the flow's form
 * of temperature scaling (Guo et al. 2017, "On calibration of modern neural networks", ICML): one number fitted
 * after training on held-out simulations. Independent Student-t marginals as a heavier-tailed base follow Jaini
 * et al. 2020 ("Tails of Lipschitz triangular flows", ICML). The χ² variate is 2 Γ(ν/2) by Marsaglia &amp; Tsang
 * 2000 (ACM TOMS 26, 363), with Γ(a) = Γ(a + 1) U^{1/a} for a &lt; 1.
 *
 * @param temperature τ &gt; 0, finite (absent: 1)
 * @param columns the flow columns τ and ν apply to, 0-based (absent or empty: all)
 * @param degreesOfFreedom ν &gt; 0 of a Student-t base on those columns (absent: Gaussian)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RvLatent(Double temperature, List<Integer> columns, Double degreesOfFreedom) {
  private static final List<String> FIELDS = List.of("temperature", "columns", "degreesOfFreedom");
  private static final RvLatent STANDARD = new RvLatent();

  /** Reads absent values as the trained N(0, I) and refuses values that are no distribution. */
  public RvLatent {
    temperature = temperature == null ? 1.0 : temperature;
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("sampling temperature must be a finite number > 0, got " + temperature);
    }
    columns = columns == null ? List.of() : List.copyOf(columns);
    for (int k = 0; k < columns.size(); k++) {
      if (columns.get(k) < 0 || columns.indexOf(columns.get(k)) != k) {
        throw new IllegalArgumentException("sampling temperature columns must be distinct indices >= 0, got "
            + columns);
      }
    }
    if (degreesOfFreedom != null && (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom))) {
      throw new IllegalArgumentException("latent degrees of freedom must be a finite number > 0, got "
          + degreesOfFreedom);
    }
  }

  /** N(0, I), what the flow was trained with (also what a model file or config without the field reads as). */
  public RvLatent() {
    this(null, null, null);
  }

  /**
   * Reads the JSON form, in which every field may be absent or null (the suite's mapper refuses missing creator
   * properties, and a Gaussian has no ν to write).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RvLatent fromJson(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("the sampling latent must be an object with " + FIELDS + ", got " + node);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "' in the sampling latent (known: " + FIELDS + ")");
      }
    }
    List<Integer> columns = null;
    if (node.hasNonNull("columns")) {
      columns = new ArrayList<>();
      for (JsonNode c : node.get("columns")) {
        if (!c.canConvertToInt() || !c.isIntegralNumber()) {
          throw new IllegalArgumentException("sampling temperature columns must be integers, got " + node.get("columns"));
        }
        columns.add(c.intValue());
      }
    }
    return new RvLatent(number(node, "temperature"), columns, number(node, "degreesOfFreedom"));
  }

  private static Double number(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      return null;
    }
    if (!node.get(field).isNumber()) {
      throw new IllegalArgumentException("sampling latent " + field + " must be a number, got " + node.get(field));
    }
    return node.get(field).doubleValue();
  }

  /** @return N(0, I), what the flow was trained with */
  public static RvLatent standard() {
    return STANDARD;
  }

  /** @return a Gaussian latent at temperature τ on every column */
  public static RvLatent temperature(double temperature) {
    return new RvLatent(temperature, null, null);
  }

  /** @return whether this is the trained N(0, I) */
  @JsonIgnore
  public boolean isStandard() {
    return temperature == 1.0 && degreesOfFreedom == null;
  }

  /** @return e.g. "N(0, I)", "temperature 1.1 on flow columns [0, 4], Student-t with ν = 5.0" */
  public String describe() {
    if (isStandard()) {
      return "N(0, I)";
    }
    return "temperature " + temperature + (columns.isEmpty() ? " on every flow column" : " on flow columns " + columns)
        + (degreesOfFreedom == null ? ", Gaussian" : ", Student-t with ν = " + degreesOfFreedom);
  }

  /** Refuses a column outside a flow of {@code width} columns. */
  public void requireWidth(int width) {
    for (int c : columns) {
      if (c >= width) {
        throw new IllegalArgumentException("sampling temperature column " + c + " is outside the flow's " + width
            + " columns (0 to " + (width - 1) + ")");
      }
    }
  }

  /**
   * @return n latents of a flow with {@code width} columns in float64, row after row; for N(0, I) one
   *     {@link Rng#gaussian()} per element in that order, as {@link org.inversesuite.core.infer.Cinn#sampleGivenCondition}
   *     draws them
   */
  public Matrix draw(int n, int width, Rng rng) {
    return draw(n, width, Precision.FLOAT64, rng);
  }

  /** @return {@link #draw(int, int, Rng)} stored in {@code precision} (the flow's, so that the cINN need not copy it) */
  public Matrix draw(int n, int width, Precision precision, Rng rng) {
    boolean[] on = new boolean[width];
    for (int j = 0; j < width; j++) {
      on[j] = columns.isEmpty() || columns.contains(j);
    }
    Matrix z = Matrix.zeros(precision, n, width);
    boolean gaussian = degreesOfFreedom == null;
    double t = temperature;
    for (int i = 0, j = 0; i < n * width; i++, j = j + 1 == width ? 0 : j + 1) {
      double g = rng.gaussian();
      if (on[j]) {
        g *= t;
        if (!gaussian) {
          g /= Math.sqrt(2 * gamma(degreesOfFreedom / 2, rng) / degreesOfFreedom);
        }
      }
      z.set(i, g);
    }
    return z;
  }

  /** @return a Γ(shape, 1) variate (Marsaglia &amp; Tsang 2000) */
  static double gamma(double shape, Rng rng) {
    if (shape < 1) {
      return gamma(shape + 1, rng) * Math.pow(1 - rng.uniform(), 1 / shape); // U in (0, 1]
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.gaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
