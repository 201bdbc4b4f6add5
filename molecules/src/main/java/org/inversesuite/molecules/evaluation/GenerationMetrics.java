package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The quality of n molecules generated for one target logP, in the definitions of GuacaMol
 * (Brown et al. 2019) and MOSES (Polykovskiy et al. 2020):
 * validity = valid / n; uniqueness = distinct valid (canonical SMILES) / valid; novelty =
 * distinct valid not in the training set / distinct valid; diversity = {@link InternalDiversity}
 * of the distinct valid molecules (on a random subsample of at most {@code diversitySample});
 * within = fraction of valid molecules with |logP − target| ≤ 0.5; MAE = mean |logP − target|
 * over the valid molecules.
 *
 * @param method which generator
 * @param target the asked logP
 * @param samples n
 * @param validity fraction
 * @param uniqueness fraction
 * @param novelty fraction
 * @param diversity mean pairwise Tanimoto distance
 * @param diversityMolecules how many molecules the diversity was computed on
 * @param withinHalf fraction within ±0.5
 * @param mae mean absolute error of logP
 * @param logP the logP of every valid molecule
 * @param seconds wall time to generate, decode and score the molecules (NaN when not measured)
 */
public record GenerationMetrics(String method, double target, int samples, double validity, double uniqueness,
    double novelty, double diversity, int diversityMolecules, double withinHalf, double mae, double[] logP, double seconds) {
  /** Tolerance of "within". */
  public static final double WITHIN = 0.5;

  /** Copies the values. */
  public GenerationMetrics {
    logP = logP.clone();
  }

  /**
   * @param method which generator
   * @param target the asked logP
   * @param generated the n decoded molecules
   * @param training canonical SMILES of the training molecules
   * @param diversitySample the largest number of molecules the O(m²) diversity is computed on
   * @param rng draws the diversity subsample
   */
  public static GenerationMetrics of(String method, double target, List<DecodedMolecule> generated, Set<String> training,
      int diversitySample, Rng rng) {
    int n = generated.size();
    Map<String, IAtomContainer> distinct = new LinkedHashMap<>();
    List<Double> values = new ArrayList<>();
    int within = 0;
    double absSum = 0;
    for (DecodedMolecule m : generated) {
      if (!m.valid()) {
        continue;
      }
      distinct.putIfAbsent(m.smiles(), m.molecule());
      values.add(m.logP());
      double err = Math.abs(m.logP() - target);
      absSum += err;
      within += err <= WITHIN ? 1 : 0;
    }
    int valid = values.size();
    int novel = 0;
    for (String s : distinct.keySet()) {
      novel += training.contains(s) ? 0 : 1;
    }
    List<IAtomContainer> pool = new ArrayList<>(distinct.values());
    List<IAtomContainer> subsample = pool;
    if (pool.size() > diversitySample) {
      int[] order = rng.permutation(pool.size());
      subsample = new ArrayList<>(diversitySample);
      for (int i = 0; i < diversitySample; i++) {
        subsample.add(pool.get(order[i]));
      }
    }
    return new GenerationMetrics(method, target, n, ratio(valid, n), ratio(distinct.size(), valid),
        ratio(novel, distinct.size()), InternalDiversity.of(subsample), subsample.size(), ratio(within, valid),
        valid == 0 ? Double.NaN : absSum / valid, values.stream().mapToDouble(Double::doubleValue).toArray(), Double.NaN);
  }

  /** @return a copy with the generation time */
  public GenerationMetrics withSeconds(double s) {
    return new GenerationMetrics(method, target, samples, validity, uniqueness, novelty, diversity, diversityMolecules,
        withinHalf, mae, logP, s);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
