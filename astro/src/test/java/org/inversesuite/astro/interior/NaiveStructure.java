package org.inversesuite.astro.interior;

import java.util.List;

/**
 * A deliberately different, slow reference for {@link InteriorSolver}: the same physics in the
 * mass coordinate u = m^{1/3} (regular at the centre), fixed-step classical Runge-Kutta with the
 * layer interfaces on grid points, and bisection on ln P_c for P(M) = 0.
 *
 * <pre>
 *   dr/du = 3u² / (4π r² ρ),     dP/du = −3 G u⁵ / (4π r⁴)
 * </pre>
 */
final class NaiveStructure {
  private final int stepsPerLayer;

  NaiveStructure(int stepsPerLayer) {
    this.stepsPerLayer = stepsPerLayer;
  }

  /** @return the radius in R⊕ of a planet of mass M (in M⊕) */
  double radius(double mass, List<Layer> layers) {
    double lo = Math.log(1e-6);
    double hi = Math.log(1e3);
    for (int i = 0; i < 50; i++) {
      double mid = 0.5 * (lo + hi);
      if (integrate(mass, layers, Math.exp(mid))[1] > 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return integrate(mass, layers, Math.exp(0.5 * (lo + hi)))[0];
  }

  /** @return (r, P) at u = M^{1/3} for a central pressure P̃_c (units of {@link PlanetUnits}) */
  private double[] integrate(double mass, List<Layer> layers, double pc) {
    double u0 = Math.cbrt(mass) * 1e-6;
    double rhoC = layers.get(0).eos().dimensionlessDensity(pc);
    double r = Math.cbrt(3 * u0 * u0 * u0 / (4 * Math.PI * rhoC));
    double p = pc - 2 * Math.PI / 3 * rhoC * rhoC * r * r;
    double u = u0;
    double cumulative = 0;
    for (Layer layer : layers) {
      cumulative += layer.massFraction();
      double end = Math.cbrt(Math.min(cumulative, 1.0) * mass);
      double h = (end - u) / stepsPerLayer;
      PolytropicEos eos = layer.eos();
      for (int s = 0; s < stepsPerLayer; s++) {
        double[] k1 = rates(eos, u, r, p);
        double[] k2 = rates(eos, u + h / 2, r + h / 2 * k1[0], p + h / 2 * k1[1]);
        double[] k3 = rates(eos, u + h / 2, r + h / 2 * k2[0], p + h / 2 * k2[1]);
        double[] k4 = rates(eos, u + h, r + h * k3[0], p + h * k3[1]);
        r += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
        p += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        u += h;
      }
    }
    return new double[] {r, p};
  }

  private static double[] rates(PolytropicEos eos, double u, double r, double p) {
    double rho = eos.dimensionlessDensity(p);
    return new double[] {3 * u * u / (4 * Math.PI * r * r * rho), -3 * Math.pow(u, 5) / (4 * Math.PI * Math.pow(r, 4))};
  }
}
