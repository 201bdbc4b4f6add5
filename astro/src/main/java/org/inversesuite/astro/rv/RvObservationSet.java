package org.inversesuite.astro.rv;

import java.util.Arrays;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * One system's radial-velocity measurements: a variable-length set of triples
 * (t_i, v_i, σ_i), i = 1..n, the input of a permutation-invariant (DeepSet) summary network.
 *
 * <p>Times are in days (any time system, e.g. BJD or days since a reference epoch), velocities
 * and error bars in m/s. The compact constructor copies the arrays and checks: equal lengths,
 * n ≥ 1, every value finite, every σ_i &gt; 0, and times strictly increasing (a duplicate or
 * out-of-order time is refused, naming both indices). The accessors return copies; use the
 * indexed accessors in loops. Equality is by value.
 *
 * @param times t_i in days, strictly increasing
 * @param velocities v_i in m/s
 * @param errors σ_i in m/s, each &gt; 0
 */
public record RvObservationSet(double[] times, double[] velocities, double[] errors) {

  /** Copies and checks (see the class comment). */
  public RvObservationSet {
    if (velocities.length != times.length || errors.length != times.length) {
      throw new IllegalArgumentException("times, velocities and errors must have equal length, got "
          + times.length + ", " + velocities.length + " and " + errors.length);
    }
    if (times.length == 0) {
      throw new IllegalArgumentException("an observation set needs at least one measurement, got 0");
    }
    times = times.clone();
    velocities = velocities.clone();
    errors = errors.clone();
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(times[i]) || !Double.isFinite(velocities[i]) || !Double.isFinite(errors[i])) {
        throw new IllegalArgumentException("measurement " + i + " is not finite: t=" + times[i] + ", v="
            + velocities[i] + ", sigma=" + errors[i]);
      }
      if (!(errors[i] > 0)) {
        throw new IllegalArgumentException("measurement " + i + ": error bar must be > 0, got " + errors[i]);
      }
      if (i > 0 && !(times[i] > times[i - 1])) {
        throw new IllegalArgumentException("times must increase strictly: t[" + i + "]=" + times[i]
            + (times[i] == times[i - 1] ? " repeats" : " is before") + " t[" + (i - 1) + "]=" + times[i - 1]);
      }
    }
  }

  /** @return the number of measurements n */
  public int size() {
    return times.length;
  }

  /** @return t_i */
  public double time(int i) {
    return times[i];
  }

  /** @return v_i */
  public double velocity(int i) {
    return velocities[i];
  }

  /** @return σ_i */
  public double error(int i) {
    return errors[i];
  }

  /** @return a copy of the times */
  @Override
  public double[] times() {
    return times.clone();
  }

  /** @return a copy of the velocities */
  @Override
  public double[] velocities() {
    return velocities.clone();
  }

  /** @return a copy of the error bars */
  @Override
  public double[] errors() {
    return errors.clone();
  }

  /** @return the set as a matrix of shape [n, 3], rows (t_i, v_i, σ_i), float64: one set element per row */
  public Matrix toMatrix() {
    double[] out = new double[3 * times.length];
    for (int i = 0; i < times.length; i++) {
      out[3 * i] = times[i];
      out[3 * i + 1] = velocities[i];
      out[3 * i + 2] = errors[i];
    }
    return new DoubleMatrix(times.length, 3, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RvObservationSet other && Arrays.equals(times, other.times)
        && Arrays.equals(velocities, other.velocities) && Arrays.equals(errors, other.errors);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(times) + Arrays.hashCode(velocities)) + Arrays.hashCode(errors);
  }

  @Override
  public String toString() {
    return "RvObservationSet[n=" + times.length + ", t=[" + times[0] + " .. " + times[times.length - 1] + "]]";
  }
}
