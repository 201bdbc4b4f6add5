package org.inversesuite.astro.rv;

/**
 * The coordinate in which the RV cINN learns the period. The data-dependent ones are centred on
 * the highest peak P̂(y) of the set's periodogram ({@link PeriodReference}); each is, for a fixed
 * observation y, a smooth bijection of P, so samples of u map back to samples of P exactly and
 * the density of P follows by one derivative:
 * \[ \log q(P \mid y) = \log q(u(P, y) \mid y) + \log |\partial u / \partial P| . \]
 * The prior needs no change: the flow learns p(u | y) from simulated pairs (P, y) mapped to
 * (u(P, y), y).
 * <ul>
 *   <li>{@link #PRIOR}: the prior's box coordinate, logit((P − P_min)/(P_max − P_min)), the same
 *       for every y (what models without this setting use);</li>
 *   <li>{@link #PEAK_SHIFT}: \( u = \ln P - \ln \hat P(y) \), unit Jacobian in ln P: the flow
 *       learns a narrow distribution near 0, with aliases at \( \pm\ln 2, \pm\ln k, \dots \);</li>
 *   <li>{@link #PEAK_ASINH}: \( u = \operatorname{asinh}\bigl((\ln P - \ln \hat P(y))/w(y)\bigr) \)
 *       with the peak's width \( w = \hat P / T \) in ln P (a periodogram peak is ~1/T wide in
 *       frequency, and δ ln P = P δf), so the main mode is O(1) wide for every P̂ and T; the
 *       asinh keeps far aliases at O(ln(2T/w)) instead of the ~10⁴ peak widths of a linear scale,
 *       which would make the column's standardisation meaningless. Derivative
 *       \( \partial u/\partial P = 1/(P\,w\sqrt{1 + s^2}) \), s = (ln P − ln P̂)/w.</li>
 *   <li>{@link #PEAK_BLEND}: with Δ = ln P − ln P̂(y),
 *       \( u = \Delta / W + a \operatorname{asinh}(\Delta / w) \), W = {@value #BLEND_FAR_SCALE} (ln P units),
 *       a = {@value #BLEND_ZOOM}: near the peak the asinh term zooms (slope ≈ a/w, the main mode O(a)
 *       wide, as {@link #PEAK_ASINH}); far from it u grows linearly in ln P (slope 1/W), so
 *       periods far from P̂ keep the room the prior gives them. Under {@link #PEAK_ASINH} alone the
 *       prior's mass away from the peak is squeezed against the edges of u (density ∝ cosh u: half
 *       the prior beyond ~30 d lies in the last ~0.7 of u for a short-period peak), which a
 *       Gaussian-latent flow reaches badly: measured as too few draws at long periods when
 *       P̂ is the wrong peak (docs/astro.md, part 4, calibration). Strictly increasing in Δ;
 *       the inverse is a safeguarded Halley solve (bracket [0, W u]), and
 *       \( \partial u/\partial P = (1/W + a/(w\sqrt{1 + s^2}))/P \).</li>
 *   <li>{@link #PEAK_BLEND_SOFT}: the same blend with a weaker zoom a = {@value #SOFT_ZOOM}. Since the
 *       column is standardised, only the product aW matters. The zoom stretches the few per cent of
 *       the prior's ln P within ~10 % of P̂ over ±2a asinh(0.1/w) of u (±2.2 at a = 0.5 for a 5-d
 *       peak over 2000 d), so for a target whose peak is noise the prior-like posterior of u has a
 *       hole of low density in its middle, which a Gaussian-latent flow fills with draws near P̂
 *       instead of reaching the far periods; a weaker zoom shrinks the hole at the price of a
 *       narrower main mode in u (docs/astro.md, run 15).</li>
 *   <li>{@link #PEAK_BLEND_HARMONIC}: {@link #PEAK_BLEND}'s u, centred on the two-harmonic periodogram's
 *       highest peak instead of the GLS one when the two-harmonic fit explains more of the variance than a
 *       sinusoid can (an F test, {@link PeriodReference#preferringHarmonic}); needs the two-harmonic features
 *       (harmonics 2). Run 18 found that for eccentric, high-S/N orbits the truth P often lies at the
 *       two-harmonic peak, far from the GLS peak where {@link #PEAK_BLEND} zooms, so the flow's resolution
 *       sat on the wrong peak (docs/astro.md, runs 18 and 19).</li>
 *   <li>{@link #PEAK_BLEND_MULTI}: {@link #PEAK_BLEND_HARMONIC}'s u plus a weaker zoom at every further candidate
 *       period P_k of {@link PeriodReference#withCandidates} (the GLS highest peak and the two-harmonic peaks):
 *       \( u = \Delta/W + a \operatorname{asinh}(\Delta/w) + b \sum_k \operatorname{asinh}(\Delta_k/w_k) \),
 *       Δ_k = ln P − ln P_k, w_k = P_k/T_y, b = {@value #SECONDARY_ZOOM}. Every term increases with P, so u is a
 *       bijection; \( \partial u/\partial P = (1/W + a/(w\sqrt{1+s^2}) + b\sum_k 1/(w_k\sqrt{1+s_k^2}))/P \).
 *       A mode at a candidate peak other than the centre is then O(b) wide in u instead of the
 *       ~P_k/T_y of the far field: run 20 found most off-centre misses of {@link #PEAK_BLEND_HARMONIC} at such
 *       peaks (docs/astro.md). Measured worse there (one seed): the flow did not move mass to the truth's secondary
 *       peak and lost half of its mass at the centre to a broad spread (P far outside the SBC band); note that the
 *       secondary terms move the centre off u = 0 by a y-dependent b Σ_k asinh((ln P̂ − ln P_k)/w_k). Kept as a
 *       setting, not recommended.</li>
 *   <li>{@link #PEAK_BLEND_MULTI_CENTRED}: {@link #PEAK_BLEND_MULTI}'s u minus its value at the centre,
 *       \( u = \Delta/W + a \operatorname{asinh}(\Delta/w) + b \sum_k [\operatorname{asinh}(\Delta_k/w_k)
 *       - \operatorname{asinh}(\Delta_k^0/w_k)] \), Δ_k⁰ = ln P̂ − ln P_k, so the centre stays at u = 0 for every y as
 *       under the one-zoom coordinates (same derivative as {@link #PEAK_BLEND_MULTI}; docs/astro.md run 20). Measured
 *       there (one seed): the main mode as sharp as {@link #PEAK_BLEND_HARMONIC}'s, the secondary zooms ignored by the
 *       flow, P's tails unchanged; not recommended.</li>
 *   <li>{@link #PEAK_MIXTURE}: a discrete mixture over the candidate periods of {@link PeriodReference#withCandidates}
 *       ({@link PeriodSlots}): slot 0 is {@link #PEAK_BLEND_HARMONIC}'s u (this enum's maps are slot 0's), slot k &ge; 1
 *       the window of one peak width around candidate k, u = atanh((ln P − ln P_k)/w_k); a classifier
 *       ({@link SlotClassifier}) gives π_k(y), and the flow, conditioned on y and the slot, q(u | y, k). Run 20 found
 *       the off-centre misses of {@link #PEAK_BLEND_HARMONIC} mostly at such candidates, where no continuous coordinate
 *       routed mass (docs/astro.md, runs 20 and 22).</li>
 * </ul>
 */
