package org.inversesuite.data.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/** A small rejection-ABC run on the arm: the radius holds in the arm's own forward model. */
class InverseKinematicsAbcTest {

  @Test
  void everyAcceptedArmConfigurationReachesItsObservation() {
    double eps = 0.05;
    ReferenceObservations ref = InverseKinematics.referenceObservations();
    ArmForwardModel arm = InverseKinematics.forwardModel();
    RejectionAbc abc = new RejectionAbc(InverseKinematics.prior(), arm, eps, 50_000, 2);
    AbcResult r = abc.run(ref.yStar(), 40, 5_000_000, new Rng(1234));
    assertTrue(r.complete(), r.toString());
    ResimulationError resim = new ResimulationError(arm);
    for (int j = 0; j < ref.size(); j++) {
      Matrix s = r.samples(j);
      assertEquals(40, s.rows());
      double[] e = resim.squaredErrors(s, ref.yStar(j));
      for (int i = 0; i < e.length; i++) {
        assertTrue(e[i] < eps * eps, "observation " + j + ", sample " + i + ": squared distance " + e[i]);
      }
      // f(x) nearly uniform in the disc of radius eps: mean squared distance eps^2 / 2
      double mean = resim.meanSquared(s, ref.yStar(j));
      assertTrue(mean > 0.25 * eps * eps && mean < 0.75 * eps * eps, "observation " + j + ": " + mean);
    }
  }
}
