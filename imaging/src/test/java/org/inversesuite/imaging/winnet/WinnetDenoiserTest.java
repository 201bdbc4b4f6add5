package org.inversesuite.imaging.winnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.colour.ColourSpace;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinnetDenoiserTest {
  private static final ConvNetConfig SUBNET = new ConvNetConfig(List.of(6), 3, Activation.LEAKY_RELU);

  static WinnetExperiment experiment(int levels, int shifts, int patch) {
    return new WinnetExperiment("t", "images", List.of(), 25, levels, shifts, SUBNET, patch, 2, 3, 1e-3, 1e-4, 7);
  }

  private static Image scene(int channels, int h, int w) {
    double[] v = new double[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 60 + 40 * c + 50 * Math.sin(x / 5.0) * Math.cos(y / 7.0) + (x > w / 2 ? 60 : 0);
        }
      }
    }
    return new Image(new ImageShape(channels, h, w), v);
  }

  @Test
  void untrainedModelIsExactlyTheBayesShrinkWaveletBaseline() {
    Image noisy = GaussianNoise.add(scene(3, 21, 30), 25, new Rng(3));
    for (int[] ls : new int[][] {{4, 4}, {2, 3}, {1, 1}}) {
      WinnetExperiment e = experiment(ls[0], ls[1], 1 << ls[0]);
      Parameters p = WinnetTraining.network(e, Precision.FLOAT32).parameters();
      Image ours = new WinnetDenoiser(ls[0], ls[1], SUBNET, p).denoise(noisy, 25);
      Image wavelet = new HaarShrinkage(ls[0], ls[1]).denoise(noisy, 25);
      assertArrayEquals(wavelet.values(), ours.values(), 1e-9, "levels " + ls[0] + ", shifts " + ls[1]);
    }
  }

  @Test
  void untrainedOpponentModelIsTheWaveletOnTheOpponentPlanesAndLeavesGreyImagesAsInRgb() {
    WinnetExperiment e = experiment(2, 2, 4);
    Parameters p = WinnetTraining.network(e, Precision.FLOAT32).parameters();
    WinnetDenoiser opponent = new WinnetDenoiser(2, 2, SUBNET, p, ColourSpace.OPPONENT);
    Image noisy = GaussianNoise.add(scene(3, 12, 20), 25, new Rng(4));
    Image expected = ColourSpace.OPPONENT.inverse(new HaarShrinkage(2, 2).denoise(ColourSpace.OPPONENT.forward(noisy), 25));
    assertArrayEquals(expected.values(), opponent.denoise(noisy, 25).values(), 1e-9);
    Image rgbResult = new WinnetDenoiser(2, 2, SUBNET, p).denoise(noisy, 25);
    assertTrue(Math.abs(rgbResult.values()[100] - opponent.denoise(noisy, 25).values()[100]) > 1e-6,
        "the opponent planes change an RGB result");
    Image grey = GaussianNoise.add(scene(1, 12, 20), 25, new Rng(5));
    assertArrayEquals(new WinnetDenoiser(2, 2, SUBNET, p).denoise(grey, 25).values(), opponent.denoise(grey, 25).values(), 0);
  }

  @Test
  void trainedShrinkageChangesTheOutputAndStaysInvertibleWithoutShrinkage() {
    WinnetExperiment e = experiment(2, 1, 8);
    ShrinkageNetwork net = WinnetTraining.network(e, Precision.FLOAT64);
    randomise(net.parameters());
    Matrix planes = Matrix.zeros(Precision.FLOAT64, 2, 64);
    Rng rng = new Rng(5);
    for (int i = 0; i < planes.size(); i++) {
      planes.set(i, 128 + 40 * rng.gaussian());
    }
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    ShrinkageNetwork.Pass pass = net.analyse(planes, 25, ws);
    for (int l = 0; l < 2; l++) {
      pass.shrunk[l].copyColumns(pass.bands[l], pass.bands[l].cols() / 4, 0, 3 * pass.bands[l].cols() / 4);
    }
    Matrix back = net.synthesise(pass);
    for (int i = 0; i < planes.size(); i++) {
      assertEquals(planes.get(i), back.get(i), 1e-9, "W^-1 W is the identity at " + i);
    }
  }

  @Test
  void gradientMatchesCentralDifferences() {
    WinnetExperiment e = experiment(2, 1, 8);
    ShrinkageNetwork net = WinnetTraining.network(e, Precision.FLOAT64);
    randomise(net.parameters());
    Rng rng = new Rng(9);
    Matrix clean = Matrix.zeros(Precision.FLOAT64, 3, 64);
    Matrix noisy = clean.like(3, 64);
    for (int i = 0; i < clean.size(); i++) {
      clean.set(i, 128 + 50 * Math.sin(i / 3.0));
      noisy.set(i, clean.get(i) + 25 * rng.gaussian());
    }
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    net.backward(net.analyse(noisy, 25, ws), clean, ws);
    Matrix grad = ws.gradients().copy();
    Matrix theta = net.parameters().values();
    int checked = 0;
    for (int i = 0; i < theta.size(); i += 7) {
      double t = theta.get(i);
      double h = 1e-5;
      theta.set(i, t + h);
      double up = loss(net, noisy, clean);
      theta.set(i, t - h);
      double down = loss(net, noisy, clean);
      theta.set(i, t);
      double fd = (up - down) / (2 * h);
      assertEquals(fd, grad.get(i), 1e-6 * Math.max(1, Math.abs(fd)) + 1e-9, "parameter " + i);
      checked++;
    }
    assertTrue(checked > 20, "checked " + checked);
  }

  private static double loss(ShrinkageNetwork net, Matrix noisy, Matrix clean) {
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    return net.backward(net.analyse(noisy, 25, ws), clean, ws) / (255.0 * 255.0);
  }

  private static void randomise(Parameters p) {
    Rng rng = new Rng(11);
    Matrix v = p.values();
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.3 * rng.gaussian());
    }
  }

  @Test
  void modelFileRoundTripsAndRefusesOtherKinds(@TempDir Path dir) throws Exception {
    WinnetExperiment e = experiment(3, 2, 16);
    Parameters p = WinnetTraining.network(e, Precision.FLOAT32).parameters();
    randomise(p);
    ObjectNode metrics = Json.mapper().createObjectNode().put("psnr", 30.0);
    Path file = dir.resolve("w.invmodel");
    WinnetModelFile.write(file, e, p, metrics);
    WinnetModelFile.Loaded read = WinnetModelFile.read(file);
    assertEquals(e, read.experiment());
    assertEquals(30.0, read.metrics().path("psnr").asDouble());
    Image noisy = GaussianNoise.add(scene(1, 16, 24), 25, new Rng(1));
    assertArrayEquals(new WinnetDenoiser(3, 2, SUBNET, p).denoise(noisy, 25).values(),
        read.denoiser().denoise(noisy, 25).values(), 1e-12);
    Path junk = dir.resolve("junk.invmodel");
    Files.writeString(junk, "not a model");
    ModelFormatException ex = assertThrows(ModelFormatException.class, () -> WinnetModelFile.read(junk));
    assertTrue(ex.getMessage().contains("junk.invmodel"), ex.getMessage());
  }
}