public enum PeriodCoordinate {
  /** The prior's box coordinate of P (independent of y); what an absent setting reads as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  PRIOR,
  /** u = ln P − ln P̂(y). */
  PEAK_SHIFT,
  /** u = asinh((ln P − ln P̂(y)) / w(y)), w = P̂/T. */
  PEAK_ASINH,
  /** u = Δ/W + a asinh(Δ/w), Δ = ln P − ln P̂(y): the asinh zoom near the peak, linear in ln P far from it. */
  PEAK_BLEND,
  /** {@link #PEAK_BLEND} with the weaker zoom a = {@value #SOFT_ZOOM}. */
  PEAK_BLEND_SOFT,
  /** {@link #PEAK_BLEND} centred on {@link PeriodReference#preferringHarmonic}'s peak. */
  PEAK_BLEND_HARMONIC,
  /** {@link #PEAK_BLEND_HARMONIC} with further zooms of weight b at {@link PeriodReference#withCandidates}. */
  PEAK_BLEND_MULTI,
  /** {@link #PEAK_BLEND_MULTI} shifted so that the centre is at u = 0. */
  PEAK_BLEND_MULTI_CENTRED,
  /** A mixture over the candidate periods: slot 0 in {@link #PEAK_BLEND_HARMONIC}'s u, the others in windows. */
  PEAK_MIXTURE;

  /** W of {@link #PEAK_BLEND}: the far field's scale in ln P. */
  public static final double BLEND_FAR_SCALE = 1.0;
  /** a of {@link #PEAK_BLEND}: the weight of the asinh zoom. */
  public static final double BLEND_ZOOM = 0.5;
  /** a of {@link #PEAK_BLEND_SOFT}. */
  public static final double SOFT_ZOOM = 0.2;
  /** b of {@link #PEAK_BLEND_MULTI}: the weight of each secondary zoom. */
  public static final double SECONDARY_ZOOM = 0.25;

