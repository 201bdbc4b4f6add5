package org.inversesuite.core.image;

/**
 * An orthogonal 4x4 map applied to every 2x2 pixel quad (a, b; c, d) of every channel, giving 4
 * bands at half resolution. Band k of input channel i becomes output channel k·C + i, so the
 * first C output channels are band 0 (for {@link #HAAR}, the low-pass image).
 */
public enum QuadTransform {
  /**
   * The orthonormal Haar wavelet (Mallat 1989): LL = (a+b+c+d)/2, then the horizontal,
   * vertical and diagonal details (a−b+c−d)/2, (a+b−c−d)/2, (a−b−c+d)/2. InvDN (Liu et al.
   * 2021) uses the same bands scaled by 1/4 instead of 1/2; the orthonormal scale keeps
   * log|det J| = 0.
   */
  HAAR(new double[][] {
      {0.5, 0.5, 0.5, 0.5},
      {0.5, -0.5, 0.5, -0.5},
      {0.5, 0.5, -0.5, -0.5},
      {0.5, -0.5, -0.5, 0.5}}),
  /** Space-to-depth (the squeeze of Dinh et al. 2017, RealNVP): band k is pixel k of the quad. */
  SQUEEZE(new double[][] {
      {1, 0, 0, 0},
      {0, 1, 0, 0},
      {0, 0, 1, 0},
      {0, 0, 0, 1}});

  private final double[][] matrix;

  QuadTransform(double[][] matrix) {
    this.matrix = matrix;
  }

  /** @return entry (band, pixel) of the orthogonal matrix; its transpose is its inverse */
  double entry(int band, int pixel) {
    return matrix[band][pixel];
  }
}
