package org.inversesuite.airfoil.design;

import java.util.List;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.random.Rng;

/**
 * What a designer asks for: lift coefficient and lift-to-drag ratio at a design angle and
 * Reynolds number, and a minimum thickness. The cINN is conditioned on
 * y = (α, log₁₀Re, C_l, L/D, t_max): the proposed shapes are asked to have exactly the minimum
 * thickness; shapes thinner than it are rejected afterwards.
 *
 * @param alphaDegrees design angle of attack
 * @param reynolds Reynolds number
 * @param cl wanted lift coefficient
 * @param liftToDrag wanted C_l / C_d
 * @param minThickness smallest acceptable maximum thickness, chords
 */
public record DesignTarget(double alphaDegrees, double reynolds, double cl, double liftToDrag, double minThickness) {

  /**
   * A target reachable by construction, as {@code inverse airfoil compare} draws them: one design
   * drawn from {@code space}, simulated; its C_l and L/D at its angle and Reynolds number, and 90 %
   * of its thickness as the minimum.
   *
   * @return null when the drawn design did not converge or is too thin to leave a minimum of 0.02
   */
  public static DesignTarget drawn(DesignSpace space, AirfoilSolver solver, Rng draw) {
    DesignCase truth = DesignCase.evaluate(space.sample(draw), solver);
    if (!truth.usable() || truth.maxThickness() * 0.9 < 0.02) {
      return null;
    }
    DesignPoint pt = truth.point();
    return new DesignTarget(pt.alphaDegrees(), pt.reynolds(), truth.cl(), truth.liftToDrag(),
        0.9 * truth.maxThickness());
  }

  /** Requires finite values and a positive Reynolds number and thickness. */
  public DesignTarget {
    if (!Double.isFinite(alphaDegrees) || !Double.isFinite(cl) || !Double.isFinite(liftToDrag)) {
      throw new IllegalArgumentException("design target needs finite alpha, Cl and L/D, got alpha " + alphaDegrees
          + ", Cl " + cl + ", L/D " + liftToDrag);
    }
    if (!(reynolds > 0) || !Double.isFinite(reynolds)) {
      throw new IllegalArgumentException("design target needs a positive Reynolds number, got " + reynolds);
    }
    if (!(minThickness > 0 && minThickness < 0.5)) {
      throw new IllegalArgumentException("minimum thickness must be in (0, 0.5) chords, got " + minThickness);
    }
  }

  /** @return names of the condition columns */
  public static List<String> conditionNames() {
    return List.of("alpha", "log10_re", "cl", "ld", "t_max");
  }

  /** @return the condition vector of a design with these properties */
  public static double[] condition(double alpha, double reynolds, double cl, double ld, double tMax) {
    return new double[] {alpha, Math.log10(reynolds), cl, ld, tMax};
  }

  /** @return the condition vector of this target */
  public double[] condition() {
    return condition(alphaDegrees, reynolds, cl, liftToDrag, minThickness);
  }

  /** @return |ΔC_l| of a result */
  public double clError(double resultCl) {
    return Math.abs(resultCl - cl);
  }

  /** @return |Δ(L/D)| / (L/D) of a result */
  public double liftToDragError(double resultLd) {
    return Math.abs(resultLd - liftToDrag) / Math.abs(liftToDrag);
  }
}
