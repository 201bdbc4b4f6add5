package org.inversesuite.imaging.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** When checkpoints fall, and the file names of the two layouts. */
class RunScheduleTest {
  @Test
  void checkpointsEveryTenthOfTheRunButNeverAtTheLastStep() {
    RunSchedule s = RunSchedule.standard(25);
    assertEquals(2, s.checkpointSteps());
    CheckpointClock clock = new CheckpointClock(s);
    StringBuilder due = new StringBuilder();
    for (int done = 1; done <= 25; done++) {
      if (clock.due(done, 25)) {
        due.append(done).append(' ');
      }
    }
    assertEquals("2 4 6 8 10 12 14 16 18 20 22 24 ", due.toString());
    assertFalse(new RunSchedule(Double.POSITIVE_INFINITY, 1, 1, false).due(5, 10, true), "the last step writes the model");
    assertTrue(new RunSchedule(Double.POSITIVE_INFINITY, 1000, 60, false).due(1, 61, false), "seconds alone make it due");
    assertThrows(IllegalArgumentException.class, () -> new RunSchedule(0, 1, 1, false));
  }

  @Test
  void runFolderAndRunnerLayouts() {
    RunOutputs folder = RunOutputs.runFolder(Path.of("runs/x"));
    assertEquals(Path.of("runs/x/model.invmodel"), folder.model());
    assertEquals(Path.of("runs/x/checkpoint.invmodel"), folder.checkpoint());
    assertEquals(Path.of("runs/x/model-step7.invmodel"), folder.checkpointAt(7));
    RunOutputs runner = RunOutputs.beside(Path.of("target/hinet"), "hinet-8bit-6-long7");
    assertEquals(Path.of("target/hinet/hinet-8bit-6-long7.invmodel"), runner.model());
    assertEquals(Path.of("target/hinet/hinet-8bit-6-long7-checkpoint.invmodel"), runner.checkpoint());
    assertEquals(Path.of("target/hinet/hinet-8bit-6-long7-step300.invmodel"), runner.checkpointAt(300));
    assertEquals(Path.of("target/hinet"), runner.pictures());
  }
}
