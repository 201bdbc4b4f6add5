package org.inversesuite.imaging.winnet;

import org.inversesuite.core.image.Direction;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.image.QuadBlock;
import org.inversesuite.core.image.QuadTransform;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.ConvSubnet;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.baseline.BayesShrink;

/**
 * The WINNet-style denoiser on single-channel planes (Huang and Dragotti 2022, IEEE TIP 31): an
 * L-level orthonormal Haar transform W (core's {@link QuadBlock}, invertible), a learned shrinkage
 * of the detail coefficients of every level, and W⁻¹. At level l with noisy bands (a, d₁, d₂, d₃)
 * and noise σ (the transform is orthonormal, so σ is the noise of every detail coefficient),
 * \[ \hat d_b = S_T(d_b) + \sigma\, r_{l,b}, \quad
 *    r_l = g_l\big(d/\sigma,\ S_T(d)/\sigma,\ a/(255\cdot 2^{l+1}),\ \sigma/255\big), \]
 * S_T the BayesShrink soft threshold ({@link BayesShrink}) and g_l a convolutional subnet (3x3
 * convolutions) whose last layer starts at zero, so the untrained network is exactly the
 * BayesShrink wavelet denoiser. The coarse band a of every level is kept (it is decomposed
 * further); only the details are shrunk. Values are on the 0-255 scale.
 */
public final class ShrinkageNetwork {
  /** Input channels of every level's subnet: 3 noisy details, 3 thresholded, the coarse band, σ. */
  static final int FEATURES = 8;
  private final int levels;
  private final int height;
  private final int width;
  private final Parameters parameters;
  private final ConvSubnet[] nets;
  private final QuadBlock[] haar;
  private final Workspace haarWorkspace;

  /**
   * Allocates the subnets in {@code parameters} (not yet initialised).
   *
   * @param height plane height, a multiple of 2^levels
   * @param width plane width, a multiple of 2^levels
   */
  public ShrinkageNetwork(int levels, ConvNetConfig subnet, int height, int width, Parameters parameters) {
    int step = 1 << levels;
    if (height % step != 0 || width % step != 0 || height < step || width < step) {
      throw new IllegalArgumentException("plane " + height + "x" + width + " is not a multiple of 2^" + levels);
    }
    this.levels = levels;
    this.height = height;
    this.width = width;
    this.parameters = parameters;
    this.nets = new ConvSubnet[levels];
    this.haar = new QuadBlock[levels];
    Parameters fixed = new Parameters(Precision.FLOAT64);
    for (int l = 0; l < levels; l++) {
      nets[l] = subnet.build(parameters, "level" + l, FEATURES, 3, height >> (l + 1), width >> (l + 1), OutputInit.ZERO);
      haar[l] = new QuadBlock(fixed, new ImageShape(1, height >> l, width >> l), QuadTransform.HAAR, Direction.DOWN);
    }
    fixed.initialise(new org.inversesuite.core.random.Rng(0));
    this.haarWorkspace = new Workspace(fixed, new JavaDenseKernel());
  }

  /** @return a network for another plane size running with a copy of {@code source}'s weights */
  public static ShrinkageNetwork sharing(int levels, ConvNetConfig subnet, int height, int width, Parameters source) {
    Parameters p = new Parameters(source.precision());
    ShrinkageNetwork net = new ShrinkageNetwork(levels, subnet, height, width, p);
    p.assign(source.values());
    return net;
  }

  /** @return the weights */
  public Parameters parameters() {
    return parameters;
  }

  /** @return columns of a plane row: height·width */
  public int planeSize() {
    return height * width;
  }

  /** One forward pass: per level the noisy bands [n, 4q], the subnet input and the shrunk details [n, 3q]. */
  public static final class Pass {
    final Matrix[] bands;
    final Matrix[] features;
    final Matrix[] shrunk;
    final double[] sigma;

    Pass(int levels, double[] sigma) {
      this.bands = new Matrix[levels];
      this.features = new Matrix[levels];
      this.shrunk = new Matrix[levels];
      this.sigma = sigma;
    }
  }

  /**
   * Decomposes the noisy planes and shrinks their details.
   *
   * @param noisy [n, height·width], 0-255 scale (any precision; computed in float64)
   * @param sigma noise level, 0-255 scale
   */
  public Pass analyse(Matrix noisy, double sigma, Workspace ws) {
    double[] perRow = new double[noisy.rows()];
    java.util.Arrays.fill(perRow, sigma);
    return analyse(noisy, perRow, ws);
  }

