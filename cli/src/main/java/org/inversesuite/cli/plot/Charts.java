package org.inversesuite.cli.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inversesuite.core.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** Shared look of the suite's charts and atomic PNG output, including side-by-side panels. */
public final class Charts {
  private Charts() {}

  /** Applies the house style: white background, readable fonts, legend inside top right. */
  public static void style(XYChart chart) {
    XYStyler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendPosition(Styler.LegendPosition.InsideNE);
    s.setPlotBorderVisible(false);
    s.setAntiAlias(true);
  }

  /** Writes the charts side by side into one PNG, atomically. */
  public static void savePng(Path file, List<XYChart> panels) {
    int width = panels.stream().mapToInt(XYChart::getWidth).sum();
    int height = panels.stream().mapToInt(XYChart::getHeight).max().orElse(1);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    int x = 0;
    for (XYChart chart : panels) {
      g.drawImage(BitmapEncoder.getBufferedImage(chart), x, 0, null);
      x += chart.getWidth();
    }
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot encode " + file, e);
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }
}
