package org.inversesuite.core.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.tensor.Matrix;

/**
 * Outcome of a {@link RejectionAbc} run over m observations.
 *
 * <p>Immutable: matrices and arrays are copied on the way in and on the way out.
 *
 * @param samples accepted parameters per observation j, shape [k_j, dx], float64, in proposal
 *     order; k_j = min(target, accepted_j)
 * @param acceptedCounts accepted_j: how many of all proposals fell within the radius of y*_j,
 *     including those beyond the target that were not kept
 * @param proposals the number of prior proposals drawn
 * @param epsilon the acceptance radius ε of ‖f(x) − y*‖₂ &lt; ε
 * @param target the number of samples per observation that was asked for
 */
public record AbcResult(List<Matrix> samples, long[] acceptedCounts, long proposals, double epsilon, int target) {
  /** Checks the sizes agree and copies. */
  public AbcResult {
    if (samples.size() != acceptedCounts.length) {
      throw new IllegalArgumentException(samples.size() + " sample sets but " + acceptedCounts.length
          + " acceptance counts");
    }
    List<Matrix> copies = new ArrayList<>(samples.size());
    for (Matrix m : samples) {
      copies.add(m.copy());
    }
    samples = List.copyOf(copies);
    acceptedCounts = acceptedCounts.clone();
  }

  /** @return the number of observations m */
  public int observations() {
    return acceptedCounts.length;
  }

  /** @return copies of the accepted samples, one matrix per observation */
  @Override
  public List<Matrix> samples() {
    List<Matrix> out = new ArrayList<>(samples.size());
    for (Matrix m : samples) {
      out.add(m.copy());
    }
    return List.copyOf(out);
  }

  /** @return the kept samples of observation j, shape [k_j, dx] (a copy) */
  public Matrix samples(int j) {
    return samples.get(j).copy();
  }

  /** @return accepted_j for every j (a copy) */
  @Override
  public long[] acceptedCounts() {
    return acceptedCounts.clone();
  }

  /** @return the acceptance rate accepted_j / proposals of observation j (0 if nothing was proposed) */
  public double acceptanceRate(int j) {
    return proposals == 0 ? 0 : (double) acceptedCounts[j] / proposals;
  }

  /** @return true if every observation has {@code target} kept samples (the budget did not run out) */
  public boolean complete() {
    for (Matrix m : samples) {
      if (m.rows() < target) {
        return false;
      }
    }
    return true;
  }

  /** Equal if every field is equal, the samples element by element. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AbcResult r) || r.proposals != proposals || r.target != target
        || Double.compare(r.epsilon, epsilon) != 0 || !Arrays.equals(r.acceptedCounts, acceptedCounts)) {
      return false;
    }
    for (int j = 0; j < samples.size(); j++) {
      Matrix a = samples.get(j);
      Matrix b = r.samples.get(j);
      if (a.rows() != b.rows() || a.cols() != b.cols() || a.precision() != b.precision()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (Double.compare(a.get(i), b.get(i)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(acceptedCounts), proposals, epsilon, target);
  }

  @Override
  public String toString() {
    return "AbcResult[observations=" + observations() + ", proposals=" + proposals + ", epsilon=" + epsilon
        + ", target=" + target + ", acceptedCounts=" + Arrays.toString(acceptedCounts) + "]";
  }
}
