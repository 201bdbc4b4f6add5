package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Re-ranking of cINN designs by the trusted forward process. For a target y* it draws k·n
 * candidates \( x_i = f^{-1}(z_i; y^*) \), \( z_i \sim \mathcal N(0, T^2 I) \), decodes them,
 * computes their Wildman–Crippen logP and keeps the n with the smallest \( |\log P(x_i) - y^*| \)
 * (ties by draw order; candidates that do not decode to a valid molecule come last). This is the
 * "sample the posterior, re-simulate, rank" recipe of simulation-based inverse design
 * (Ardizzone et al. 2019; the airfoil module's designs). The cINN only proposes: how close the
 * kept molecules land is then the re-ranking's merit as much as the model's, which is why the
 * evaluation reports the raw cINN next to it. With a sampling schedule the cINN is asked for a shifted logP, but
 * the candidates are still ranked against the target itself.
 *
 * @param multiplier k ≥ 1, candidates drawn per molecule kept (1 keeps the raw draws)
 */
public record NearestToTarget(int multiplier) {
  /** Validates k. */
  public NearestToTarget {
    if (multiplier < 1) {
      throw new IllegalArgumentException("the candidate multiplier k must be >= 1, got " + multiplier);
    }
  }

  /**
   * @param candidates decoded candidates
   * @param target y*
   * @param n how many to keep, at most the number of candidates
   * @return the n candidates nearest to the target, nearest first
   */
  public static List<DecodedMolecule> keep(List<DecodedMolecule> candidates, double target, int n) {
    if (n < 0 || n > candidates.size()) {
      throw new IllegalArgumentException("cannot keep " + n + " of " + candidates.size() + " candidates");
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("target logP must be a finite number, got " + target);
    }
    List<Integer> order = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> distance(candidates.get(i), target)).thenComparingInt(i -> i));
    List<DecodedMolecule> kept = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kept.add(candidates.get(order.get(i)));
    }
    return kept;
  }

  private static double distance(DecodedMolecule m, double target) {
    return m.valid() ? Math.abs(m.logP() - target) : Double.POSITIVE_INFINITY;
  }

  /**
   * @param pool the cINN's candidates in draw order
   * @param target y*, the logP ranked against (the target, not the asked value of a schedule)
   * @param n molecules kept
   * @return the n of the pool's first k·n candidates nearest to the target, nearest first; for k = 1 the n raw
   *     draws in draw order
   */
  public List<DecodedMolecule> select(CandidatePool pool, double target, int n) {
    long total = (long) multiplier * n;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("k·n = " + total + " candidates is too many");
    }
    List<DecodedMolecule> candidates = pool.first((int) total);
    return multiplier == 1 ? new ArrayList<>(candidates) : keep(candidates, target, n);
  }

  /**
   * @param designer the cINN
   * @param y the condition it is asked for (with a schedule, the asked logP)
   * @param target y*, the logP the candidates are ranked against
   * @param n molecules kept
   * @param temperature T
   * @param rng the latent draws
   * @param decoder SELFIES decoder
   * @param logP the trusted forward process
   * @return the n decoded candidates nearest to the target out of k·n drawn, nearest first; for k = 1 the n raw
   *     draws in draw order
   */
  public List<DecodedMolecule> design(MoleculeDesigner designer, double[] y, double target, int n, double temperature, Rng rng,
      SelfiesDecoder decoder, LogPCalculator logP) {
    long total = (long) multiplier * n;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("k·n = " + total + " candidates is too many");
    }
    return select(CandidatePool.of(designer, y, temperature, rng, decoder, logP, (int) total), target, n);
  }
}