  /** @return true if the coordinate depends on the data's periodogram peak */
  public boolean centred() {
    return this != PRIOR;
  }

  /**
   * @param encoding the encoding of y
   * @return null if this coordinate can be read from that encoding, else a one-line reason
   */
  public String unreadableFrom(RvSetEncoding encoding) {
    if (centred() && encoding.periodogram() == null) {
      return "the period coordinate " + this + " needs periodogram features";
    }
    if (needsHarmonics() && encoding.periodogram().harmonics() != 2) {
      return "the period coordinate " + this + " needs the two-harmonic periodogram features (harmonics 2)";
    }
    return null;
  }

  /** @return true if the coordinate reads the two-harmonic periodogram's summary (harmonics 2) */
  public boolean needsHarmonics() {
    return this == PEAK_BLEND_HARMONIC || this == PEAK_BLEND_MULTI || this == PEAK_BLEND_MULTI_CENTRED
        || this == PEAK_MIXTURE;
  }

  /** @return true for {@link #PEAK_MIXTURE}, whose flow is conditioned on a slot and needs a {@link SlotClassifier} */
  public boolean mixture() {
    return this == PEAK_MIXTURE;
  }

  /**
   * @param y one encoded observation
   * @param encoding its encoding (with periodogram features; with the two-harmonic ones if {@link #needsHarmonics()})
   * @return the centre and width (and the secondary zooms of {@link #PEAK_BLEND_MULTI}) of this coordinate for y
   */
  public PeriodReference reference(double[] y, RvSetEncoding encoding) {
    return switch (this) {
      case PEAK_BLEND_HARMONIC -> PeriodReference.preferringHarmonic(y, encoding);
      case PEAK_BLEND_MULTI, PEAK_BLEND_MULTI_CENTRED, PEAK_MIXTURE -> PeriodReference.withCandidates(y, encoding);
      default -> PeriodReference.of(y, encoding);
    };
  }

  /**
   * @param period P in days, &gt; 0
   * @param reference P̂ and w of the observation
   * @return u(P, y)
   */
  public double forward(double period, PeriodReference reference) {
    double s = Math.log(period) - Math.log(reference.period());
    return switch (this) {
      case PRIOR -> throw new IllegalStateException("the prior's coordinate is the flow's box transform");
      case PEAK_SHIFT -> s;
      case PEAK_ASINH -> asinh(s / reference.width());
      case PEAK_BLEND, PEAK_BLEND_SOFT, PEAK_BLEND_HARMONIC, PEAK_MIXTURE -> blend(s, reference.width(), zoom());
      case PEAK_BLEND_MULTI -> blend(s, reference.width(), zoom()) + secondary(Math.log(period), reference);
      case PEAK_BLEND_MULTI_CENTRED -> blend(s, reference.width(), zoom()) + secondary(Math.log(period), reference)
          - secondary(Math.log(reference.period()), reference);
    };
  }

  /** @return P(u, y), the inverse of {@link #forward} */
  public double inverse(double u, PeriodReference reference) {
    double s = switch (this) {
      case PRIOR -> throw new IllegalStateException("the prior's coordinate is the flow's box transform");
      case PEAK_SHIFT -> u;
      case PEAK_ASINH -> reference.width() * Math.sinh(u);
      case PEAK_BLEND, PEAK_BLEND_SOFT, PEAK_BLEND_HARMONIC, PEAK_MIXTURE -> unblend(u, reference.width(), zoom());
      case PEAK_BLEND_MULTI -> reference.secondary().isEmpty() ? unblend(u, reference.width(), zoom())
          : unblendMulti(u, reference);
      case PEAK_BLEND_MULTI_CENTRED -> reference.secondary().isEmpty() ? unblend(u, reference.width(), zoom())
          : unblendMulti(u + secondary(Math.log(reference.period()), reference), reference);
    };
    return reference.period() * Math.exp(s);
  }

