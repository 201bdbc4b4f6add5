package org.inversesuite.molecules.design;

/**
 * The logP cycle term of {@link AidedTrainer}. Pure data. Every {@code interval} steps, m = {@code rows}
 * designs x̂_r = f⁻¹(z_r; y_r) are drawn for the first m conditions of the batch, z_r ~ N(0, I), and
 * \[ L_{cycle} = \frac{\mu}{m} \sum_r \big(g(\hat x_r) - \mathrm{logP}_r\big)^2 \]
 * is added, with g a differentiable surrogate ({@link SoftRidgeLogP} for the quantile encoding,
 * {@link SoftLengthRidgeLogP} for the explicit-length one); its parameter gradient goes back through
 * the inverse pass (core's {@code InverseBackprop}: the explicit chain rule of the couplings'
 * inverse, or implicit differentiation for other blocks).
 *
 * @param weight μ (0: no cycle term)
 * @param rows m, designs per cycle step
 * @param interval steps between cycle steps (1: every step)
 * @param tau τ of the surrogate's soft steps, in logit units
 * @param context the surrogate's symbol context: 1 for symbol counts only, 2 for adjacent symbol pairs
 *     ({@link SoftLengthPairLogP}), 3 for contiguous triples ({@link SoftLengthNgramLogP}); 2 and 3 need
 *     the explicit-length encoding
 */
public record LogPCycle(double weight, int rows, int interval, double tau, int context) {
  /** No cycle term. */
  public static final LogPCycle NONE = new LogPCycle(0, 1, 1, 1);

  /** With the symbol-count surrogate. */
  public LogPCycle(double weight, int rows, int interval, double tau) {
    this(weight, rows, interval, tau, 1);
  }

  /** With symbol counts (pairs false) or the pair surrogate (pairs true). */
  public LogPCycle(double weight, int rows, int interval, double tau, boolean pairs) {
    this(weight, rows, interval, tau, pairs ? 2 : 1);
  }

  /** Validates the values; messages name the field. */
  public LogPCycle {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("cycle weight must be a finite number >= 0, got " + weight);
    }
    if (rows < 1 || interval < 1) {
      throw new IllegalArgumentException("cycle rows and interval must be >= 1, got " + rows + " and " + interval);
    }
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("cycle tau must be positive, got " + tau);
    }
    if (context < 1 || context > 3) {
      throw new IllegalArgumentException("cycle context must be 1 (symbols), 2 (pairs) or 3 (triples), got " + context);
    }
  }

  /** @return true for the pair surrogate */
  public boolean pairs() {
    return context == 2;
  }

  /** @return true when the term is used */
  public boolean active() {
    return weight > 0;
  }
}
