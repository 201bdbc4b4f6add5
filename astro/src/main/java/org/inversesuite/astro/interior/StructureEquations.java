package org.inversesuite.astro.interior;

import java.util.List;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;

/**
 * Hydrostatic equilibrium of a layered sphere in the units of {@link PlanetUnits} (G = 1), with
 * the radius r as independent variable and state y = (m, P):
 *
 * <pre>
 *   dm/dr = 4π r² ρ(P),     dP/dr = −m ρ(P) / r²
 * </pre>
 *
 * where ρ is the equation of state of the current layer. Layers switch by events at the
 * enclosed masses m_k (one handler per interface, so that every g function stays fixed), and
 * the surface is the event P = 0. One instance serves one integration (it holds the current
 * layer), so it is not shared between threads.
 */
final class StructureEquations implements FirstOrderDifferentialEquations {
  private final List<Layer> layers;
  private final double[] boundaryRadii;
  private int layer;

  StructureEquations(List<Layer> layers, int firstLayer) {
    this.layers = layers;
    this.boundaryRadii = new double[layers.size() - 1];
    this.layer = firstLayer;
  }

  @Override
  public int getDimension() {
    return 2;
  }

  @Override
  public void computeDerivatives(double r, double[] y, double[] yDot) {
    double rho = layers.get(layer).eos().dimensionlessDensity(y[1]);
    yDot[0] = 4 * Math.PI * r * r * rho;
    yDot[1] = -y[0] * rho / (r * r);
  }

  double[] boundaryRadii() {
    return boundaryRadii.clone();
  }

  /** Records an interface skipped at the start (a layer lighter than the central seed sphere). */
  void skipBoundary(int index, double r) {
    boundaryRadii[index] = r;
  }

  /** The event m = m_k between layer k and k + 1: switches to layer k + 1. */
  EventHandler boundary(int k, double mass) {
    return new EventHandler() {
      @Override
      public void init(double r0, double[] y0, double r) {
        // nothing to prepare: the g function is fixed
      }

      @Override
      public double g(double r, double[] y) {
        return y[0] - mass;
      }

      @Override
      public Action eventOccurred(double r, double[] y, boolean increasing) {
        boundaryRadii[k] = r;
        layer = k + 1;
        return Action.RESET_DERIVATIVES;
      }

      @Override
      public void resetState(double r, double[] y) {
        // the state is continuous across an interface; only the density law changes
      }
    };
  }

  /** The event P = 0: the surface, where the integration stops. */
  static EventHandler surface() {
    return new EventHandler() {
      @Override
      public void init(double r0, double[] y0, double r) {
        // nothing to prepare
      }

      @Override
      public double g(double r, double[] y) {
        return y[1];
      }

      @Override
      public Action eventOccurred(double r, double[] y, boolean increasing) {
        return Action.STOP;
      }

      @Override
      public void resetState(double r, double[] y) {
        // stopping; nothing to reset
      }
    };
  }
}
