package org.inversesuite.astro.rv;

import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.nn.MlpConfig;

/**
 * The coupling block of the RV cINN's chain (each followed by a random permutation).
 * <ul>
 *   <li>{@link #AFFINE}: GLOW affine couplings (Kingma and Dhariwal 2018), x_a ↦ x_a e^{s} + t with
 *       the log-scale soft-clamped by α·(2/π)·atan(s/α), α = 2; a bijection whose every conditional
 *       1-D map is linear, so a multimodal marginal needs many blocks. What configs and model files
 *       without the setting use.</li>
 *   <li>{@link #RQ_SPLINE}: monotone rational-quadratic spline couplings (Durkan, Bekasov, Murray and
 *       Papamakarios 2019, "Neural Spline Flows", NeurIPS) with {@value #SPLINE_BINS} bins on
 *       [−{@value #SPLINE_BOUND}, {@value #SPLINE_BOUND}] (identity outside, core's
 *       {@link RqSplineCouplingConfig}): each conditional 1-D map can put several modes in one block,
 *       which is what the period's aliases need.</li>
 * </ul>
 */
public enum RvCoupling {
  /** GLOW affine couplings; what an absent setting reads as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  AFFINE,
  /** Rational-quadratic spline couplings. */
  RQ_SPLINE;

  /** Bins of each spline. */
  public static final int SPLINE_BINS = 8;
  /** Half-width B of the interval the splines act on, in the flow's standardised coordinates. */
  public static final double SPLINE_BOUND = 8.0;

  /** @return the block config of one coupling with this subnet */
  public BlockConfig block(MlpConfig subnet) {
    return switch (this) {
      case AFFINE -> new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, subnet);
      case RQ_SPLINE -> new RqSplineCouplingConfig(SPLINE_BINS, SPLINE_BOUND, subnet);
    };
  }
}
