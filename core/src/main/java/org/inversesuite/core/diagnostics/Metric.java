package org.inversesuite.core.diagnostics;

/**
 * A pure diagnostic of some evidence (BayesFlow's metric style): it computes numbers, never
 * plots or prints, and does not change its input.
 *
 * @param <E> the evidence type, e.g. {@link PosteriorEvidence} or {@link SamplePair}
 */
public interface Metric<E> {
  /** @return the stable snake_case name of the metric, the {@link MetricResult#name()} */
  String name();

  /** @return the metric evaluated on {@code evidence} */
  MetricResult evaluate(E evidence);
}
