package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Window acceptance of cINN designs by the trusted forward process: rejection sampling of the cINN's
 * posterior truncated to a window around the target. The candidates \( x_i = f^{-1}(z_i; y) \) are taken in
 * draw order and x_i is kept when it is a valid molecule with \( |\log P(x_i) - y^*| \le w \), until n are kept
 * or k·n have been drawn. The kept designs are then draws from
 * \( q(x \mid y) \, \mathbf 1[|\log P(x) - y^*| \le w] / Z \), the ABC rejection sampler with the cINN as
 * its proposal and the exact Wildman–Crippen logP as the simulator (Pritchard et al. 1999, Mol. Biol. Evol.
 * 16:1791; the proposal's role as in Ardizzone et al. 2019, "Analyzing inverse problems with invertible neural
 * networks", ICLR). Unlike {@link NearestToTarget}, which keeps the n nearest and so concentrates on the few
 * molecules exactly at the target, every design inside the window is equally acceptable, and the cINN's own
 * diversity inside the window is kept. When the cap k·n is reached with fewer than n accepted, the rest are
 * filled with the nearest of the rejected candidates (all outside the window), and the selection reports how
 * many were filled.
 *
 * @param halfWidth w &gt; 0, the window's half-width in log units
 * @param cap k ≥ 1, the most candidates drawn per molecule kept
 */
public record WindowAcceptance(double halfWidth, int cap) {
  /** The default half-width, the evaluation's "within ±0.5". */
  public static final double DEFAULT_HALF_WIDTH = GenerationMetrics.WITHIN;

  /** Validates w and k. */
  public WindowAcceptance {
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("the window half-width w must be a finite number > 0, got " + halfWidth);
    }
    if (cap < 1) {
      throw new IllegalArgumentException("the window acceptance cap k must be >= 1, got " + cap);
    }
  }

  /**
   * What a selection kept.
   *
   * @param kept the n kept: the accepted ones in draw order, then the filled ones nearest first
   * @param examined candidates looked at, in draw order
   * @param accepted how many of them were inside the window (at most n)
   * @param filled how many of the kept were filled from outside the window because the cap was reached
   */
  public record Selection(List<DecodedMolecule> kept, int examined, int accepted, int filled) {
    /** Copies the list. */
    public Selection {
      kept = List.copyOf(kept);
    }

    /** @return accepted / examined, the share of the draws inside the window */
    public double acceptance() {
      return examined == 0 ? Double.NaN : (double) accepted / examined;
    }
  }

  /**
   * @param pool the cINN's candidates in draw order
   * @param target y*, the logP the window is centred on (the target, not the asked value of a schedule)
   * @param n molecules kept, ≥ 1
   * @return the selection
   */
  public Selection select(CandidatePool pool, double target, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("number of molecules must be >= 1, got " + n);
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("target logP must be a finite number, got " + target);
    }
    long limit = (long) cap * n;
    if (limit > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("k·n = " + limit + " candidates is too many");
    }
    List<DecodedMolecule> kept = new ArrayList<>(n);
    List<DecodedMolecule> rejected = new ArrayList<>();
    int i = 0;
    while (kept.size() < n && i < limit) {
      DecodedMolecule m = pool.get(i++);
      if (inside(m, target)) {
        kept.add(m);
      } else {
        rejected.add(m);
      }
    }
    int accepted = kept.size();
    kept.addAll(NearestToTarget.keep(rejected, target, n - accepted));
    return new Selection(kept, i, accepted, n - accepted);
  }

  private boolean inside(DecodedMolecule m, double target) {
    return m.valid() && Math.abs(m.logP() - target) <= halfWidth;
  }
}
