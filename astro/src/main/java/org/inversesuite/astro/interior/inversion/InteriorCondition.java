package org.inversesuite.astro.interior.inversion;

import java.util.List;

/**
 * The condition vector y of the interior cINN, in {@link #NAMES} order:
 *
 * <pre>
 *   (ln M_obs, ln R_obs, ln s_M, ln s_R, log₁₀ Fe/Si_obs, σ_Fe/Si, g)
 * </pre>
 *
 * with s the fractional errors of {@link InteriorNoiseConfig}, g = 1 when the star's Fe/Si is
 * given and g = 0 otherwise, in which case the two Fe/Si entries are 0 (the network learns to
 * ignore them: one model serves planets with and without Fe/Si).
 */
public final class InteriorCondition {
  /** Column names of y. */
  public static final List<String> NAMES = List.of("ln_mass", "ln_radius", "ln_mass_error", "ln_radius_error",
      "log10_fe_si", "fe_si_error_dex", "fe_si_given");
  /** Width of y. */
  public static final int DIMENSION = NAMES.size();

  private InteriorCondition() {}

  /** @return y of a measured planet; its Fe/Si is left out when {@code useFeSi} is false */
  public static double[] of(PlanetObservation o, boolean useFeSi) {
    boolean feSi = useFeSi && o.hasFeSi();
    return new double[] {Math.log(o.mass()), Math.log(o.radius()), Math.log(o.relativeMassError()),
        Math.log(o.relativeRadiusError()), feSi ? Math.log10(o.feSi()) : 0, feSi ? o.feSiErrorDex() : 0,
        feSi ? 1 : 0};
  }
}
