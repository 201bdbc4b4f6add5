package org.inversesuite.airfoil.surrogate;

/** The forward surrogates the screened search can order proposals by. */
public enum SurrogateKind {
  /** Polynomial ridge regression ({@link ForwardSurrogate}), stored under "surrogate" since model files had one. */
  RIDGE("surrogate"),
  /** Multilayer perceptron ({@link MlpSurrogate}), stored under "mlpSurrogate". */
  MLP("mlpSurrogate");

  private final String metadataKey;

  SurrogateKind(String metadataKey) {
    this.metadataKey = metadataKey;
  }

  /** @return the key of this surrogate in a model file's run metadata */
  public String metadataKey() {
    return metadataKey;
  }
}
