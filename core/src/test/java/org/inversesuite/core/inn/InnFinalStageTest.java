package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/** {@link InnTraining#continueTraining}: a final stage trains the same flow further, with its own recipe. */
class InnFinalStageTest {
  private static final EightModes TOY = new EightModes(EightModes.Labels.SOME);

  private static double[] parameters(Inn inn) {
    Matrix p = inn.flow().parameters().values();
    double[] out = new double[p.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = p.get(i);
    }
    return out;
  }

  private static Inn first() {
    return InnTraining.train(InnConfig.eightModesToy().withSchedule(2, 16), TOY, Precision.FLOAT64, null);
  }

  @Test
  void finalStageRunsItsOwnStepsAtItsBatchWithTheInverseMmdAtFullWeightAndIsDeterministic() {
    InnConfig stage = InnConfig.eightModesToy().finalStage(3, 24, 5e-4);
    assertEquals(1.0, stage.rampFactor(0), "no ramp-up in the final stage");
    assertEquals(24, stage.batchSize());
    Inn before = first();
    double[] start = parameters(before);
    int[] calls = new int[1];
    Inn after = InnTraining.continueTraining(before, stage, TOY, p -> {
      assertEquals(calls[0]++, p.step());
      assertTrue(Double.isFinite(p.total()));
      assertTrue(p.backward() > 0, "the inverse MMD takes part from the first step");
    });
    assertEquals(3, calls[0]);
    assertEquals(stage, after.config());
    double[] trained = parameters(after);
    assertNotEquals(0, distance(start, trained), "the stage moved the weights");
    double[] again = parameters(InnTraining.continueTraining(first(), stage, TOY, null));
    assertEquals(0, distance(trained, again), "same seeds, same weights");
    double[] none = parameters(InnTraining.continueTraining(first(), stage.withSchedule(0, 24), TOY, null));
    assertEquals(0, distance(start, none), "a stage of 0 steps leaves the flow alone");
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs(a[i] - b[i]);
    }
    return s;
  }

  @Test
  void finalStageOfAnotherArchitectureIsRefusedWithBothConfigs() {
    InnConfig other = InnConfig.eightModes().finalStage(1, 16, 1e-3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InnTraining.continueTraining(first(), other, TOY, null));
    assertTrue(e.getMessage().contains("another architecture"), e.getMessage());
  }
}
