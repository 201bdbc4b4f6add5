package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class IrregularRvSimulatorTest {
  private final RvObservationModel noise = new RvObservationModel(new RadialVelocityModel(2459000.0));
  private final IrregularRvSimulator simulator =
      new IrregularRvSimulator(RvPrior.defaults(), noise, IrregularRvConfig.defaults());

  @Test
  void schedulesVaryWithinTheConfiguredRanges() {
    List<RvSimulation> systems = simulator.simulate(300, new Rng(21));
    assertEquals(300, systems.size());
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    for (RvSimulation s : systems) {
      RvObservationSet o = s.observations();
      smallest = Math.min(smallest, o.size());
      largest = Math.max(largest, o.size());
      assertTrue(o.size() >= 10 && o.size() <= 200, "n=" + o.size());
      assertTrue(o.time(0) >= 2459000.0 && o.time(o.size() - 1) < 2459000.0 + 2000, o.toString());
      for (int i = 0; i < o.size(); i++) {
        assertTrue(o.error(i) >= 1 && o.error(i) <= 10, "sigma " + o.error(i));
      }
      assertTrue(Double.isFinite(RvPrior.defaults().logDensity(
          new org.inversesuite.core.tensor.DoubleMatrix(1, 7, s.parameters().toArray()))[0]));
    }
    assertTrue(smallest < 30 && largest > 180, "counts should span the range: " + smallest + ".." + largest);
  }

  @Test
  void sameSeedSameSystems() {
    assertEquals(simulator.simulate(5, new Rng(8)), simulator.simulate(5, new Rng(8)));
  }

  @Test
  void dataFollowTheTrueCurveWithinTheNoise() {
    IrregularRvSimulator quiet = new IrregularRvSimulator(
        new RvPrior(RvPriorConfig.defaults().withJitterMax(1e-9)), noise,
        IrregularRvConfig.defaults().withEpochs(200, 200).withErrors(2, 2));
    RvSimulation s = quiet.simulate(1, new Rng(2)).get(0);
    double chi2 = 0;
    RvObservationSet o = s.observations();
    for (int i = 0; i < o.size(); i++) {
      double r = (o.velocity(i) - noise.model().velocity(s.parameters(), o.time(i))) / o.error(i);
      chi2 += r * r;
    }
    assertEquals(200, chi2, 5 * Math.sqrt(400), "chi2 of 200 points");
  }

  @Test
  void configValidates() {
    assertThrows(IllegalArgumentException.class, () -> IrregularRvConfig.defaults().withEpochs(0, 5));
    assertThrows(IllegalArgumentException.class, () -> IrregularRvConfig.defaults().withEpochs(20, 10));
    assertThrows(IllegalArgumentException.class, () -> IrregularRvConfig.defaults().withBaseline(-1));
    assertThrows(IllegalArgumentException.class, () -> IrregularRvConfig.defaults().withErrors(0, 1));
    assertThrows(IllegalArgumentException.class, () -> IrregularRvConfig.defaults().withErrors(3, 2));
    assertThrows(IllegalArgumentException.class, () -> simulator.simulate(-1, new Rng(1)));
  }
}
