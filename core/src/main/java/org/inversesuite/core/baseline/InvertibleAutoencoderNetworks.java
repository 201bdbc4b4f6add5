package org.inversesuite.core.baseline;

import java.util.Arrays;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The invertible autoencoder of Teng, Choromanska and Bojarski 2018 ("Invertible autoencoder for
 * domain adaptation", arXiv:1802.06869; FrEIA's {@code InvAutoFC}, {@code InvAutoAct}), with the
 * latent code [ŷ, z] of {@link LatentPriorLoss}. One set of layers W_l ∈ R^{m_l × k_l}, b_l,
 * widths dx → H → … → H → dy + dz, serves both directions; the decoder runs the encoder backwards
 * with the transposed weights and the inverse activation:
 *
 * <pre>
 *   encoder  p_l = h_l W_l + b_l,  h_{l+1} = σ(p_l),  e = p_{L−1}          σ(p) = p (p ≥ 0), a·p (p &lt; 0)
 *   decoder  g_L = v = [ỹ, z],  g_l = (τ_l(g_{l+1}) − b_l) W_lᵀ,  x̂ = g_0   τ_{L−1} = id, τ_l = σ⁻¹ otherwise
 *   L = (1/n) Σ_i ‖x̂_i − x̃_i‖² + L_y + L_z + λ_⊥ Σ_l ‖G_l − I‖²_F
 * </pre>
 *
 * with G_l = W_l W_lᵀ if m_l ≤ k_l, else W_lᵀ W_l (the Gram matrix of the shorter side), whose
 * gradient is 4 (G − I) W, respectively 4 W (G − I). If every W_l has orthonormal rows or
 * columns and the codes stay in the span of the contracting layers, the decoder is the exact
 * inverse of the encoder.
 *
 * <p><b>Orthogonality by a penalty, not a parametrisation.</b> With tied transposed weights the
 * reconstruction loss alone already drives each layer towards orthonormality (Teng et al. section
 * 3.6); the penalty makes it explicit and measurable. A parametrisation (Cayley map, products of
 * Householder reflections, QR) would make it exact, but its hand-written backward pass costs a
 * matrix inverse or H reflections per layer and step, against one extra product for the penalty.
 * Float64 throughout, on the {@link RowMajor} products.
 */
final class InvertibleAutoencoderNetworks implements AutoencoderNetworks {
  private final Parameters parameters = new Parameters(Precision.FLOAT64);
  private final LatentPriorLoss latent;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final double slope;
  private final double orthogonalityWeight;

  InvertibleAutoencoderNetworks(int dx, int dy, InvertibleAutoencoderConfig config, int hiddenWidth, int hiddenLayers) {
    this.latent = new LatentPriorLoss(dy, config.latent());
    this.slope = config.negativeSlope();
    this.orthogonalityWeight = config.orthogonalityWeight();
    this.widths = new int[hiddenLayers + 2];
    widths[0] = dx;
    for (int l = 1; l <= hiddenLayers; l++) {
      widths[l] = hiddenWidth;
    }
    widths[hiddenLayers + 1] = latent.width();
    this.weightOffsets = new int[layers()];
    this.biasOffsets = new int[layers()];
    for (int l = 0; l < layers(); l++) {
      int m = widths[l];
      int k = widths[l + 1];
      weightOffsets[l] = parameters.allocate("iae.layer" + l + ".weight", m * k,
          Initializer.gaussian(1 / Math.sqrt(Math.max(m, k))));
      biasOffsets[l] = parameters.allocate("iae.layer" + l + ".bias", k, Initializer.ZERO);
    }
  }

  private int layers() {
    return widths.length - 1;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public LatentPriorLoss latent() {
    return latent;
  }

  private double[] values() {
    return ((DoubleMatrix) parameters.values()).data();
  }

  /** Encoder pass: fills h[l] (layer inputs) and p[l] (pre-activations); e = p[L − 1]. */
  private void encode(double[] x, int n, double[][] h, double[][] p) {
    double[] w = values();
    h[0] = x;
    for (int l = 0; l < layers(); l++) {
      p[l] = new double[n * widths[l + 1]];
      RowMajor.times(h[l], n, widths[l], w, weightOffsets[l], widths[l + 1], w, biasOffsets[l], p[l]);
      if (l < layers() - 1) {
        h[l + 1] = new double[p[l].length];
        for (int i = 0; i < p[l].length; i++) {
          h[l + 1][i] = p[l][i] >= 0 ? p[l][i] : slope * p[l][i];
        }
      }
    }
  }

  /** Decoder pass from v = g[L]: fills g[l] and c[l] = τ_l(g[l + 1]) − b_l; x̂ = g[0]. */
  private void decode(double[] v, int n, double[][] g, double[][] c) {
    double[] w = values();
    g[layers()] = v;
    for (int l = layers() - 1; l >= 0; l--) {
      int k = widths[l + 1];
      c[l] = new double[n * k];
      for (int i = 0; i < c[l].length; i++) {
        double t = g[l + 1][i];
        if (l < layers() - 1 && t < 0) {
          t /= slope;
        }
        c[l][i] = t - w[biasOffsets[l] + i % k];
      }
      g[l] = new double[n * widths[l]];
      RowMajor.timesTransposed(c[l], n, k, w, weightOffsets[l], widths[l], g[l]);
    }
  }

  @Override
  public Matrix decode(Matrix v, Workspace ws) {
    int n = v.rows();
    double[][] g = new double[layers() + 1][];
    decode(toArray(v), n, g, new double[layers()][]);
    return new DoubleMatrix(n, widths[0], g[0]);
  }

  /** @return the encoder output e(x̃) = [ŷ, z], shape [n, dy + dz] */
  Matrix encode(Matrix x) {
    int n = x.rows();
    double[][] p = new double[layers()][];
    encode(toArray(x), n, new double[layers()][], p);
    return new DoubleMatrix(n, latent.width(), p[layers() - 1]);
  }

  @Override
  public double lossAndGradient(Matrix x, Matrix y, Matrix zeta, Workspace ws) {
    int n = x.rows();
    int dx = widths[0];
    double[] w = values();
    double[] grad = ((DoubleMatrix) ws.gradients()).data();
    double[][] h = new double[layers()][];
    double[][] p = new double[layers()][];
    encode(toArray(x), n, h, p);
    DoubleMatrix v = new DoubleMatrix(n, latent.width());
    DoubleMatrix de = new DoubleMatrix(n, latent.width());
    double loss = latent.evaluate(new DoubleMatrix(n, latent.width(), p[layers() - 1]), y, zeta, v, de);
    double[][] g = new double[layers() + 1][];
    double[][] c = new double[layers()][];
    decode(v.data(), n, g, c);
    double[] dg = new double[n * dx];
    for (int i = 0; i < dg.length; i++) {
      double r = g[0][i] - x.get(i);
      loss += r * r / n;
      dg[i] = 2 * r / n;
    }
    for (int l = 0; l < layers(); l++) {
      int m = widths[l];
      int k = widths[l + 1];
      RowMajor.addOuter(dg, c[l], n, m, k, 1, grad, weightOffsets[l]);
      double[] dc = new double[n * k];
      RowMajor.times(dg, n, m, w, weightOffsets[l], k, null, 0, dc);
      RowMajor.addColumnSums(dc, n, k, -1, grad, biasOffsets[l]);
      if (l < layers() - 1) {
        for (int i = 0; i < dc.length; i++) {
          dc[i] = g[l + 1][i] >= 0 ? dc[i] : dc[i] / slope;
        }
      }
      dg = dc;
    }
    latent.addZ(new DoubleMatrix(n, latent.width(), dg), de);
    double[] dp = de.data();
    for (int l = layers() - 1; l >= 0; l--) {
      int m = widths[l];
      int k = widths[l + 1];
      RowMajor.addOuter(h[l], dp, n, m, k, 1, grad, weightOffsets[l]);
      RowMajor.addColumnSums(dp, n, k, 1, grad, biasOffsets[l]);
      if (l > 0) {
        double[] dh = new double[n * m];
        RowMajor.timesTransposed(dp, n, k, w, weightOffsets[l], m, dh);
        for (int i = 0; i < dh.length; i++) {
          dh[i] = p[l - 1][i] >= 0 ? dh[i] : slope * dh[i];
        }
        dp = dh;
      }
    }
    return loss + orthogonalityPenalty(grad);
  }

  /** @return λ_⊥ Σ_l ‖G_l − I‖²_F; adds its gradient 4λ_⊥ (G − I) W or 4λ_⊥ W (G − I) into {@code grad} */
  private double orthogonalityPenalty(double[] grad) {
    double total = 0;
    double[] w = values();
    for (int l = 0; l < layers(); l++) {
      double[] gram = gramMinusIdentity(l);
      for (double e : gram) {
        total += e * e;
      }
      int m = widths[l];
      int k = widths[l + 1];
      int off = weightOffsets[l];
      double[] dw = new double[m * k];
      if (m <= k) {
        RowMajor.times(gram, m, m, w, off, k, null, 0, dw);
      } else {
        RowMajor.times(Arrays.copyOfRange(w, off, off + m * k), m, k, gram, 0, k, null, 0, dw);
      }
      for (int i = 0; i < dw.length; i++) {
        grad[off + i] += 4 * orthogonalityWeight * dw[i];
      }
    }
    return orthogonalityWeight * total;
  }

  /** @return G_l − I, row-major [s, s], s = min(m_l, k_l) */
  private double[] gramMinusIdentity(int l) {
    double[] w = values();
    int m = widths[l];
    int k = widths[l + 1];
    int off = weightOffsets[l];
    boolean rows = m <= k;
    int s = rows ? m : k;
    double[] gram = new double[s * s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        double sum = 0;
        for (int t = 0; t < (rows ? k : m); t++) {
          sum += rows ? w[off + a * k + t] * w[off + b * k + t] : w[off + t * k + a] * w[off + t * k + b];
        }
        gram[a * s + b] = sum - (a == b ? 1 : 0);
      }
    }
    return gram;
  }

  /** @return max_l max_ij |(G_l − I)_ij|, 0 for exactly orthonormal layers */
  double orthogonalityError() {
    double max = 0;
    for (int l = 0; l < layers(); l++) {
      for (double e : gramMinusIdentity(l)) {
        max = Math.max(max, Math.abs(e));
      }
    }
    return max;
  }

  private static double[] toArray(Matrix m) {
    double[] out = new double[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.get(i);
    }
    return out;
  }
}
