package org.inversesuite.astro.rv;

/**
 * Solves Kepler's equation for the eccentric anomaly E, given the mean anomaly M and the
 * eccentricity e of an elliptic orbit:
 *
 * <pre>
 *   E − e sin E = M,        0 ≤ e &lt; 1
 * </pre>
 *
 * <p>Method. M is reduced to x ∈ [0, π] by periodicity (M mod 2π) and the symmetry
 * E(2π − x) = 2π − E(x). On [0, π] the function f(E) = E − e sin E − x is increasing
 * (f′ = 1 − e cos E ≥ 1 − e &gt; 0) and E − x = e sin E ∈ [0, e], so the root lies in the bracket
 * [x, min(π, x + e)]. The iteration starts from Danby's guess E₀ = x + 0.85 e (Danby 1987,
 * "The solution of Kepler's equation", Celestial Mechanics 40, 303) and takes Halley steps
 *
 * <pre>
 *   δ = f / (f′ − ½ f″ f / f′),   f″ = e sin E
 * </pre>
 *
 * while keeping the bracket: a step that would leave it is replaced by bisection. The bracket
 * at least halves on every bisection, so the iteration converges for every 0 ≤ e &lt; 1,
 * including e → 1 near periastron where f′ → 1 − e is tiny; Halley's cubic convergence makes
 * it fast (typically 2 to 4 steps). Iteration stops when a step changes E by at most 2 ulp,
 * and the residual |E − e sin E − M| is then at the rounding level of E (a few 1e-16 for
 * M ∈ [0, 2π)). The result is continuous in M and lies in the same revolution as M:
 * E ∈ [2πk, 2π(k+1)) when M ∈ [2πk, 2π(k+1)).
 *
 * <p>Also provides the true anomaly ν of E and the inverse map ν → M. Stateless and
 * thread-safe.
 */
public final class KeplerSolver {
  private static final double TWO_PI = 2 * Math.PI;
  /** Bisection alone reaches double precision on [0, π] in 54 halvings; Halley needs far fewer. */
  private static final int MAX_ITERATIONS = 100;

  private KeplerSolver() {}

  /**
   * @param meanAnomaly M in radians, finite (any revolution)
   * @param eccentricity e ∈ [0, 1)
   * @return E with E − e sin E = M, in the same revolution as M
   * @throws IllegalArgumentException if M is not finite or e is outside [0, 1)
   */
  public static double eccentricAnomaly(double meanAnomaly, double eccentricity) {
    requireEccentricity(eccentricity);
    if (!Double.isFinite(meanAnomaly)) {
      throw new IllegalArgumentException("mean anomaly must be finite, got " + meanAnomaly);
    }
    double turns = Math.floor(meanAnomaly / TWO_PI);
    double m = meanAnomaly - turns * TWO_PI;
    if (m >= TWO_PI) {
      m = 0;
      turns += 1;
    }
    double base = turns * TWO_PI;
    if (m <= Math.PI) {
      return base + solveUpperHalf(m, eccentricity);
    }
    return base + (TWO_PI - solveUpperHalf(TWO_PI - m, eccentricity));
  }

  /**
   * Batch form of {@link #eccentricAnomaly(double, double)}: {@code out[i] = E(M[i], e[i])}.
   *
   * @param meanAnomaly M, length n
   * @param eccentricity e, length n, each in [0, 1)
   * @param out receives E, length n (may be {@code meanAnomaly} itself)
   * @throws IllegalArgumentException if the lengths differ or an entry is invalid (naming it)
   */
  public static void eccentricAnomaly(double[] meanAnomaly, double[] eccentricity, double[] out) {
    if (eccentricity.length != meanAnomaly.length || out.length != meanAnomaly.length) {
      throw new IllegalArgumentException("M, e and out must have equal length, got " + meanAnomaly.length
          + ", " + eccentricity.length + " and " + out.length);
    }
    for (int i = 0; i < meanAnomaly.length; i++) {
      try {
        out[i] = eccentricAnomaly(meanAnomaly[i], eccentricity[i]);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("entry " + i + ": " + ex.getMessage(), ex);
      }
    }
  }

  /**
   * True anomaly from the eccentric anomaly, in the half-angle form that stays accurate for
   * e → 1:
   *
   * <pre>
   *   ν = 2 atan2( √(1 + e) sin(E/2), √(1 − e) cos(E/2) )
   * </pre>
   *
   * applied to E reduced to [−π, π], so that ν lies in the same half-turn interval.
   *
   * @param eccentricAnomaly E in radians, finite
   * @param eccentricity e ∈ [0, 1)
   * @return ν in [−π, π]
   */
  public static double trueAnomaly(double eccentricAnomaly, double eccentricity) {
    requireEccentricity(eccentricity);
    double reduced = eccentricAnomaly - TWO_PI * Math.rint(eccentricAnomaly / TWO_PI);
    double half = 0.5 * reduced;
    return 2 * Math.atan2(Math.sqrt(1 + eccentricity) * Math.sin(half), Math.sqrt(1 - eccentricity) * Math.cos(half));
  }

  /**
   * The explicit inverse of the solver: mean anomaly of a true anomaly,
   *
   * <pre>
   *   E = 2 atan2( √(1 − e) sin(ν/2), √(1 + e) cos(ν/2) ),   M = E − e sin E
   * </pre>
   *
   * @param trueAnomaly ν in radians
   * @param eccentricity e ∈ [0, 1)
   * @return M in (−π, π]
   */
  public static double meanAnomalyOfTrue(double trueAnomaly, double eccentricity) {
    requireEccentricity(eccentricity);
    double half = 0.5 * trueAnomaly;
    double e = 2 * Math.atan2(Math.sqrt(1 - eccentricity) * Math.sin(half), Math.sqrt(1 + eccentricity) * Math.cos(half));
    return e - eccentricity * Math.sin(e);
  }

  /** Solves E − e sin E = x for x ∈ [0, π]; the root lies in [x, min(π, x + e)]. */
  private static double solveUpperHalf(double x, double e) {
    if (e == 0 || x == 0 || x == Math.PI) {
      return x;
    }
    double lo = x;
    double hi = Math.min(Math.PI, x + e);
    double ecc = Math.min(x + 0.85 * e, hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double sin = Math.sin(ecc);
      double f = ecc - e * sin - x;
      if (f == 0) {
        return ecc;
      }
      if (f > 0) {
        hi = ecc;
      } else {
        lo = ecc;
      }
      double d1 = 1 - e * Math.cos(ecc);
      double newton = f / d1;
      double step = f / (d1 - 0.5 * e * sin * newton);
      double next = ecc - step;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - ecc) <= 2 * Math.ulp(ecc) || next == lo || next == hi) {
        return next;
      }
      ecc = next;
    }
    return ecc;
  }

  private static void requireEccentricity(double e) {
    if (!(e >= 0 && e < 1)) {
      throw new IllegalArgumentException("eccentricity must be in [0, 1), got " + e);
    }
  }
}
