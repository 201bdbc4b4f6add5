package org.inversesuite.imaging.denoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class InvdnNetworkTest {
  static final InvdnNetworkConfig CONFIG = new InvdnNetworkConfig(2, List.of(3), 1.0);
  static final ImageShape SHAPE = new ImageShape(3, 4, 4);

  static InvdnNetwork randomNetwork(Parameters p, double scale) {
    InvdnNetwork net = new InvdnNetwork(CONFIG, SHAPE, p);
    p.initialise(new Rng(1));
    Rng r = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, scale * r.gaussian());
    }
    return net;
  }

  @Test
  void inverseUndoesForward() {
    Parameters p = new Parameters(Precision.FLOAT64);
    InvdnNetwork net = randomNetwork(p, 0.3);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix x = Numerics.gaussian(new Rng(3), 3, SHAPE.size(), 1.0);
    List<Matrix> f = net.forward(x, ws);
    Matrix z = f.get(f.size() - 1);
    assertTrue(Numerics.maxAbsDiff(z, net.haar(x, ws)) > 1e-3, "the couplings do nothing");
    List<Matrix> b = net.inverse(z, ws);
    assertEquals(0.0, Numerics.maxAbsDiff(b.get(b.size() - 1), x), 1e-10);
  }

  /** The training gradient (through forward, inverse and both losses) against central differences. */
  @Test
  void trainingGradientMatchesFiniteDifferences() {
    Parameters p = new Parameters(Precision.FLOAT64);
    InvdnNetwork net = randomNetwork(p, 0.3);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix clean = Numerics.gaussian(new Rng(4), 2, SHAPE.size(), 0.3);
    java.util.function.DoubleSupplier loss = () -> {
      InvdnTraining.StepLoss l = InvdnTraining.step(net, clean, 0.1, 0.7, TrainingLatent.GAUSSIAN, new Rng(5), new Workspace(p, new JavaDenseKernel()));
      return l.forward() + 0.7 * l.backward();
    };
    ws.zeroGradients();
    InvdnTraining.step(net, clean, 0.1, 0.7, TrainingLatent.GAUSSIAN, new Rng(5), ws);
    Numerics.assertGradient("dL/dparameters", p.values(), ws.gradients().copy(), 1e-6, 1e-4, 1e-8, loss);
  }

  @Test
  void anUntrainedNetworkDenoisesByDroppingTheHaarDetails() {
    Parameters p = new Parameters(Precision.FLOAT64);
    new InvdnNetwork(CONFIG, SHAPE, p);
    p.initialise(new Rng(1));
    // odd sides exercise the padding; the identity couplings leave Haar LL with zero details:
    // every output pixel is the mean of its 2x2 quad (padding by reflection at the odd edge)
    double[] v = new double[3 * 5 * 7];
    Rng r = new Rng(6);
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * r.uniform();
    }
    Image noisy = new Image(new ImageShape(3, 5, 7), v);
    Image out = new InvdnDenoiser(CONFIG, p).denoise(noisy);
    for (int c = 0; c < 3; c++) {
      double mean = (noisy.get(c, 0, 0) + noisy.get(c, 0, 1) + noisy.get(c, 1, 0) + noisy.get(c, 1, 1)) / 4;
      assertEquals(mean, out.get(c, 1, 1), 1e-9);
      assertEquals(noisy.get(c, 4, 6), out.get(c, 4, 6), 1e-9, "corner quad made of one reflected pixel");
    }
  }
}
