package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.random.Rng;

/**
 * The box the designs are drawn from: CST coefficients A_U,i ~ U[upperLow_i, upperHigh_i] and
 * A_L,i ~ U[lowerLow_i, lowerHigh_i] (Kulfan 2008), the design angle of attack α ~ U[alphaLow,
 * alphaHigh] and the Reynolds number log₁₀Re ~ U[log₁₀ reLow, log₁₀ reHigh]. The CST order of a
 * surface is the length of its coefficient arrays minus one. The default box (order 3 on both
 * surfaces) contains the order-3 CST fits of NACA 0012, 1408, 2412 and 4415 (rms fit errors up to 0.11 %
 * chord), i.e. 8 to 15 % thick sections with up to 4 % camber; NACA 6409's lower surface lies
 * outside it (its second lower coefficient is 0.11, the bound 0.04). The order-5 box shipped as
 * {@code experiments/airfoil/cst5-space.json} is built the same way from the order-5 fits of the same
 * four sections: their hull, widened by the default box's mean margins over the order-3 hull (0.017
 * and 0.018 below and above on the upper surface, 0.008 and 0.079 on the lower), rounded outward to
 * 0.01 (docs/airfoil.md, session 14).
 *
 * @param upperLow lower bounds of the upper-surface coefficients
 * @param upperHigh upper bounds of the upper-surface coefficients
 * @param lowerLow lower bounds of the lower-surface coefficients
 * @param lowerHigh upper bounds of the lower-surface coefficients
 * @param alphaLow smallest design angle, degrees
 * @param alphaHigh largest design angle, degrees
 * @param reynoldsLow smallest Reynolds number
 * @param reynoldsHigh largest Reynolds number
 * @param trailingEdgeThickness Δ_TE of every shape, chords
 */
public record DesignSpace(@JsonProperty("upperLow") double[] upperLow, @JsonProperty("upperHigh") double[] upperHigh,
    @JsonProperty("lowerLow") double[] lowerLow, @JsonProperty("lowerHigh") double[] lowerHigh,
    @JsonProperty("alphaLow") double alphaLow, @JsonProperty("alphaHigh") double alphaHigh,
    @JsonProperty("reynoldsLow") double reynoldsLow, @JsonProperty("reynoldsHigh") double reynoldsHigh,
    @JsonProperty("trailingEdgeThickness") double trailingEdgeThickness) {

  /** Checks that every interval is finite and non-empty and the flow range is the solver's. */
  public DesignSpace {
    upperLow = checkedCopy("upperLow", upperLow);
    upperHigh = checkedCopy("upperHigh", upperHigh);
    lowerLow = checkedCopy("lowerLow", lowerLow);
    lowerHigh = checkedCopy("lowerHigh", lowerHigh);
    if (upperLow.length != upperHigh.length || lowerLow.length != lowerHigh.length) {
      throw new IllegalArgumentException("design space: low and high bounds need the same length per surface, got "
          + upperLow.length + "/" + upperHigh.length + " upper and " + lowerLow.length + "/" + lowerHigh.length + " lower");
    }
    for (int i = 0; i < upperLow.length; i++) {
      requireInterval("upper coefficient " + i, upperLow[i], upperHigh[i]);
    }
    for (int i = 0; i < lowerLow.length; i++) {
      requireInterval("lower coefficient " + i, lowerLow[i], lowerHigh[i]);
    }
    requireInterval("alpha", alphaLow, alphaHigh);
    requireInterval("reynolds", reynoldsLow, reynoldsHigh);
    if (alphaLow < FlowCondition.MIN_ALPHA || alphaHigh > FlowCondition.MAX_ALPHA) {
      throw new IllegalArgumentException("design space: alpha range [" + alphaLow + ", " + alphaHigh
          + "] leaves the solver's range [" + FlowCondition.MIN_ALPHA + ", " + FlowCondition.MAX_ALPHA + "] degrees");
    }
    if (reynoldsLow < FlowCondition.MIN_REYNOLDS || reynoldsHigh > FlowCondition.MAX_REYNOLDS) {
      throw new IllegalArgumentException("design space: Reynolds range [" + reynoldsLow + ", " + reynoldsHigh
          + "] leaves the solver's range [" + FlowCondition.MIN_REYNOLDS + ", " + FlowCondition.MAX_REYNOLDS + "]");
    }
    if (!(trailingEdgeThickness >= 0 && trailingEdgeThickness < 0.05)) {
      throw new IllegalArgumentException("design space: trailing-edge thickness must be in [0, 0.05) chords, got "
          + trailingEdgeThickness);
    }
  }

  /** @return the default box: order-3 CST on both surfaces, α ∈ [0°, 6°], Re ∈ [10⁶, 3·10⁶] */
  public static DesignSpace defaults() {
    return new DesignSpace(new double[] {0.10, 0.12, 0.10, 0.12}, new double[] {0.28, 0.34, 0.30, 0.34},
        new double[] {-0.18, -0.16, -0.15, -0.15}, new double[] {-0.06, 0.04, 0.02, 0.04},
        0, 6, 1e6, 3e6, 0.0);
  }

  /** @return the number of shape parameters (upper then lower coefficients) */
  public int shapeDimension() {
    return upperLow.length + lowerLow.length;
  }

  /** @return the number of upper-surface coefficients */
  public int upperCount() {
    return upperLow.length;
  }

  /** Draws one design point: the shape coefficients, the angle and the Reynolds number. */
  public DesignPoint sample(Rng rng) {
    double[] x = new double[shapeDimension()];
    double[] lo = shapeLow();
    double[] hi = shapeHigh();
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.uniform(lo[i], hi[i]);
    }
    double alpha = rng.uniform(alphaLow, alphaHigh);
    double logRe = rng.uniform(Math.log10(reynoldsLow), Math.log10(reynoldsHigh));
    return new DesignPoint(x, upperCount(), alpha, Math.pow(10, logRe), trailingEdgeThickness);
  }

  /** @return the lower bounds of the shape coefficients, upper surface first */
  public double[] shapeLow() {
    return concat(upperLow, lowerLow);
  }

  /** @return the upper bounds of the shape coefficients, upper surface first */
  public double[] shapeHigh() {
    return concat(upperHigh, lowerHigh);
  }

  /** @return the box of the shape coefficients as the support transform of a flow */
  public BoundedTransform shapeSupport() {
    return new BoundedTransform(shapeLow(), shapeHigh());
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double[] checkedCopy(String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException("design space: '" + name + "' needs at least one value");
    }
    return v.clone();
  }

  private static void requireInterval(String what, double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException("design space: " + what + " needs finite bounds with low < high, got ["
          + low + ", " + high + "]");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DesignSpace s && Arrays.equals(upperLow, s.upperLow) && Arrays.equals(upperHigh, s.upperHigh)
        && Arrays.equals(lowerLow, s.lowerLow) && Arrays.equals(lowerHigh, s.lowerHigh) && alphaLow == s.alphaLow
        && alphaHigh == s.alphaHigh && reynoldsLow == s.reynoldsLow && reynoldsHigh == s.reynoldsHigh
        && trailingEdgeThickness == s.trailingEdgeThickness;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shapeLow()) * 31 + Arrays.hashCode(shapeHigh());
  }

  @Override
  public String toString() {
    return "DesignSpace[upper " + Arrays.toString(upperLow) + ".." + Arrays.toString(upperHigh) + ", lower "
        + Arrays.toString(lowerLow) + ".." + Arrays.toString(lowerHigh) + ", alpha " + alphaLow + ".." + alphaHigh
        + ", Re " + reynoldsLow + ".." + reynoldsHigh + "]";
  }
}
