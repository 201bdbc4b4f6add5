package org.inversesuite.spark.infer;

import java.io.Serializable;
import java.util.List;

/**
 * A trained model as the executors receive it: the bytes of its {@code .inn} file (read with
 * {@link org.inversesuite.core.io.CinnStore}) and the names of its parameters and observations.
 *
 * @param bytes the model file
 * @param parameters names of x, in the model's order
 * @param observations names of y, in the model's order
 * @param source where the model came from, for the provenance
 */
public record ModelInfo(byte[] bytes, List<String> parameters, List<String> observations, String source)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Copies the name lists. */
  public ModelInfo {
    parameters = List.copyOf(parameters);
    observations = List.copyOf(observations);
  }
}
