package org.inversesuite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CinnStoreTest {
  @TempDir
  Path dir;

  static Cinn model() {
    FlowConfig config = FlowConfig.couplingChain(3, 2, 3,
        AffineCouplingConfig.defaults().withSubnet(MlpConfig.of(16, 2, Activation.RELU)));
    Flow flow = Flow.build(config, Precision.FLOAT32, new Rng(5), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(6);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.2 * r.gaussian());
    }
    return new Cinn(flow, new ParameterSpace(new BoundedTransform(new double[] {0, Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY}, new double[] {5, Double.POSITIVE_INFINITY, 1}),
        new Standardization(new double[] {1, 2, 3}, new double[] {0.5, 1, 2})),
        new Standardization(new double[] {0, -1}, new double[] {1, 3}), 1);
  }

  @Test
  void roundTripGivesIdenticalDensitiesAndSamples() {
    Path file = dir.resolve("m.inn");
    try (Cinn a = model()) {
      var run = Json.mapper().createObjectNode().put("note", "test");
      CinnStore.save(file, a, run);
      try (Cinn b = CinnStore.load(file, 2)) {
        Matrix x = Numerics.gaussian(new Rng(1), 50, 3, 1);
        for (int r = 0; r < 50; r++) {
          x.set(r, 0, 2.5 + x.get(r, 0));
          x.set(r, 2, -1.5 - Math.abs(x.get(r, 2)));
        }
        Matrix y = Numerics.gaussian(new Rng(2), 50, 2, 1);
        assertArrayEquals(a.logDensity(x, y), b.logDensity(x, y));
        x.set(3, 0, 5.5);
        assertEquals(Double.NEGATIVE_INFINITY, b.logDensity(x, y)[3], "outside the support");
        assertEquals(0.0, Numerics.maxAbsDiff(a.sample(new double[] {0.3, 0.1}, 20, new Rng(3)),
            b.sample(new double[] {0.3, 0.1}, 20, new Rng(3))));
        assertEquals(a.flow().config(), b.flow().config());
        assertEquals(a.xSpace().standardization(), b.xSpace().standardization());
        assertArrayEquals(a.xSpace().support().upper(), b.xSpace().support().upper());
      }
      assertEquals("test", CinnStore.runMetadata(file).get("note").asText());
    }
  }

  @Test
  void truncatedFileIsRefusedWithItsPath() throws Exception {
    Path file = dir.resolve("m.inn");
    try (Cinn a = model()) {
      CinnStore.save(file, a, null);
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> CinnStore.load(file, 1));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void anotherKindOfModelIsRefused() {
    Path file = dir.resolve("other.inn");
    ModelStore.write(file, new ModelFile(Json.mapper().createObjectNode().put("kind", "vae"), java.util.Map.of()));
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> CinnStore.load(file, 1));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }
}