  /**
   * period[i] = {@link #inverse}(u[i], reference) for i &lt; n, for many draws of one observation: the blend's
   * solve over the vector lanes ({@link LaneBlendInverse}; within the solve's tolerance of the scalar one, not the
   * same bits), the other coordinates one at a time. u and period may be the same array.
   */
  public void inverse(double[] u, double[] period, int n, PeriodReference reference) {
    boolean lanes = switch (this) {
      case PEAK_BLEND, PEAK_BLEND_SOFT, PEAK_BLEND_HARMONIC, PEAK_MIXTURE -> true;
      case PEAK_BLEND_MULTI, PEAK_BLEND_MULTI_CENTRED -> reference.secondary().isEmpty();
      default -> false;
    };
    if (!lanes) {
      for (int i = 0; i < n; i++) {
        period[i] = inverse(u[i], reference);
      }
      return;
    }
    LaneBlendInverse.unblend(u, period, n, reference.width(), zoom());
    for (int i = 0; i < n; i++) {
      period[i] = reference.period() * Math.exp(period[i]);
    }
  }

  /**
   * {@link #inverse(double[], double[], int, PeriodReference)} (the same bits in {@code period}), and ln P of every
   * draw: for the blends P = P̂ exp(s) with s the solve's offset, so ln P = ln P̂ + s is kept instead of a logarithm of
   * the P just exponentiated (a few units in the last place from ln(P); docs/astro.md run 26); the other
   * coordinates take ln(P).
   *
   * @param logPeriod ln P of every draw, written for i &lt; n (not u's or period's array)
   */
  public void inverse(double[] u, double[] period, double[] logPeriod, int n, PeriodReference reference) {
    boolean lanes = switch (this) {
      case PEAK_BLEND, PEAK_BLEND_SOFT, PEAK_BLEND_HARMONIC, PEAK_MIXTURE -> true;
      default -> false;
    };
    if (!lanes) {
      inverse(u, period, n, reference);
      for (int i = 0; i < n; i++) {
        logPeriod[i] = Math.log(period[i]);
      }
      return;
    }
    LaneBlendInverse.unblend(u, period, n, reference.width(), zoom());
    double lnP = Math.log(reference.period());
    for (int i = 0; i < n; i++) {
      double s = period[i];
      period[i] = reference.period() * Math.exp(s);
      logPeriod[i] = lnP + s;
    }
  }

  /** @return log |∂u/∂P| at P */
  public double logDerivative(double period, PeriodReference reference) {
    double logP = Math.log(period);
    return switch (this) {
      case PRIOR -> throw new IllegalStateException("the prior's coordinate is the flow's box transform");
      case PEAK_SHIFT -> -logP;
      case PEAK_ASINH -> {
        double s = (logP - Math.log(reference.period())) / reference.width();
        yield -logP - Math.log(reference.width()) - 0.5 * Math.log1p(s * s);
      }
      case PEAK_BLEND, PEAK_BLEND_SOFT, PEAK_BLEND_HARMONIC, PEAK_BLEND_MULTI, PEAK_BLEND_MULTI_CENTRED, PEAK_MIXTURE -> {
        double s = (logP - Math.log(reference.period())) / reference.width();
        double slope = 1 / BLEND_FAR_SCALE + zoom() / (reference.width() * Math.sqrt(1 + s * s));
        boolean multi = this == PEAK_BLEND_MULTI || this == PEAK_BLEND_MULTI_CENTRED;
        yield -logP + Math.log(multi ? slope + secondarySlope(logP, reference) : slope);
      }
    };
  }

  /** @return a, the weight of the blend's asinh zoom (0 for the other coordinates) */
  public double zoom() {
    return switch (this) {
      case PEAK_BLEND, PEAK_BLEND_HARMONIC, PEAK_BLEND_MULTI, PEAK_BLEND_MULTI_CENTRED, PEAK_MIXTURE -> BLEND_ZOOM;
      case PEAK_BLEND_SOFT -> SOFT_ZOOM;
      default -> 0;
    };
  }

  /** @return b Σ_k asinh((ln P − ln P_k)/w_k), w_k = w P_k / P̂ */
  private static double secondary(double logP, PeriodReference reference) {
    double sum = 0;
    double span = reference.period() / reference.width();
    for (double p : reference.secondary()) {
      sum += asinh((logP - Math.log(p)) * span / p);
    }
    return SECONDARY_ZOOM * sum;
  }

  /** @return ∂/∂ ln P of {@link #secondary}: b Σ_k 1/(w_k √(1 + s_k²)) */
  private static double secondarySlope(double logP, PeriodReference reference) {
    double sum = 0;
    double span = reference.period() / reference.width();
    for (double p : reference.secondary()) {
      double width = p / span;
      double s = (logP - Math.log(p)) / width;
      sum += 1 / (width * Math.sqrt(1 + s * s));
    }
    return SECONDARY_ZOOM * sum;
  }

