package org.inversesuite.molecules.relabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * One round of hindsight relabelling. Designs x̂ = f⁻¹(z; y*) are drawn at targets y* evenly spaced
 * over [lo, hi]; each is decoded to its molecule m(x̂), and the pair (x̂'s symbol row, logP(m(x̂))) is an
 * exact sample of the joint the cINN models, whatever y* was asked: the true condition of that row is
 * its molecule's Wildman–Crippen logP. A pair is kept when the molecule is valid, not a training
 * molecule and not kept before (canonical SMILES in {@code seen}). The row is kept as drawn, inner
 * padding included, so the pair trains the flow on exactly the string it produced.
 */
public final class RelabelledDesigns {
  private RelabelledDesigns() {}

  /**
   * What a round drew and kept.
   *
   * @param round 1-based round
   * @param drawn designs drawn
   * @param valid designs that decode to a valid molecule
   * @param kept pairs kept (valid, novel, unseen)
   * @param withinHalf share of the valid designs whose true logP is within ±0.5 of the target they were drawn at
   * @param meanAbsError mean |logP − y*| over the valid designs
   */
  public record Round(int round, int drawn, int valid, int kept, double withinHalf, double meanAbsError) {}

  /**
   * @param pairs the kept pairs, as examples whose y is the true logP
   * @param report what was drawn and kept
   */
  public record Draw(List<Example> pairs, Round report) {}

  /**
   * @param designer the model (condition logP only)
   * @param lo lowest target
   * @param hi highest target, ≥ lo
   * @param n designs, at least {@link Relabelling#TARGETS}; spread as evenly as possible over the targets
   * @param temperature T of the latent
   * @param round 1-based round, used in the pairs' ids
   * @param seen canonical SMILES of the training molecules and of the pairs kept so far; the kept ones are added
   * @param rng the latent stream
   */
  public static Draw draw(MoleculeDesigner designer, double lo, double hi, int n, double temperature, int round, Set<String> seen,
      Rng rng, SelfiesDecoder decoder, LogPCalculator logP) {
    if (designer.condition().dimension() != 1) {
      throw new IllegalArgumentException("relabelling needs a designer conditioned on logP alone, got " + designer.condition().names());
    }
    if (!(lo <= hi)) {
      throw new IllegalArgumentException("relabel target range [" + lo + ", " + hi + "] is empty");
    }
    int g = Relabelling.TARGETS;
    SelfiesAlphabet alphabet = designer.representation().alphabet();
    List<Example> pairs = new ArrayList<>();
    int valid = 0;
    int within = 0;
    double absError = 0;
    for (int j = 0; j < g; j++) {
      double target = lo + (hi - lo) * j / (g - 1);
      int count = n / g + (j < n % g ? 1 : 0);
      for (int[] row : designer.sampleRows(new double[] {target}, count, temperature, rng)) {
        DecodedMolecule m = DecodedMolecule.decode(alphabet.decode(row), decoder, logP);
        if (!m.valid()) {
          continue;
        }
        valid++;
        double error = Math.abs(m.logP() - target);
        absError += error;
        within += error <= 0.5 ? 1 : 0;
        if (seen.add(m.smiles())) {
          pairs.add(new Example("relabel-" + round + "-" + (pairs.size() + 1), pairs.size() + 1, 0, m.smiles(), symbols(row, alphabet),
              new double[] {m.logP()}));
        }
      }
    }
    return new Draw(pairs, new Round(round, n, valid, pairs.size(), valid == 0 ? 0 : within / (double) valid,
        valid == 0 ? Double.NaN : absError / valid));
  }

  /** @return the row's symbols up to its last non-padding one, inner padding kept */
  static List<String> symbols(int[] row, SelfiesAlphabet alphabet) {
    int end = row.length;
    while (end > 0 && row[end - 1] == 0) {
      end--;
    }
    List<String> out = new ArrayList<>(end);
    for (int p = 0; p < end; p++) {
      out.add(alphabet.symbols().get(row[p]));
    }
    return out;
  }
}
