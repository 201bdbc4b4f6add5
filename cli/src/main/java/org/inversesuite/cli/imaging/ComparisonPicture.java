package org.inversesuite.cli.imaging;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.inversesuite.imaging.Image;

/**
 * A row of labelled panels of equal size (noisy, denoised, clean, difference), drawn into one
 * picture that {@link org.inversesuite.cli.plot.Figure#writePng} writes. The difference panel
 * shows |x̂ − x|·gain, clipped to 255, in grey (the mean over channels).
 */
final class ComparisonPicture {
  private static final int LABEL_HEIGHT = 22;
  private static final int GAP = 6;

  private ComparisonPicture() {
  }

  /** One panel: a caption and an image on the 0-255 scale. */
  record Panel(String caption, Image image) {
  }

  /** @return the panel of |a − b|·gain, mean over channels, clipped to [0, 255] */
  static Image difference(Image a, Image b, double gain) {
    int hw = a.height() * a.width();
    double[] v = new double[hw];
    double[] av = a.values();
    double[] bv = b.values();
    for (int c = 0; c < a.channels(); c++) {
      for (int i = 0; i < hw; i++) {
        v[i] += Math.abs(av[c * hw + i] - bv[c * hw + i]) * gain / a.channels();
      }
    }
    return new Image(new org.inversesuite.core.image.ImageShape(1, a.height(), a.width()), v).clamped();
  }

  /** @return the panels side by side under their captions, on white */
  static BufferedImage draw(List<Panel> panels) {
    int h = panels.get(0).image().height();
    int w = panels.get(0).image().width();
    int width = panels.size() * w + (panels.size() + 1) * GAP;
    BufferedImage out = new BufferedImage(width, h + LABEL_HEIGHT + 2 * GAP, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int p = 0; p < panels.size(); p++) {
      int x0 = GAP + p * (w + GAP);
      g.drawString(panels.get(p).caption(), x0, GAP + 14);
      Image im = panels.get(p).image();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          out.setRGB(x0 + x, LABEL_HEIGHT + GAP + y, rgb(im, y, x));
        }
      }
    }
    g.dispose();
    return out;
  }

  private static int rgb(Image im, int y, int x) {
    int r = level(im.get(0, y, x));
    if (im.channels() < 3) {
      return r << 16 | r << 8 | r;
    }
    return r << 16 | level(im.get(1, y, x)) << 8 | level(im.get(2, y, x));
  }

  private static int level(double v) {
    return (int) Math.round(Math.max(0, Math.min(255, v)));
  }
}
