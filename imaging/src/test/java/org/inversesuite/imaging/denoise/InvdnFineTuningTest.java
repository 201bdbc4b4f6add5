package org.inversesuite.imaging.denoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.TestImages;
import org.junit.jupiter.api.Test;

class InvdnFineTuningTest {
  static InvdnExperiment experiment(int iterations) {
    return new InvdnExperiment("tiny", "x", List.of(), 25, new InvdnNetworkConfig(2, List.of(4), 1.0), 8, 2, iterations,
        1e-3, 1e-3, 1.0, TrainingLatent.ZERO, 0, 3, true, "");
  }

  static Matrix someWeights(InvdnExperiment e) {
    Parameters p = new Parameters(Precision.FLOAT32);
    new InvdnNetwork(e.network(), new ImageShape(3, 2, 2), p);
    Matrix w = Matrix.zeros(Precision.FLOAT32, 1, p.size());
    Rng r = new Rng(9);
    for (int i = 0; i < w.size(); i++) {
      w.set(i, 0.05 * r.gaussian());
    }
    return w;
  }

  @Test
  void trainingStartsFromTheGivenWeightsAndMovesThemOnlyAsFarAsTheSteps() {
    List<Image> images = List.of(TestImages.constant(3, 12, 90));
    Matrix initial = someWeights(experiment(0));
    Parameters none = InvdnTraining.train(experiment(0), images, initial, (it, loss) -> { }, () -> false);
    assertEquals(0.0, Numerics.maxAbsDiff(none.values(), initial), 0.0, "zero steps must return the initial weights");
    Parameters two = InvdnTraining.train(experiment(2), images, initial, (it, loss) -> { }, () -> false);
    double moved = Numerics.maxAbsDiff(two.values(), initial);
    // Adam moves each weight by at most about the step size per step
    assertTrue(moved > 0 && moved < 2 * 1e-3 * 1.01, "moved " + moved);
  }

  @Test
  void initialWeightsOfAnotherNetworkAreRefused() {
    Matrix wrong = Matrix.zeros(Precision.FLOAT32, 1, 10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InvdnTraining.train(experiment(1), List.of(TestImages.constant(3, 12, 90)), wrong, (it, l) -> { }, () -> false));
    assertTrue(e.getMessage().contains("10"), e.getMessage());
  }
}
