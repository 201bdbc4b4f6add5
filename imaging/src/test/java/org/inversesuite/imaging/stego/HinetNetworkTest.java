package org.inversesuite.imaging.stego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetKind;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.TrainingLatent;
import org.junit.jupiter.api.Test;

class HinetNetworkTest {
  /** Smooth subnets (tanh), so that central differences do not straddle a leaky-ReLU kink. */
  static final HinetConfig CONFIG = new HinetConfig(2, List.of(3), 2.0, Activation.TANH);

  /** One hidden channel keeps the ~1,200 central differences of the gradient check fast. */
  static final HinetConfig NARROW = new HinetConfig(2, List.of(1), 2.0, Activation.TANH);

  /** One narrow coupling and a lost-information predictor ĝ of one hidden layer of 2 channels. */
  static final HinetConfig PREDICTING = new HinetConfig(1, List.of(1), 2.0, Activation.TANH, ConvNetKind.PLAIN, List.of(2));

  static Parameters randomParameters(ImageShape shape, double scale) {
    return randomParameters(CONFIG, shape, scale);
  }

  static Parameters randomParameters(HinetConfig config, ImageShape shape, double scale) {
    Parameters p = new Parameters(Precision.FLOAT64);
    new HinetNetwork(config, shape, p);
    p.initialise(new Rng(1));
    Rng r = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, scale * r.gaussian());
    }
    return p;
  }

  static Image randomImage(int channels, int h, int w, long seed) {
    Rng r = new Rng(seed);
    double[] v = new double[channels * h * w];
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * r.uniform();
    }
    return new Image(new ImageShape(channels, h, w), v);
  }

  static double maxAbsDiff(Image a, Image b) {
    double m = 0;
    double[] x = a.values();
    double[] y = b.values();
    for (int i = 0; i < x.length; i++) {
      m = Math.max(m, Math.abs(x[i] - y[i]));
    }
    return m;
  }

  /** Reveal with the exact lost information r inverts hide: the secret comes back to float precision. */
  @Test
  void revealWithTheExactLatentReturnsTheSecret() {
    Steganography stego = new Steganography(CONFIG, randomParameters(new ImageShape(3, 2, 2), 0.3));
    Image cover = randomImage(3, 6, 8, 3);
    Image secret = randomImage(3, 6, 8, 4);
    Steganography.Hidden hidden = stego.hide(cover, secret);
    assertTrue(maxAbsDiff(hidden.stego(), cover) > 1, "the couplings left the cover unchanged");
    assertEquals(0.0, maxAbsDiff(stego.reveal(hidden.stego(), hidden.lost()), secret), 1e-9);
    assertTrue(maxAbsDiff(stego.reveal(hidden.stego(), null), secret) > 1e-3, "z = 0 should not be exact for random weights");
  }

  /** An odd cover is padded by reflection; a smaller grey secret sits on a black canvas at the top-left. */
  @Test
  void oddCoverAndSmallerGreySecretRoundTrip() {
    Steganography stego = new Steganography(CONFIG, randomParameters(new ImageShape(3, 2, 2), 0.3));
    Image cover = randomImage(3, 5, 7, 5);
    Image secret = randomImage(1, 3, 4, 6);
    Steganography.Hidden hidden = stego.hide(cover, secret);
    assertEquals(new ImageShape(3, 6, 8), hidden.stego().shape());
    Image back = stego.reveal(hidden.stego(), hidden.lost());
    for (int c = 0; c < 3; c++) {
      assertEquals(secret.get(0, 2, 3), back.get(c, 2, 3), 1e-9);
      assertEquals(0.0, back.get(c, 5, 7), 1e-9);
    }
  }

  /** HiNet's densely connected subnets (two dense layers here) hide and reveal as exactly as the plain ones. */
  @Test
  void denseSubnetsRevealWithTheExactLatent() {
    HinetConfig dense = new HinetConfig(2, List.of(2, 2), 2.0, Activation.TANH, ConvNetKind.DENSE);
    Parameters p = randomParameters(dense, new ImageShape(3, 2, 2), 0.3);
    Parameters plain = randomParameters(new HinetConfig(2, List.of(2, 2), 2.0, Activation.TANH), new ImageShape(3, 2, 2),
        0.3);
    assertTrue(p.size() > plain.size(), "a dense subnet has more weights than a plain one of the same widths");
    Steganography stego = new Steganography(dense, p);
    Image cover = randomImage(3, 6, 8, 3);
    Image secret = randomImage(3, 6, 8, 4);
    Steganography.Hidden hidden = stego.hide(cover, secret);
    assertTrue(maxAbsDiff(hidden.stego(), cover) > 1, "the couplings left the cover unchanged");
    // float64 round-off of the longer dense chains: ~1e-9 on the 0-255 scale (measured), a relative 4e-12
    assertEquals(0.0, maxAbsDiff(stego.reveal(hidden.stego(), hidden.lost()), secret), 1e-8);
  }

  /** The loss gradient through dense subnets against central differences. */
  @Test
  void denseTrainingGradientMatchesFiniteDifferences() {
    HinetConfig dense = new HinetConfig(1, List.of(1, 1), 2.0, Activation.TANH, ConvNetKind.DENSE);
    assertRandomLossGradient(dense, new ImageShape(3, 2, 2), TrainingLatent.ZERO, StegoNoise.NONE);
  }

  @Test
  void aSecretLargerThanTheCoverIsRefusedNamingBothSizes() {
    Steganography stego = new Steganography(CONFIG, randomParameters(new ImageShape(3, 2, 2), 0.3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> stego.hide(randomImage(3, 4, 4, 7), randomImage(3, 4, 6, 8)));
    assertTrue(e.getMessage().contains("4x6") && e.getMessage().contains("4x4"), e.getMessage());
  }

  /** The loss gradient with z = ĝ(S) fed to the reveal pass: through the predictor into its weights and into S. */
  @Test
  void predictorTrainingGradientMatchesFiniteDifferences() {
    assertRandomLossGradient(PREDICTING, new ImageShape(3, 2, 2), TrainingLatent.ZERO, StegoNoise.ROUNDING);
  }

  /** Reveal without a latent feeds the predictor's z = ĝ(W stego), which is not z = 0 for random weights. */
  @Test
  void revealWithoutALatentFeedsThePredictedOne() {
    ImageShape shape = new ImageShape(3, 6, 8);
    Parameters p = randomParameters(PREDICTING, new ImageShape(3, 2, 2), 0.3);
    Steganography stego = new Steganography(PREDICTING, p);
    Image stegoImage = stego.hide(randomImage(3, 6, 8, 3), randomImage(3, 6, 8, 4)).stego();
    HinetNetwork net = HinetNetwork.sharing(PREDICTING, shape, p);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix z = net.predictLost(net.haar(org.inversesuite.imaging.RgbRows.toRow(stegoImage, shape, Precision.FLOAT64), ws), ws);
    double largest = 0;
    for (int i = 0; i < z.size(); i++) {
      largest = Math.max(largest, Math.abs(z.get(i)));
    }
    assertTrue(largest > 1e-3, "the predictor should not output zeros for random weights");
    assertEquals(0.0, maxAbsDiff(stego.reveal(stegoImage, null), stego.reveal(stegoImage, z)), 1e-12);
    assertTrue(maxAbsDiff(stego.reveal(stegoImage, null), stego.reveal(stegoImage, z.like(1, z.size()))) > 1e-3,
        "z = ĝ(S) and z = 0 should reveal different images");
  }

  /** HiNet's loss through forward, inverse and the Haar bands against central differences. */
  @Test
  void trainingGradientMatchesFiniteDifferences() {
    assertRandomLossGradient(NARROW, new ImageShape(3, 4, 4), TrainingLatent.GAUSSIAN, StegoNoise.ROUNDING);
  }

  /** {@link #assertLossGradient} for random weights and two random cover/secret pairs of {@code shape}. */
  private static void assertRandomLossGradient(HinetConfig config, ImageShape shape, TrainingLatent latent,
      StegoNoise noise) {
    HinetNetwork net = HinetNetwork.sharing(config, shape, randomParameters(config, shape, 0.3));
    Matrix cover = Numerics.gaussian(new Rng(4), 2, shape.size(), 0.3);
    Matrix secret = Numerics.gaussian(new Rng(5), 2, shape.size(), 0.3);
    assertLossGradient(net, cover, secret, latent, noise);
  }

  /** Checks the gradient of the λ-weighted HiNet loss (1, 0.7, 5) plus 0.3 ‖r‖² against central differences. */
  private static void assertLossGradient(HinetNetwork net, Matrix cover, Matrix secret, TrainingLatent latent,
      StegoNoise noise) {
    HinetLoss weights = new HinetLoss(1.0, 0.7, 5.0, 0.3);
    java.util.function.DoubleSupplier loss = () -> {
      HinetTraining.StepLoss l = HinetTraining.step(net, cover, secret, weights, latent, noise, new Rng(6),
          new Workspace(net.parameters(), new JavaDenseKernel()));
      return l.guide() + 0.7 * l.lowFrequency() / 4 + 5.0 * l.reconstruction() + 0.3 * l.lost();
    };
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    ws.zeroGradients();
    HinetTraining.step(net, cover, secret, weights, latent, noise, new Rng(6), ws);
    Numerics.assertGradient("dL/dparameters", net.parameters().values(), ws.gradients().copy(), 1e-6, 1e-4, 1e-8, loss);
  }

  /** QUANTIZE trains on what evaluation measures: the reveal from the clamped, rounded 8-bit stego with z = 0. */
  @Test
  void quantizedTrainingLossIsTheLossOfTheSavedStego() {
    ImageShape shape = new ImageShape(3, 4, 4);
    Parameters p = randomParameters(shape, 0.3);
    HinetNetwork net = HinetNetwork.sharing(CONFIG, shape, p);
    Image cover = randomImage(3, 4, 4, 11);
    Image secret = randomImage(3, 4, 4, 12);
    Matrix c = org.inversesuite.imaging.RgbRows.toRow(cover, shape, Precision.FLOAT64);
    Matrix s = org.inversesuite.imaging.RgbRows.toRow(secret, shape, Precision.FLOAT64);
    HinetLoss weights = new HinetLoss(1, 1, 5);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    double quantized = HinetTraining.step(net, c, s, weights, TrainingLatent.ZERO, StegoNoise.QUANTIZE, new Rng(6), ws)
        .reconstruction();
    double exact = HinetTraining.step(net, c, s, weights, TrainingLatent.ZERO, StegoNoise.NONE, new Rng(6), ws)
        .reconstruction();
    Steganography stego = new Steganography(CONFIG, p);
    Image saved = HidingEvaluation.quantized(stego.hide(cover, secret).stego());
    assertTrue(maxAbsDiff(saved, stego.hide(cover, secret).stego()) > 1, "the stego should leave [0, 255] somewhere");
    double[] revealed = stego.reveal(saved, null).values();
    double mse = 0;
    for (int i = 0; i < revealed.length; i++) {
      double d = (revealed[i] - secret.values()[i]) / 255;
      mse += d * d / revealed.length;
    }
    assertEquals(mse, quantized, 1e-9);
    assertTrue(Math.abs(quantized - exact) > 1e-6, "quantising the stego should change the reconstruction loss");
  }

  /**
   * With every stego pixel above 1 the saved stego is constant (all 255), so the QUANTIZE loss is
   * smooth in the weights and its gradient must match central differences: the clamp passes no
   * gradient (a straight-through clamp would add the recovery term's path through S).
   */
  @Test
  void quantizedGradientIsExactWhereTheClampSaturates() {
    ImageShape shape = new ImageShape(3, 4, 4);
    Parameters p = randomParameters(NARROW, shape, 0.3);
    HinetNetwork shared = HinetNetwork.sharing(NARROW, shape, p);
    Matrix cover = Numerics.gaussian(new Rng(4), 2, shape.size(), 0.1);
    for (int i = 0; i < cover.size(); i++) {
      cover.add(i, 5);
    }
    Matrix secret = Numerics.gaussian(new Rng(5), 2, shape.size(), 0.3);
    Workspace probe = new Workspace(p, new JavaDenseKernel());
    List<Matrix> trace = shared.forward(shared.stack(shared.haar(cover, probe), shared.haar(secret, probe)), probe);
    Matrix stego = shared.inverseHaar(shared.branch(trace.get(trace.size() - 1), 0), probe);
    for (int i = 0; i < stego.size(); i++) {
      assertTrue(stego.get(i) > 1.01, "stego pixel " + i + " = " + stego.get(i) + " is not saturated");
    }
    assertLossGradient(shared, cover, secret, TrainingLatent.ZERO, StegoNoise.QUANTIZE);
  }
}
