package org.inversesuite.imaging.stego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class WarmStartTest {
  private static final ImageShape SHAPE = new ImageShape(3, 2, 2);

  /** A network grown by one coupling and started from a trained one hides and reveals exactly as it does. */
  @Test
  void aGrownNetworkStartsAsTheTrainedOne() {
    Parameters trained = HinetNetworkTest.randomParameters(SHAPE, 0.3);
    HinetConfig grown = new HinetConfig(3, HinetNetworkTest.CONFIG.hiddenChannels(), 2.0, Activation.TANH);
    Parameters p = new Parameters(Precision.FLOAT64);
    new HinetNetwork(grown, SHAPE, p);
    p.initialise(new Rng(9));
    assertEquals(trained.size(), WarmStart.copy(trained, p));
    assertTrue(p.size() > trained.size());
    Image cover = HinetNetworkTest.randomImage(3, 6, 8, 3);
    Image secret = HinetNetworkTest.randomImage(3, 6, 8, 4);
    Steganography before = new Steganography(HinetNetworkTest.CONFIG, trained);
    Steganography after = new Steganography(grown, p);
    Image stego = before.hide(cover, secret).stego();
    assertEquals(0.0, HinetNetworkTest.maxAbsDiff(stego, after.hide(cover, secret).stego()), 1e-9);
    assertEquals(0.0, HinetNetworkTest.maxAbsDiff(before.reveal(stego, null), after.reveal(stego, null)), 1e-9);
  }

  /** A lost-information predictor added to a trained network starts at zero output: reveal is unchanged (z = 0). */
  @Test
  void anAddedPredictorStartsAtZeroLatent() {
    Parameters trained = HinetNetworkTest.randomParameters(SHAPE, 0.3);
    HinetConfig predicting = new HinetConfig(2, HinetNetworkTest.CONFIG.hiddenChannels(), 2.0, Activation.TANH,
        org.inversesuite.core.nn.ConvNetKind.PLAIN, List.of(4));
    Parameters p = new Parameters(Precision.FLOAT64);
    new HinetNetwork(predicting, SHAPE, p);
    p.initialise(new Rng(9));
    assertEquals(trained.size(), WarmStart.copy(trained, p));
    assertTrue(p.size() > trained.size());
    Steganography before = new Steganography(HinetNetworkTest.CONFIG, trained);
    Steganography after = new Steganography(predicting, p);
    Image stego = before.hide(HinetNetworkTest.randomImage(3, 6, 8, 3), HinetNetworkTest.randomImage(3, 6, 8, 4)).stego();
    assertEquals(0.0, HinetNetworkTest.maxAbsDiff(before.reveal(stego, null), after.reveal(stego, null)), 1e-12);
  }

  @Test
  void differentSubnetWidthsAreRefusedNamingTheSegment() {
    Parameters trained = HinetNetworkTest.randomParameters(SHAPE, 0.3);
    Parameters wider = new Parameters(Precision.FLOAT64);
    new HinetNetwork(new HinetConfig(2, List.of(4), 2.0, Activation.TANH), SHAPE, wider);
    wider.initialise(new Rng(9));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WarmStart.copy(trained, wider));
    assertTrue(e.getMessage().contains("hinet0"), e.getMessage());
  }
}
