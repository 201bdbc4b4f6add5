package org.inversesuite.molecules.design;

import java.util.Arrays;

/**
 * How the cINN is sampled for a target logP t: the condition it is asked for and the latent's
 * temperature, both set per target. Between knots t_1 &lt; … &lt; t_K both are linear in t; the
 * asked condition is interpolated as an offset,
 * \[ y(t) = t + o_k + (o_{k+1} - o_k)\,\lambda, \qquad o_k = a_k - t_k, \qquad \lambda = \frac{t - t_k}{t_{k+1} - t_k}, \]
 * and the temperature as T(t) = T_k + (T_{k+1} − T_k) λ. Outside the knots the end offset and the
 * end temperature are kept. The schedule is a sampling setting only; the model is unchanged.
 * It is chosen by {@code evaluation.ScheduleCalibration} on calibration targets and latent streams
 * of its own (Glow's temperature, Kingma and Dhariwal 2018, section 5, set per condition).
 *
 * @param knots calibration targets, strictly increasing and finite
 * @param asked the condition asked for at each knot, finite
 * @param temperatures the latent's standard deviation at each knot, finite and ≥ 0
 */
public record SamplingSchedule(double[] knots, double[] asked, double[] temperatures) {
  /** Validates and copies. */
  public SamplingSchedule {
    if (knots == null || asked == null || temperatures == null) {
      throw new IllegalArgumentException("a sampling schedule needs knots, asked and temperatures");
    }
    knots = knots.clone();
    asked = asked.clone();
    temperatures = temperatures.clone();
    if (knots.length == 0 || asked.length != knots.length || temperatures.length != knots.length) {
      throw new IllegalArgumentException("a sampling schedule needs as many asked values and temperatures as knots (at least one), got "
          + knots.length + " knots, " + asked.length + " asked, " + temperatures.length + " temperatures");
    }
    for (int k = 0; k < knots.length; k++) {
      if (!Double.isFinite(knots[k]) || !Double.isFinite(asked[k])) {
        throw new IllegalArgumentException("schedule knot " + k + ": target and asked logP must be finite, got " + knots[k]
            + " and " + asked[k]);
      }
      if (!(temperatures[k] >= 0) || Double.isInfinite(temperatures[k])) {
        throw new IllegalArgumentException("schedule knot " + k + ": temperature must be a finite number >= 0, got "
            + temperatures[k]);
      }
      if (k > 0 && !(knots[k] > knots[k - 1])) {
        throw new IllegalArgumentException("schedule knots must increase strictly, got " + knots[k - 1] + " then " + knots[k]);
      }
    }
  }

  /** @return the plain sampler: the target itself at temperature T everywhere */
  public static SamplingSchedule constant(double temperature) {
    return new SamplingSchedule(new double[] {0}, new double[] {0}, new double[] {temperature});
  }

  /** @return the condition to ask the flow for, for target t */
  public double asked(double t) {
    double[] offsets = new double[knots.length];
    for (int k = 0; k < knots.length; k++) {
      offsets[k] = asked[k] - knots[k];
    }
    return t + interpolate(offsets, t);
  }

  /** @return the latent temperature for target t */
  public double temperature(double t) {
    return interpolate(temperatures, t);
  }

  private double interpolate(double[] v, double t) {
    if (!Double.isFinite(t)) {
      throw new IllegalArgumentException("target logP must be finite, got " + t);
    }
    if (t <= knots[0]) {
      return v[0];
    }
    int last = knots.length - 1;
    if (t >= knots[last]) {
      return v[last];
    }
    int k = 0;
    while (knots[k + 1] < t) {
      k++;
    }
    double lambda = (t - knots[k]) / (knots[k + 1] - knots[k]);
    return v[k] + (v[k + 1] - v[k]) * lambda;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SamplingSchedule s && Arrays.equals(knots, s.knots) && Arrays.equals(asked, s.asked)
        && Arrays.equals(temperatures, s.temperatures);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(knots) * 31 + Arrays.hashCode(asked) * 7 + Arrays.hashCode(temperatures);
  }

  @Override
  public String toString() {
    return "SamplingSchedule{knots=" + Arrays.toString(knots) + ", asked=" + Arrays.toString(asked) + ", T="
        + Arrays.toString(temperatures) + "}";
  }
}
