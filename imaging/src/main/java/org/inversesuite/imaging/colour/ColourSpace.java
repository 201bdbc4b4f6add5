package org.inversesuite.imaging.colour;

import org.inversesuite.imaging.Image;

/**
 * The planes a per-channel denoiser sees. {@code RGB}: the image's own channels. {@code OPPONENT}:
 * for an RGB image, the orthonormal luminance/opponent basis
 * \[ \begin{pmatrix} Y \\ C_1 \\ C_2 \end{pmatrix} = \begin{pmatrix}
 *    1/\sqrt3 & 1/\sqrt3 & 1/\sqrt3 \\ 1/\sqrt2 & 0 & -1/\sqrt2 \\ 1/\sqrt6 & -2/\sqrt6 & 1/\sqrt6
 *    \end{pmatrix} \begin{pmatrix} R \\ G \\ B \end{pmatrix}, \]
 * the opponent transform of CBM3D (Dabov et al. 2007, "Color image denoising via sparse 3D
 * collaborative filtering with grouping constraint in luminance-chrominance space", ICIP) with its
 * rows scaled to unit length. The matrix is orthogonal, so i.i.d. noise of level σ on R, G, B stays
 * i.i.d. of level σ on Y, C₁, C₂, while the signal concentrates in Y: natural images' chroma
 * planes are smooth and weak, and a shrinkage denoiser removes far more of their noise. Grey
 * (1-channel) images are left as they are in both spaces.
 */
public enum ColourSpace {
  /** The image's own channels; what configs and model files written before the option read as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  RGB,
  /** The orthonormal luminance/opponent-chrominance planes. */
  OPPONENT;

  private static final double[][] OPPONENT_MATRIX = {
      {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)},
      {1 / Math.sqrt(2), 0, -1 / Math.sqrt(2)},
      {1 / Math.sqrt(6), -2 / Math.sqrt(6), 1 / Math.sqrt(6)}};

  /** @return the planes of {@code image} in this space (RGB, or a grey image: unchanged) */
  public Image forward(Image image) {
    return this == RGB || image.channels() != 3 ? image : mix(image, false);
  }

  /** @return the RGB image whose planes in this space are {@code planes} (the inverse of {@link #forward}) */
  public Image inverse(Image planes) {
    return this == RGB || planes.channels() != 3 ? planes : mix(planes, true);
  }

  /**
   * Transforms the 3 planes stored from column {@code offset} of {@code values} in place.
   *
   * @param plane values per plane (H·W)
   */
  public void forwardInPlace(double[] values, int offset, int plane) {
    if (this == OPPONENT) {
      mix(values, offset, plane, false);
    }
  }

  private static Image mix(Image image, boolean transpose) {
    double[] v = image.values();
    mix(v, 0, image.height() * image.width(), transpose);
    return new Image(image.shape(), v);
  }

  private static void mix(double[] v, int offset, int n, boolean transpose) {
    double[] in = new double[3];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < 3; a++) {
        in[a] = v[offset + a * n + i];
      }
      for (int a = 0; a < 3; a++) {
        double s = 0;
        for (int b = 0; b < 3; b++) {
          s += (transpose ? OPPONENT_MATRIX[b][a] : OPPONENT_MATRIX[a][b]) * in[b];
        }
        v[offset + a * n + i] = s;
      }
    }
  }
}
