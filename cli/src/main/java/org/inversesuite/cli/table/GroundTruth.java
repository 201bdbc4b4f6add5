package org.inversesuite.cli.table;

import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.tensor.Matrix;

/**
 * The rejection-ABC ground truth of one task: the test observations and the 2S accepted samples
 * of each (the first S are the truth, the other S the reference row).
 *
 * @param provenance the settings it was computed with
 * @param observations y*_j, shape [N, dy]
 * @param abc the accepted samples and counts
 * @param seconds wall time of the ABC run that produced it
 */
public record GroundTruth(GroundTruthProvenance provenance, Matrix observations, AbcResult abc, double seconds) {
  /** Checks that the observation count agrees. */
  public GroundTruth {
    if (observations.rows() != abc.observations() || observations.rows() != provenance.observations()) {
      throw new IllegalArgumentException("ground truth of " + provenance.task() + ": " + observations.rows()
          + " observations, " + abc.observations() + " ABC sample sets, provenance says " + provenance.observations());
    }
  }
}
