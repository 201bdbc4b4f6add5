package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * The exact reference of {@link Conv2d}: direct loops over the same-padded stride-1 convolution
 * in double precision. It carries no per-call cost, which is what the float64 contract tests
 * need (each libnd4j op call costs milliseconds on a loaded 2-core machine, and a brute-force
 * Jacobian makes thousands); {@code Conv2dTest} requires it to agree with the libnd4j path.
 */
final class JavaConv {
  private final int in;
  private final int out;
  private final int k;
  private final int h;
  private final int w;

  JavaConv(int in, int out, int k, int h, int w) {
    this.in = in;
    this.out = out;
    this.k = k;
    this.h = h;
    this.w = w;
  }

  /** y = conv(x; W at weightOffset) + b at biasOffset. */
  void forward(Matrix x, Matrix y, Matrix p, int weightOffset, int biasOffset) {
    int hw = h * w;
    int pad = k / 2;
    for (int r = 0, n = x.rows(); r < n; r++) {
      int xr = r * in * hw;
      int yr = r * out * hw;
      for (int o = 0; o < out; o++) {
        double bias = p.get(biasOffset + o);
        for (int i = 0; i < hw; i++) {
          y.set(yr + o * hw + i, bias);
        }
        for (int c = 0; c < in; c++) {
          for (int u = 0; u < k; u++) {
            for (int v = 0; v < k; v++) {
              double wt = p.get(weightOffset + ((o * in + c) * k + u) * k + v);
              int du = u - pad;
              int dv = v - pad;
              for (int yy = Math.max(0, -du); yy < Math.min(h, h - du); yy++) {
                int src = xr + c * hw + (yy + du) * w + dv;
                int dst = yr + o * hw + yy * w;
                for (int xx = Math.max(0, -dv); xx < Math.min(w, w - dv); xx++) {
                  y.add(dst + xx, wt * x.get(src + xx));
                }
              }
            }
          }
        }
      }
    }
  }

  /** Adds ∂L/∂W and ∂L/∂b to {@code g}; writes ∂L/∂x to dx unless it is null. */
  void backward(Matrix x, Matrix dy, Matrix dx, Matrix p, Matrix g, int weightOffset, int biasOffset) {
    int hw = h * w;
    int pad = k / 2;
    if (dx != null) {
      dx.fill(0);
    }
    for (int r = 0, n = x.rows(); r < n; r++) {
      int xr = r * in * hw;
      int yr = r * out * hw;
      for (int o = 0; o < out; o++) {
        double db = 0;
        for (int i = 0; i < hw; i++) {
          db += dy.get(yr + o * hw + i);
        }
        g.add(biasOffset + o, db);
        for (int c = 0; c < in; c++) {
          for (int u = 0; u < k; u++) {
            for (int v = 0; v < k; v++) {
              int wi = weightOffset + ((o * in + c) * k + u) * k + v;
              double wt = p.get(wi);
              int du = u - pad;
              int dv = v - pad;
              double dw = 0;
              for (int yy = Math.max(0, -du); yy < Math.min(h, h - du); yy++) {
                int src = xr + c * hw + (yy + du) * w + dv;
                int dst = yr + o * hw + yy * w;
                for (int xx = Math.max(0, -dv); xx < Math.min(w, w - dv); xx++) {
                  double d = dy.get(dst + xx);
                  dw += d * x.get(src + xx);
                  if (dx != null) {
                    dx.add(src + xx, wt * d);
                  }
                }
              }
              g.add(wi, dw);
            }
          }
        }
      }
    }
  }
}
