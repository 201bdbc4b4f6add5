package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;

class SamplingScheduleTest {
  private final SamplingSchedule s = new SamplingSchedule(new double[] {-1, 1, 4}, new double[] {-1.5, 1.0, 5.0},
      new double[] {1.4, 1.0, 0.6});

  @Test
  void knotsAreReproducedExactly() {
    assertEquals(-1.5, s.asked(-1), 1e-12);
    assertEquals(1.0, s.asked(1), 1e-12);
    assertEquals(5.0, s.asked(4), 1e-12);
    assertEquals(1.4, s.temperature(-1), 1e-12);
    assertEquals(0.6, s.temperature(4), 1e-12);
  }

  @Test
  void offsetsAndTemperaturesAreLinearBetweenKnots() {
    // offsets -0.5, 0, 1: at t = 0 half-way between -1 and 1, offset -0.25; at t = 3, two thirds from 1 to 4, offset 2/3
    assertEquals(-0.25, s.asked(0), 1e-12);
    assertEquals(3 + 2.0 / 3, s.asked(3), 1e-12);
    assertEquals(1.2, s.temperature(0), 1e-12);
    assertEquals(1.0 - 0.4 * 2 / 3, s.temperature(3), 1e-12);
  }

  @Test
  void outsideTheKnotsTheEndOffsetAndTemperatureAreKept() {
    assertEquals(-3.5, s.asked(-3), 1e-12);
    assertEquals(10.0, s.asked(9), 1e-12);
    assertEquals(1.4, s.temperature(-3), 1e-12);
    assertEquals(0.6, s.temperature(9), 1e-12);
  }

  @Test
  void theConstantScheduleIsThePlainSampler() {
    SamplingSchedule c = SamplingSchedule.constant(0.8);
    for (double t : new double[] {-2, 0, 3.3, 7}) {
      assertEquals(t, c.asked(t), 0);
      assertEquals(0.8, c.temperature(t), 0);
    }
  }

  @Test
  void jsonRoundTrip() throws Exception {
    String json = Json.mapper().writeValueAsString(s);
    assertEquals(s, Json.mapper().readValue(json, SamplingSchedule.class));
  }

  @Test
  void badSchedulesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SamplingSchedule(new double[] {}, new double[] {}, new double[] {}));
    assertThrows(IllegalArgumentException.class, () -> new SamplingSchedule(new double[] {1, 1}, new double[] {1, 1},
        new double[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new SamplingSchedule(new double[] {1, 2}, new double[] {1},
        new double[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new SamplingSchedule(new double[] {1}, new double[] {Double.NaN},
        new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new SamplingSchedule(new double[] {1}, new double[] {1},
        new double[] {-0.1}));
    assertThrows(IllegalArgumentException.class, () -> s.asked(Double.NaN));
  }
}
