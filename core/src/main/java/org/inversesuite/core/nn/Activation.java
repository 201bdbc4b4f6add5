package org.inversesuite.core.nn;

/**
 * Element-wise activation of a hidden layer. Every member has a derivative that can be
 * computed from its <em>output</em> {@code y = a(u)}, so the backward pass needs to keep only
 * the layer outputs.
 */
public enum Activation {
  /** {@code a(u) = max(0, u)}; {@code a' = 1[y > 0]}. */
  RELU {
    @Override public double apply(double u) { return u > 0 ? u : 0; }
    @Override public double derivativeFromOutput(double y) { return y > 0 ? 1 : 0; }
  },
  /** {@code a(u) = u} for u &gt; 0, {@code 0.01 u} otherwise. */
  LEAKY_RELU {
    @Override public double apply(double u) { return u > 0 ? u : 0.01 * u; }
    @Override public double derivativeFromOutput(double y) { return y > 0 ? 1 : 0.01; }
  },
  /** {@code a(u) = tanh(u)}; {@code a' = 1 - y^2}. */
  TANH {
    @Override public double apply(double u) { return Math.tanh(u); }
    @Override public double derivativeFromOutput(double y) { return 1 - y * y; }
  },
  /** {@code a(u) = u} for u &gt; 0, {@code exp(u) - 1} otherwise; {@code a' = y + 1} for y &le; 0. */
  ELU {
    @Override public double apply(double u) { return u > 0 ? u : Math.expm1(u); }
    @Override public double derivativeFromOutput(double y) { return y > 0 ? 1 : y + 1; }
  },
  /** {@code a(u) = u}: the output layer. */
  IDENTITY {
    @Override public double apply(double u) { return u; }
    @Override public double derivativeFromOutput(double y) { return 1; }
  };

  /** @return a(u) */
  public abstract double apply(double u);

  /** @return a'(u) written as a function of y = a(u) */
  public abstract double derivativeFromOutput(double y);
}
