package org.inversesuite.imaging.ensemble;

import java.util.List;
import java.util.function.UnaryOperator;
import org.inversesuite.imaging.Image;

/**
 * The geometric self-ensemble of an image operator f (Timofte et al. 2016; Lim et al. 2017,
 * EDSR "+"; InvDN, Liu et al. 2021): \( \hat x = \tfrac{1}{|G|}\sum_{g\in G} g^{-1} f(g\, y) \), G a
 * set of the 8 grid symmetries ({@link Symmetry}). A denoiser that is not equivariant (a learned
 * one, or a transform tied to a grid such as the Haar wavelet) gives different errors on the
 * symmetric copies, and the mean averages part of them out; the cost is |G| runs of f.
 */
public final class SelfEnsemble {
  private final List<Symmetry> symmetries;

  /** @param size how many symmetries: 1 (f alone), 2, 4 or 8, taken in {@link Symmetry} order */
  public SelfEnsemble(int size) {
    if (size != 1 && size != 2 && size != 4 && size != 8) {
      throw new IllegalArgumentException("a self-ensemble has 1, 2, 4 or 8 members, got " + size);
    }
    this.symmetries = List.of(Symmetry.values()).subList(0, size);
  }

  /** @return the number of runs of the operator per image */
  public int size() {
    return symmetries.size();
  }

  /** @return the mean of g⁻¹ f(g image) over the symmetries */
  public Image apply(Image image, UnaryOperator<Image> f) {
    if (symmetries.size() == 1) {
      return f.apply(image);
    }
    double[] sum = new double[image.shape().size()];
    for (Symmetry g : symmetries) {
      double[] v = g.invert(f.apply(g.apply(image))).values();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= symmetries.size();
    }
    return new Image(image.shape(), sum);
  }
}
