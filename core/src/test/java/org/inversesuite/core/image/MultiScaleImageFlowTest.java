package org.inversesuite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.InvertibleBlockContract;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.graph.GraphConfig;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A two-scale image flow (RealNVP section 3.6, Glow) written as a graph in a config file,
 * {@code multiscale-image-flow.json}: (3, 8, 8) → Haar (12, 4, 4) → two channel-mask couplings
 * (parity 0, 1) and a 1x1 convolution → split 96 | 96 columns, i.e. channels 0-5 | 6-11 → the first
 * half leaves as z₁, the second goes through Haar (24, 2, 2) and two more couplings into z₂ →
 * merge z = [z₁, z₂]. {@code multiscale-image-flow-tiny.json} is the same graph on (1, 4, 4)
 * images (split 8 | 8, second scale (8, 1, 1)): it runs the full block contract, whose
 * finite-difference tolerances (absolute 1e-8) are set for rows of at most a few dozen columns;
 * on 192 columns the loss is ~100 and central differences at h = 1e-6 carry ~5e-8 of round-off
 * (a step sweep converges to the analytic gradient), so the 3x8x8 file is checked for round trip
 * and log-det against the brute-force Jacobian only.
 */
class MultiScaleImageFlowTest {
  static final String RESOURCE = "multiscale-image-flow.json";
  static final String TINY = "multiscale-image-flow-tiny.json";

  static ObjectNode tree() throws IOException {
    return tree(RESOURCE);
  }

  static ObjectNode tree(String resource) throws IOException {
    try (InputStream in = MultiScaleImageFlowTest.class.getResourceAsStream(resource)) {
      return (ObjectNode) Json.mapper().readTree(in);
    }
  }

  static FlowConfig flow(ObjectNode tree) throws IOException {
    return Json.mapper().treeToValue(tree, FlowConfig.class);
  }

  /** @return the graph's node called {@code name} in the config tree */
  static ObjectNode node(ObjectNode tree, String name) {
    for (var n : (ArrayNode) tree.get("blocks").get(0).get("nodes")) {
      if (n.get("name").asText().equals(name)) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no node " + name);
  }

  static IllegalArgumentException buildFails(ObjectNode tree) throws IOException {
    FlowConfig f = flow(tree);
    return assertThrows(IllegalArgumentException.class, () -> f.blocks().get(0)
        .build(new Parameters(Precision.FLOAT64), "g", f.dimension(), 0, new Rng(1)));
  }

  /** The tiny graph read from its file, built on 1x4x4 images, against the full block contract in float64. */
  @Nested
  class FromConfigFile implements ImageBlockContract {
    @Override
    public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
      try {
        FlowConfig f = flow(tree(TINY));
        assertEquals(shape().size(), f.dimension());
        BlockConfig graph = f.blocks().get(0);
        assertTrue(graph instanceof GraphConfig);
        return graph.build(parameters, "g", f.dimension(), 0, structure);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public ImageShape shape() {
      return new ImageShape(1, 4, 4);
    }
  }

  @Test
  void theRgbFlowRoundTripsAndItsLogDetIsTheBruteForceOne() throws IOException {
    FlowConfig f = flow(tree());
    Parameters parameters = new Parameters(Precision.FLOAT64);
    InvertibleBlock g = f.blocks().get(0).build(parameters, "g", f.dimension(), 0, new Rng(3));
    parameters.initialise(new Rng(4));
    Rng perturb = new Rng(5);
    for (int i = 0; i < parameters.size(); i++) {
      parameters.values().set(i, 0.1 * perturb.gaussian());
    }
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    Matrix x = Numerics.gaussian(new Rng(6), 2, 192, 1.0);
    double[] logDet = new double[2];
    Matrix z = x.like(2, 192);
    g.forward(x, null, z, logDet, ws);
    Matrix back = x.like(2, 192);
    g.inverse(z, null, back, new double[2], ws);
    assertTrue(Numerics.maxAbsDiff(back, x) < 1e-10, "round trip error " + Numerics.maxAbsDiff(back, x));
    double[][][] jacobians = Numerics.jacobians(in -> {
      Matrix out = in.like(in.rows(), in.cols());
      g.forward(in, null, out, new double[in.rows()], ws);
      return out;
    }, x, 1e-6);
    for (int r = 0; r < 2; r++) {
      double bruteForce = Numerics.logAbsDet(jacobians[r]);
      assertEquals(bruteForce, logDet[r], 1e-6 * Math.max(1, Math.abs(bruteForce)), "row " + r);
      assertTrue(Math.abs(logDet[r]) > 0.1, "the couplings should not be volume-preserving here: " + logDet[r]);
    }
  }

  /** @return the message of building the 3x8x8 flow with its split cut at {@code first} | 192 − first */
  static String splitAt(int first) throws IOException {
    ObjectNode tree = tree();
    node(tree, "s").withArray("sizes").removeAll().add(first).add(192 - first);
    return buildFails(tree).getMessage();
  }

  @Test
  void aSplitInsideAChannelIsRefusedNamingTheNode() throws IOException {
    String message = splitAt(100);
    assertTrue(message.contains("graph block 'haar2'"), message);
    assertTrue(message.contains("not a whole number of 4x4 channels"), message);
  }

  @Test
  void aSplitAtTheWrongChannelIsRefusedNamingTheNode() throws IOException {
    String message = splitAt(80);
    assertTrue(message.contains("graph block 'haar2'") && message.contains("6x4x4 = 96"), message);
    assertTrue(message.contains("(= 7 channels of 4x4)"), message);
  }

  @Test
  void aHaarOnOddSizesIsRefusedNamingTheNode() throws IOException {
    // the same graph on 3x6x6 images: Haar gives 12x3x3, and the second Haar meets 6x3x3, odd sides
    ObjectNode tree = tree();
    tree.put("dimension", 3 * 6 * 6);
    node(tree, "s").withArray("sizes").removeAll().add(54).add(54);
    for (String name : new String[] {"haar1", "c1", "c2", "mix1", "haar2", "c3", "c4"}) {
      ObjectNode shape = (ObjectNode) node(tree, name).get("block").get("shape");
      shape.put("height", shape.get("height").asInt() * 3 / 4).put("width", shape.get("width").asInt() * 3 / 4);
    }
    String message = buildFails(tree).getMessage();
    assertTrue(message.contains("graph block 'haar2'"), message);
    assertTrue(message.contains("6x3x3") && message.contains("even height and width"), message);
  }
}
