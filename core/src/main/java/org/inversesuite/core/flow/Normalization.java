package org.inversesuite.core.flow;

/** Whether x and y are standardised before the flow sees them. */
public enum Normalization {
  /** Per-column mean and standard deviation, fitted on simulated or training data and stored with the model. */
  STANDARDIZE,
  /** Raw values (the inverse-kinematics reference trains on raw values). */
  NONE
}
