package org.inversesuite.imaging.winnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipe around the network: schedule, per-row noise levels, warm start, blind level, configs. */
class WinnetTrainingTest {
  private static final ConvNetConfig SUBNET = new ConvNetConfig(List.of(6), 3, Activation.LEAKY_RELU);

  private static WinnetExperiment experiment(int warmup, String initialModel, List<Double> range) {
    return new WinnetExperiment("t", "images", List.of(), 25, 2, 1, SUBNET, 8, 2, 11, 1e-3, 1e-5, 7, warmup, initialModel,
        range);
  }

  private static void randomise(Parameters p, long seed) {
    Rng rng = new Rng(seed);
    Matrix v = p.values();
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.3 * rng.gaussian());
    }
  }

  @Test
  void scheduleWarmsUpLinearlyThenFollowsTheCosine() {
    WinnetExperiment e = experiment(4, "", List.of());
    assertEquals(0.25e-3, e.learningRateAt(0, 0), 1e-15);
    assertEquals(0.75e-3, e.learningRateAt(2, 0.9), 1e-15, "warm-up ignores the schedule position");
    assertEquals(1e-3, e.learningRateAt(4, 0), 1e-15);
    assertEquals((1e-3 + 1e-5) / 2, e.learningRateAt(5, 0.5), 1e-15);
    assertEquals(1e-5, e.learningRateAt(6, 1), 1e-15);
    assertEquals(1e-5, e.learningRateAt(6, 1.7), 1e-15, "a spent budget stays at the final rate");
    assertEquals(1e-5, e.learningRateAt(10), 1e-15, "the last step of the run reaches the final rate");
    WinnetExperiment old = new WinnetExperiment("t", "i", List.of(), 25, 2, 1, SUBNET, 8, 2, 11, 1e-3, 1e-5, 7);
    assertEquals(1e-3, old.learningRateAt(0), 1e-15, "no warm-up in configs written before it existed");
  }

  @Test
  void perRowNoiseLevelsEqualDenoisingEachRowAlone() {
    WinnetExperiment e = experiment(0, "", List.of());
    ShrinkageNetwork net = WinnetTraining.network(e, Precision.FLOAT64);
    randomise(net.parameters(), 3);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    Rng rng = new Rng(5);
    Matrix two = Matrix.zeros(Precision.FLOAT64, 2, 64);
    for (int i = 0; i < two.size(); i++) {
      two.set(i, 100 + 30 * Math.sin(i / 3.0) + 20 * rng.gaussian());
    }
    Matrix both = net.synthesise(net.analyse(two, new double[] {10, 40}, ws));
    double[] sigma = {10, 40};
    for (int r = 0; r < 2; r++) {
      Matrix row = Matrix.zeros(Precision.FLOAT64, 1, 64);
      for (int i = 0; i < 64; i++) {
        row.set(i, two.get(r, i));
      }
      Matrix alone = net.synthesise(net.analyse(row, sigma[r], ws));
      for (int i = 0; i < 64; i++) {
        assertEquals(alone.get(0, i), both.get(r, i), 1e-9, "row " + r + ", column " + i);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> net.analyse(two, new double[] {10}, ws));
  }

  @Test
  void warmStartLoadsTheNamedModelAndRefusesAnotherNetwork(@TempDir Path root) {
    WinnetExperiment e = experiment(0, "", List.of());
    Parameters trained = WinnetTraining.network(e, Precision.FLOAT32).parameters();
    randomise(trained, 9);
    WinnetModelFile.write(root.resolve("start.invmodel"), e, trained, Json.mapper().createObjectNode());
    ShrinkageNetwork warm = WinnetTraining.startingNetwork(experiment(0, "start.invmodel", List.of()), root);
    assertArrayEquals(trained.values().toRows()[0], warm.parameters().values().toRows()[0], 0);
    WinnetExperiment wider = new WinnetExperiment("w", "images", List.of(), 25, 2, 1,
        new ConvNetConfig(List.of(7), 3, Activation.LEAKY_RELU), 8, 2, 11, 1e-3, 1e-5, 7, 0, "start.invmodel", List.of());
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> WinnetTraining.startingNetwork(wider, root));
    assertTrue(ex.getMessage().contains("start.invmodel"), ex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> experiment(0, "", List.of(30.0, 10.0)));
  }

  @Test
  void blindModelRunsAtTheEstimatedLevelAndTrainsOnARange(@TempDir Path dir) {
    WinnetExperiment blind = experiment(0, "", List.of(0.0, 55.0));
    Parameters p = WinnetTraining.network(blind, Precision.FLOAT32).parameters();
    ObjectNode none = Json.mapper().createObjectNode();
    WinnetModelFile.write(dir.resolve("b.invmodel"), blind, p, none);
    WinnetModelFile.write(dir.resolve("k.invmodel"), experiment(0, "", List.of()), p, none);
    double[] v = new double[3 * 64 * 64];
    for (int i = 0; i < v.length; i++) {
      v[i] = 90 + 0.5 * (i % 64);
    }
    Image noisy = GaussianNoise.add(new Image(new ImageShape(3, 64, 64), v), 30, new Rng(2));
    assertEquals(30, WinnetModelFile.read(dir.resolve("b.invmodel")).sigmaFor(noisy, 5), 3);
    assertEquals(5, WinnetModelFile.read(dir.resolve("k.invmodel")).sigmaFor(noisy, 5));
    assertEquals(WinnetTraining.BLIND_FLOOR, WinnetTraining.blindLevel(0));
    ShrinkageNetwork net = WinnetTraining.network(blind, Precision.FLOAT32);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    Matrix clean = Matrix.zeros(Precision.FLOAT64, 6, 64);
    for (int i = 0; i < clean.size(); i++) {
      clean.set(i, 100 + 40 * Math.cos(i / 4.0));
    }
    double mse = WinnetTraining.step(blind, net, clean, new Rng(4), ws);
    assertTrue(mse > 0 && mse < 55 * 55, "MSE " + mse);
  }

  @Test
  void everyWinnetConfigParsesAndNamesItsFile() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("../experiments/imaging"))) {
      files = s.filter(f -> f.getFileName().toString().matches("winnet.*\\.json")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      WinnetExperiment e = Json.mapper().readValue(f.toFile(), WinnetExperiment.class);
      assertEquals(f.getFileName().toString().replace(".json", ""), e.name(), f.toString());
      assertTrue(e.initialModel().isEmpty() || Files.exists(Path.of("..").resolve(e.initialModel())), f.toString());
    }
  }
}
