package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The stream function's derivatives are the velocities of {@link PanelInfluence}: u = ∂ψ/∂y, v = −∂ψ/∂x. */
class StreamFunctionTest {
  private static final PanelGeometry PANEL = new PanelGeometry(new double[] {0.3, -0.2}, new double[] {0.1, 0.25});
  private static final double[][] POINTS = {{0.9, 0.7}, {-0.6, -0.4}, {0.05, 0.17}, {0.2, -0.9}, {-1.5, 0.3}};

  @Test
  void vortexDerivativesAreThePanelVelocities() {
    double h = 1e-6;
    double[] v = new double[4];
    double[] a = new double[2];
    double[] b = new double[2];
    for (double[] p : POINTS) {
      PanelInfluence.vortex(PANEL, 0, p[0], p[1], v);
      StreamFunction.vortex(PANEL, 0, p[0], p[1] + h, a);
      StreamFunction.vortex(PANEL, 0, p[0], p[1] - h, b);
      assertEquals(v[0], (a[0] - b[0]) / (2 * h), 1e-7, "u_A");
      assertEquals(v[2], (a[1] - b[1]) / (2 * h), 1e-7, "u_B");
      StreamFunction.vortex(PANEL, 0, p[0] + h, p[1], a);
      StreamFunction.vortex(PANEL, 0, p[0] - h, p[1], b);
      assertEquals(v[1], -(a[0] - b[0]) / (2 * h), 1e-7, "v_A");
      assertEquals(v[3], -(a[1] - b[1]) / (2 * h), 1e-7, "v_B");
    }
  }

  @Test
  void sourceDerivativesAreThePanelVelocities() {
    double h = 1e-6;
    double[] v = new double[2];
    for (double[] p : POINTS) {
      PanelInfluence.source(PANEL, 0, p[0], p[1], v);
      double dy = (StreamFunction.source(PANEL, 0, p[0], p[1] + h) - StreamFunction.source(PANEL, 0, p[0], p[1] - h)) / (2 * h);
      double dx = (StreamFunction.source(PANEL, 0, p[0] + h, p[1]) - StreamFunction.source(PANEL, 0, p[0] - h, p[1])) / (2 * h);
      assertEquals(v[0], dy, 1e-7, "u");
      assertEquals(v[1], -dx, 1e-7, "v");
    }
  }

  @Test
  void sourceFluxThroughTheInnerSideIsZeroAndTheOuterSideCarriesTheStrength() {
    // the nodes get the inner-side limit
    double psiA = StreamFunction.source(PANEL, 0, PANEL.x[0], PANEL.y[0]);
    double psiB = StreamFunction.source(PANEL, 0, PANEL.x[1], PANEL.y[1]);
    double eps = 1e-9;
    // the inner side (left) just off the panel, at its two ends
    double nx = -PANEL.ty[0];
    double ny = PANEL.tx[0];
    double innerA = StreamFunction.source(PANEL, 0, PANEL.x[0] + eps * nx, PANEL.y[0] + eps * ny);
    double innerB = StreamFunction.source(PANEL, 0, PANEL.x[1] + eps * nx, PANEL.y[1] + eps * ny);
    assertEquals(innerA, psiA, 1e-7);
    assertEquals(innerB, psiB, 1e-7);
    // ψ_B − ψ_A is the outward flux (right-hand normal) on the inner side, where the sheet blows
    // σ/2 inward: −L/2
    assertEquals(-0.5 * PANEL.length[0], psiB - psiA, 1e-7);
  }
}
