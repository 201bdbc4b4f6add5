package org.inversesuite.astro.interior.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.database.DatabaseManifest;

/**
 * Where a trained interior model can be trusted: the mass range of its database, the radii its
 * compositions reach at the planet's mass (from pure iron, the smallest, to pure water, the
 * largest), and the error ranges of its noise model. A planet outside is still inferred (the
 * cINN extrapolates) but flagged "out of distribution", naming the planet, the value and the range.
 */
public final class TrainingDomain {
  private final DatabaseManifest database;
  private final InteriorNoiseConfig noise;
  private final InteriorSolver solver;

  /**
   * @param database the settings of the training database
   * @param noise the training observation model
   */
  public TrainingDomain(DatabaseManifest database, InteriorNoiseConfig noise) {
    this.database = database;
    this.noise = noise;
    this.solver = new InteriorSolver(database.solver());
  }

  /** @return the radius of a pure iron and of a pure water planet of mass {@code mass} (clamped into the trained range) */
  public double[] radiusRange(double mass) {
    double m = Math.max(database.prior().massMin(), Math.min(database.prior().massMax(), mass));
    return new double[] {solver.solve(m, Composition.iron()).radius(),
        solver.solve(m, new Composition(0, 0, 1)).radius()};
  }

  /** @return one line per value outside the trained domain, each naming the planet (empty: inside) */
  public List<String> warnings(PlanetObservation o) {
    List<String> out = new ArrayList<>();
    String p = "out of distribution: " + o.name() + ": ";
    double lo = database.prior().massMin();
    double hi = database.prior().massMax();
    if (o.mass() < lo || o.mass() > hi) {
      out.add(p + String.format(Locale.ROOT, "mass %.4g M_earth is outside the trained range [%.4g, %.4g]",
          o.mass(), lo, hi));
    }
    double[] r = radiusRange(o.mass());
    if (o.radius() < r[0] || o.radius() > r[1]) {
      out.add(p + String.format(Locale.ROOT, "radius %.4g R_earth is outside the radii of the trained compositions "
          + "at this mass [%.4g (iron), %.4g (water)]", o.radius(), r[0], r[1]));
    }
    check(out, p, "relative mass error", o.relativeMassError(), noise.massErrorMin(), noise.massErrorMax());
    check(out, p, "relative radius error", o.relativeRadiusError(), noise.radiusErrorMin(), noise.radiusErrorMax());
    if (o.hasFeSi()) {
      if (noise.feSiFraction() == 0) {
        out.add(p + "Fe/Si is given but the model was trained without it; it is ignored");
      } else {
        check(out, p, "Fe/Si error [dex]", o.feSiErrorDex(), noise.feSiErrorMin(), noise.feSiErrorMax());
      }
    }
    return out;
  }

  private static void check(List<String> out, String prefix, String what, double v, double lo, double hi) {
    if (v < lo || v > hi) {
      out.add(prefix + String.format(Locale.ROOT, "%s %.4g is outside the trained range [%.4g, %.4g]", what, v, lo, hi));
    }
  }
}