  /**
   * Decomposes the noisy planes and shrinks their details, each row with its own noise level.
   *
   * @param noisy [n, height·width], 0-255 scale (any precision; computed in float64)
   * @param sigma the noise level of every row, 0-255 scale, positive
   */
  public Pass analyse(Matrix noisy, double[] sigma, Workspace ws) {
    int n = noisy.rows();
    if (sigma.length != n) {
      throw new IllegalArgumentException("need one noise level per row: " + sigma.length + " for " + n + " rows");
    }
    Pass p = new Pass(levels, sigma.clone());
    Matrix current = Matrix.zeros(Precision.FLOAT64, n, noisy.cols());
    for (int i = 0; i < noisy.size(); i++) {
      current.set(i, noisy.get(i));
    }
    for (int l = 0; l < levels; l++) {
      Matrix bands = current.like(n, current.cols());
      haar[l].forward(current, null, bands, new double[n], haarWorkspace);
      int q = bands.cols() / 4;
      Matrix soft = Matrix.zeros(Precision.FLOAT64, n, 3 * q);
      for (int r = 0; r < n; r++) {
        for (int b = 0; b < 3; b++) {
          BayesShrink.apply(bands, r, (b + 1) * q, q, sigma[r], soft, b * q);
        }
      }
      Matrix f = features(bands, soft, l, sigma);
      Matrix out = nets[l].forward(f, ws);
      for (int i = 0; i < soft.size(); i++) {
        soft.add(i, sigma[i / (3 * q)] * out.get(i));
      }
      p.bands[l] = bands;
      p.features[l] = f;
      p.shrunk[l] = soft;
      current = bands.like(n, q);
      current.copyColumns(bands, 0, 0, q);
    }
    return p;
  }

  private Matrix features(Matrix bands, Matrix soft, int level, double[] sigma) {
    int n = bands.rows();
    int q = bands.cols() / 4;
    Matrix f = Matrix.zeros(parameters.precision(), n, FEATURES * q);
    double coarse = 1.0 / (255.0 * (2 << level));
    for (int r = 0; r < n; r++) {
      int o = r * FEATURES * q;
      double s = sigma[r];
      for (int i = 0; i < q; i++) {
        for (int b = 0; b < 3; b++) {
          f.set(o + b * q + i, bands.get(r, (b + 1) * q + i) / s);
          f.set(o + (3 + b) * q + i, soft.get(r, b * q + i) / s);
        }
        f.set(o + 6 * q + i, bands.get(r, i) * coarse);
        f.set(o + 7 * q + i, s / 255.0);
      }
    }
    return f;
  }

  /** @return the denoised planes [n, height·width] (float64): W⁻¹ of the coarsest band and the shrunk details */
  public Matrix synthesise(Pass p) {
    Matrix last = p.bands[levels - 1];
    int n = last.rows();
    Matrix current = last.like(n, last.cols() / 4);
    current.copyColumns(last, 0, 0, current.cols());
    for (int l = levels - 1; l >= 0; l--) {
      Matrix bands = p.bands[l].copy();
      int q = bands.cols() / 4;
      bands.copyColumns(current, 0, 0, q);
      bands.copyColumns(p.shrunk[l], 0, q, 3 * q);
      current = bands.like(n, bands.cols());
      haar[l].inverse(bands, null, current, new double[n], haarWorkspace);
    }
    return current;
  }

  /**
   * Adds to {@code ws.gradients()} the gradient of L = MSE/255², MSE the mean squared error of
   * W⁻¹(pass) against the clean planes (equal to the coefficient-domain error, W being orthonormal).
   *
   * @param clean [n, height·width], 0-255 scale
   * @return the MSE on the 0-255 scale
   */
  public double backward(Pass p, Matrix clean, Workspace ws) {
    int n = clean.rows();
    double count = (double) n * height * width;
    double sse = 0;
    Matrix current = Matrix.zeros(Precision.FLOAT64, n, clean.cols());
    for (int i = 0; i < clean.size(); i++) {
      current.set(i, clean.get(i));
    }
    for (int l = 0; l < levels; l++) {
      Matrix bands = current.like(n, current.cols());
      haar[l].forward(current, null, bands, new double[n], haarWorkspace);
      int q = bands.cols() / 4;
      Matrix dy = Matrix.zeros(parameters.precision(), n, 3 * q);
      Matrix shrunk = p.shrunk[l];
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < 3 * q; i++) {
          double e = shrunk.get(r, i) - bands.get(r, q + i);
          sse += e * e;
          dy.set(r * 3 * q + i, 2 * e * p.sigma[r] / (count * 255.0 * 255.0));
        }
      }
      nets[l].backward(p.features[l], dy, null, ws);
      current = bands.like(n, q);
      current.copyColumns(bands, 0, 0, q);
      if (l == levels - 1) {
        Matrix a = p.bands[l];
        for (int r = 0; r < n; r++) {
          for (int i = 0; i < q; i++) {
            double e = a.get(r, i) - bands.get(r, i);
            sse += e * e;
          }
        }
      }
    }
    return sse / count;
  }
}
