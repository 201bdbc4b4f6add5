package org.inversesuite.cli.airfoil;

import java.util.Locale;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.core.random.Rng;

/**
 * One order in which {@code inverse airfoil compare} has the solver re-simulate the cINN's pool:
 * by a forward surrogate's predicted score ({@link InverseDesigner#firstMeetingToleranceSurrogate}),
 * or by that score corrected after every miss by what the solver said
 * ({@link InverseDesigner#firstMeetingToleranceCorrected}).
 *
 * @param surrogate the forward surrogate
 * @param corrected whether misses correct the surrogate
 */
record ScreenOrder(LiftDragSurrogate surrogate, boolean corrected) {

  /** @return e.g. "mlp" or "mlp corrected" */
  String label() {
    return surrogate.kind().name().toLowerCase(Locale.ROOT) + (corrected ? " corrected" : "");
  }

  /** Searches the pool in this order until a design meets both tolerances. */
  InverseDesigner.FirstDesign search(InverseDesigner designer, DesignTarget target, int pool, int batch, int maxDraws,
      Rng rng) {
    return corrected ? designer.firstMeetingToleranceCorrected(target, surrogate, pool, batch, maxDraws, rng)
        : designer.firstMeetingToleranceSurrogate(target, surrogate, pool, batch, maxDraws, rng);
  }
}
