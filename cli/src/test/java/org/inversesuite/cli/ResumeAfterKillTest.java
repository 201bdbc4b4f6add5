package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run killed with SIGKILL (kill -9) in a child process and finished with
 * {@code inverse resume} ends with exactly the model and metrics of an uninterrupted run. The child
 * runs at this JVM's vector width ({@link ChildJvm}), as a resumed run must on one machine.
 */
class ResumeAfterKillTest {
  @TempDir
  Path dir;

  @Test
  void killedRunResumesToTheUninterruptedResult() throws Exception {
    ExperimentConfig config = ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(), List.of(
        "name=killed", "training.iterations=400", "training.batchSize=64", "training.validationSize=256",
        "training.validationInterval=50", "checkpointInterval=20", "evaluation.observations=1",
        "evaluation.samplesPerObservation=100", "evaluation.abcEpsilon=0.05"));
    Path configFile = dir.resolve("config.json");
    Files.write(configFile, Json.mapper().writeValueAsBytes(config));

    Path killed = dir.resolve("killed");
    List<String> cmd = ChildJvm.command("1g");
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.inversesuite.cli.InverseCommand", "train", configFile.toString(), "--quiet", "--out", killed.toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
        .start();
    Path checkpoint = killed.resolve("checkpoint.ckpt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(checkpoint) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(Files.exists(checkpoint), "no checkpoint appeared; child log: " + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(killed.resolve("metrics.json")), "the child finished before it was killed");

    var resumed = CommandLineTest.run("resume", killed.toString(), "--quiet");
    assertEquals(0, resumed.code(), resumed.err() + resumed.out());
    assertTrue(resumed.out().contains("resuming"), resumed.out());

    Path straight = dir.resolve("straight");
    var train = CommandLineTest.run("train", configFile.toString(), "--quiet", "--out", straight.toString());
    assertEquals(0, train.code(), train.err());

    try (Cinn a = CinnStore.load(killed.resolve("model.inn"), 1); Cinn b = CinnStore.load(straight.resolve("model.inn"), 1)) {
      assertArrayEquals(b.flow().parameters().values().toRows()[0], a.flow().parameters().values().toRows()[0]);
    }
    assertEquals(Files.readString(straight.resolve("posterior-quality.csv")),
        Files.readString(killed.resolve("posterior-quality.csv")));

    var again = CommandLineTest.run("resume", killed.toString(), "--quiet");
    assertEquals(2, again.code());
    assertTrue(again.err().contains("already finished"), again.err());
  }
}
