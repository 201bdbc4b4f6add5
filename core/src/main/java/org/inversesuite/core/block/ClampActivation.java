package org.inversesuite.core.block;

/**
 * Soft clamp of the raw log-scale ŝ of an affine coupling: {@code s = α·g(ŝ)}, bounded by about
 * α, so that exp(s) cannot overflow early in training. The members are FrEIA's
 * {@code clamp_activation} choices (Ardizzone et al., FrEIA, {@code _BaseCouplingBlock}).
 */
public enum ClampActivation {
  /**
   * {@code g(u) = 0.636·atan(u)}, FrEIA's default. The constant is FrEIA's literal 0.636 rather
   * than 2/π, so |s| &lt; 0.999 α and the slope at 0 is 0.636 α (1.27 for α = 2); we keep it to
   * reproduce FrEIA bit for bit. atan is {@link FdlibmAtan}: the same bits as {@link Math#atan}
   * without JDK 17's native call.
   */
  ATAN {
    @Override public double apply(double u) { return 0.636 * FdlibmAtan.atan(u); }
    @Override public double derivative(double u) { return 0.636 / (1 + u * u); }
  },
  /** {@code g(u) = tanh(u)}. */
  TANH {
    @Override public double apply(double u) { return Math.tanh(u); }
    @Override public double derivative(double u) { double t = Math.tanh(u); return 1 - t * t; }
  },
  /** {@code g(u) = 2(σ(u) − ½)}. */
  SIGMOID {
    @Override public double apply(double u) { return 2 / (1 + Math.exp(-u)) - 1; }
    @Override public double derivative(double u) { double sg = 1 / (1 + Math.exp(-u)); return 2 * sg * (1 - sg); }
  },
  /** No clamp: {@code s = ŝ} (α is ignored). Unstable for deep flows; for comparison only. */
  NONE {
    @Override public double apply(double u) { return u; }
    @Override public double derivative(double u) { return 1; }
  };

  /** @return g(u) */
  public abstract double apply(double u);

  /** @return g'(u) */
  public abstract double derivative(double u);

  /** @return s = α·g(u), or u for {@link #NONE} */
  public double scale(double u, double alpha) {
    return this == NONE ? u : alpha * apply(u);
  }

  /** @return ds/du */
  public double scaleDerivative(double u, double alpha) {
    return this == NONE ? 1 : alpha * derivative(u);
  }
}
