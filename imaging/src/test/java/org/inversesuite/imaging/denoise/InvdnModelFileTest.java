package org.inversesuite.imaging.denoise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvdnModelFileTest {
  static final InvdnExperiment EXPERIMENT = new InvdnExperiment("tiny", "../shared/data/images", List.of("a.png"), 25,
      new InvdnNetworkConfig(2, List.of(4), 1.0), 8, 2, 3, 1e-3, 1e-4, 1.0, TrainingLatent.ZERO, 16, 7, true, "");

  @Test
  void aWrittenModelReadsBackWithItsExperimentMetricsAndWeights(@TempDir Path dir) {
    Parameters p = new Parameters(Precision.FLOAT32);
    new InvdnNetwork(EXPERIMENT.network(), new ImageShape(3, 2, 2), p);
    p.initialise(new Rng(4));
    Rng r = new Rng(4);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, 0.1 * r.gaussian());
    }
    ObjectNode metrics = Json.mapper().createObjectNode().put("psnr", 30.5);
    Path file = dir.resolve("m.invmodel");
    InvdnModelFile.write(file, EXPERIMENT, p, metrics);
    InvdnModelFile.Loaded loaded = InvdnModelFile.read(file);
    assertEquals(EXPERIMENT, loaded.experiment());
    assertEquals(30.5, loaded.metrics().path("psnr").asDouble());
    Image noisy = GaussianNoise.add(new Image(new ImageShape(3, 6, 8), new double[144]), 25, new Rng(1));
    assertArrayEquals(new InvdnDenoiser(EXPERIMENT.network(), p).denoise(noisy).values(),
        loaded.denoiser().denoise(noisy).values(), 0.0);
  }

  @Test
  void aFileThatIsNotAModelOrOfAnotherKindIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.invmodel"), "not a model");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> InvdnModelFile.read(junk));
    assertTrue(e.getMessage().contains("junk.invmodel"), e.getMessage());
    Path other = dir.resolve("other.invmodel");
    org.inversesuite.core.io.ModelStore.write(other, new org.inversesuite.core.io.ModelFile(
        Json.mapper().createObjectNode().put("kind", "hinet-steganography"), java.util.Map.of()));
    e = assertThrows(ModelFormatException.class, () -> InvdnModelFile.read(other));
    assertTrue(e.getMessage().contains("not an InvDN denoiser"), e.getMessage());
  }

  @Test
  void configsWithoutTheNewFieldsReadAsBeforeAndTheNewFieldsRoundTrip() throws Exception {
    InvdnExperiment old = Json.mapper().readValue(Path.of("../experiments/imaging/invdn-s25-long.json").toFile(),
        InvdnExperiment.class);
    assertFalse(old.permuteColours());
    assertEquals("", old.initialWeights());
    String json = Json.mapper().writeValueAsString(EXPERIMENT);
    assertEquals(EXPERIMENT, Json.mapper().readValue(json, InvdnExperiment.class));
    InvdnExperiment colour = Json.mapper().readValue(Path.of("../experiments/imaging/invdn-s25-colour.json").toFile(),
        InvdnExperiment.class);
    assertTrue(colour.permuteColours());
    assertTrue(Files.isRegularFile(Path.of("..").resolve(colour.initialWeights())), colour.initialWeights());
  }
}
