package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Designs drawn from the cINN restricted to faithful rows ({@link FaithfulRows}): rejection
 * sampling of
 * \[ p_F(x \mid y^*) \propto p(x \mid y^*)\,[\mathrm{row}(x) \in F], \]
 * where F, the rows whose every symbol reaches the molecule, holds all training rows. Draws
 * z ~ N(0, T²I) in rounds of n until n designs decode to faithful rows or B·n have been drawn.
 * Like every rejection sampler it changes which designs are returned, not the model; unlike
 * re-ranking it never looks at the property. When the budget runs out before n faithful rows are
 * found, the first unfaithful draws fill the rest, in draw order, and {@link Draws#faithful()}
 * says how many are faithful.
 *
 * @param budget B ≥ 1, the most draws per design returned
 */
public record FaithfulSampling(int budget) {
  /** Validates B. */
  public FaithfulSampling {
    if (budget < 1) {
      throw new IllegalArgumentException("the faithful-row budget B must be >= 1, got " + budget);
    }
  }

  /**
   * @param designs n SELFIES strings, the faithful ones first, each group in draw order
   * @param drawn how many rows were drawn
   * @param faithfulDrawn how many of the drawn rows were faithful
   */
  public record Draws(List<String> designs, long drawn, long faithfulDrawn) {
    /** @return faithful rows per row drawn, the sampler's acceptance rate */
    public double acceptance() {
      return drawn == 0 ? Double.NaN : (double) faithfulDrawn / drawn;
    }

    /** @return how many of the designs are faithful */
    public int faithful() {
      return (int) Math.min(designs.size(), faithfulDrawn);
    }
  }

  /**
   * @param designer the cINN
   * @param target y*
   * @param n designs, at least 1
   * @param temperature T
   * @param rng the latent draws
   * @return n designs with the number of draws they took
   */
  public Draws sample(MoleculeDesigner designer, double[] target, int n, double temperature, Rng rng) {
    FaithfulRows check = new FaithfulRows(designer.representation().alphabet(), SelfiesDecoder.defaults());
    long cap = (long) budget * n;
    List<String> kept = new ArrayList<>(n);
    List<String> rejected = new ArrayList<>();
    long drawn = 0;
    long seen = 0;
    while (kept.size() < n && drawn < cap) {
      int round = (int) Math.min(n, cap - drawn);
      for (int[] row : designer.sampleRows(target, round, temperature, rng)) {
        String s = designer.representation().alphabet().decode(row);
        if (check.faithful(row)) {
          seen++;
          if (kept.size() < n) {
            kept.add(s);
          }
        } else if (rejected.size() < n) {
          rejected.add(s);
        }
      }
      drawn += round;
    }
    for (int i = 0; kept.size() < n; i++) {
      kept.add(rejected.get(i));
    }
    return new Draws(kept, drawn, seen);
  }
}