  /**
   * @return Δ = ln P − ln P̂ with {@link #forward} = u for {@link #PEAK_BLEND_MULTI}: u(Δ) increases strictly,
   *     and |u(Δ) − Δ/W| is at most Σ (zoom weight) asinh((|Δ| + |ln P̂ − ln P_k|)/w_k), so the bracket below
   *     is widened until it holds u; then Newton steps kept inside it (bisection otherwise)
   */
  private static double unblendMulti(double u, PeriodReference reference) {
    double centre = Math.log(reference.period());
    java.util.function.DoubleUnaryOperator f = d -> blend(d, reference.width(), BLEND_ZOOM)
        + secondary(centre + d, reference) - u;
    double lo = -1;
    double hi = 1;
    while (f.applyAsDouble(lo) > 0) {
      lo *= 2;
    }
    while (f.applyAsDouble(hi) < 0) {
      hi *= 2;
    }
    double d = 0.5 * (lo + hi);
    double lastStep = hi - lo;
    for (int i = 0; i < 400; i++) {
      double v = f.applyAsDouble(d);
      if (v == 0) {
        return d;
      }
      if (v < 0) {
        lo = d;
      } else {
        hi = d;
      }
      double s = d / reference.width();
      double slope = 1 / BLEND_FAR_SCALE + BLEND_ZOOM / (reference.width() * Math.sqrt(1 + s * s))
          + secondarySlope(centre + d, reference);
      double next = d - v / slope;
      // bisect when Newton leaves the bracket or does not halve the step (it can bounce across a narrow zoom's
      // steep rise, Numerical Recipes' rtsafe rule)
      if (!(next > lo && next < hi) || Math.abs(next - d) > 0.5 * lastStep) {
        next = 0.5 * (lo + hi);
      }
      lastStep = Math.abs(next - d);
      if (Math.abs(next - d) <= 1e-15 * Math.max(1e-300, Math.abs(d)) || hi - lo <= 1e-15 * Math.max(1, Math.abs(hi))) {
        return next;
      }
      d = next;
    }
    return d;
  }

  private static double blend(double delta, double width, double zoom) {
    return delta / BLEND_FAR_SCALE + zoom * asinh(delta / width);
  }

  /**
   * @return Δ with blend(Δ, w) = u: Halley steps (Halley 1694; cubic convergence, about 3.7 steps per draw
   *     instead of Newton's 6 at the RV widths, docs/astro.md run 20) kept inside a shrinking bracket (bisection
   *     otherwise), from the linearisation at 0. With v = Δ/w and f = blend − u: f' = 1/W + a/(w√(1 + v²)),
   *     f'' = −a v/(w²(1 + v²)^{3/2}), Δ ← Δ − 2 f f'/(2f'² − f f''). It stops when a step is below 1e-15 of
   *     |Δ| (as the Newton solve did), or below 1e-6 of min(w, |Δ|), where the next step's cubic error
   *     (~step³/w²) is far below that; agrees with the Newton solve (kept in {@code PeriodBlendInverseTest}) to
   *     its 1e-15 tolerance.
   */
  private static double unblend(double u, double width, double zoom) {
    double lo = Math.min(0, BLEND_FAR_SCALE * u);
    double hi = Math.max(0, BLEND_FAR_SCALE * u);
    double d = BLEND_FAR_SCALE * u / (1 + zoom * BLEND_FAR_SCALE / width);
    for (int i = 0; i < 200; i++) {
      double v = d / width;
      double a = Math.abs(v);
      double q = a * a + 1;
      double root = Math.sqrt(q);
      double f = (d / BLEND_FAR_SCALE + zoom * Math.copySign(a > 1e8 ? Math.log(2 * a) : Math.log(a + root), v)) - u;
      if (f == 0) {
        return d;
      }
      if (f < 0) {
        lo = d;
      } else {
        hi = d;
      }
      double f1 = 1 / BLEND_FAR_SCALE + zoom / (width * root);
      double f2 = -zoom * v / (width * width * q * root);
      double next = d - 2 * f * f1 / (2 * f1 * f1 - f * f2);
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      double step = Math.abs(next - d);
      if (step <= 1e-15 * Math.max(1e-300, Math.abs(d)) || hi - lo <= 1e-15 * Math.abs(hi)
          || step <= 1e-6 * Math.min(width, Math.abs(next))) {
        return next;
      }
      d = next;
    }
    return d;
  }

  private static double asinh(double v) {
    double a = Math.abs(v);
    double r = a > 1e8 ? Math.log(2 * a) : Math.log(a + Math.sqrt(a * a + 1));
    return Math.copySign(r, v);
  }
}
