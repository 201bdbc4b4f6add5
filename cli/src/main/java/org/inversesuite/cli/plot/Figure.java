package org.inversesuite.cli.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inversesuite.core.io.AtomicFiles;
import org.knowm.xchart.XYChart;

/**
 * Several charts assembled into one picture: an optional title on top, the panels in a grid of
 * {@code columns} columns (a null panel leaves its cell blank), and an optional legend strip
 * below that explains the series all panels share. Painted by one routine for PNG and SVG, so
 * both show the same figure.
 *
 * @param title the figure title, or "" for none
 * @param panels the charts, row by row
 * @param columns cells per row, ≥ 1
 * @param legend the shared legend, possibly empty
 */
public record Figure(String title, List<XYChart> panels, int columns, List<LegendEntry> legend) {
  private static final int TITLE_HEIGHT = 34;
  private static final int LEGEND_HEIGHT = 32;
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  /** Validates the layout and copies the lists (panels may contain nulls). */
  public Figure {
    if (panels.isEmpty() || columns < 1) {
      throw new IllegalArgumentException("a figure needs >= 1 panel and >= 1 column, got " + panels.size()
          + " panels and " + columns + " columns");
    }
    panels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(panels));
    legend = List.copyOf(legend);
  }

  private int cols() {
    return Math.min(columns, panels.size());
  }

  private int cellWidth() {
    return panels.stream().filter(java.util.Objects::nonNull).mapToInt(XYChart::getWidth).max().orElse(1);
  }

  private int cellHeight() {
    return panels.stream().filter(java.util.Objects::nonNull).mapToInt(XYChart::getHeight).max().orElse(1);
  }

  private int top() {
    return title.isEmpty() ? 0 : TITLE_HEIGHT;
  }

  /** @return the width of the picture in pixels */
  public int width() {
    return cols() * cellWidth();
  }

  /** @return the height of the picture in pixels */
  public int height() {
    int rows = (panels.size() + cols() - 1) / cols();
    return top() + rows * cellHeight() + (legend.isEmpty() ? 0 : LEGEND_HEIGHT);
  }

  /** Paints the whole figure onto {@code g}, whose origin is the figure's top left corner. */
  public void paint(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width(), height());
    g.setColor(java.awt.Color.BLACK);
    if (!title.isEmpty()) {
      g.setFont(TITLE_FONT);
      FontMetrics fm = g.getFontMetrics();
      g.drawString(title, (width() - fm.stringWidth(title)) / 2, TITLE_HEIGHT - 10);
    }
    for (int i = 0; i < panels.size(); i++) {
      XYChart chart = panels.get(i);
      if (chart != null) {
        Graphics2D cell = (Graphics2D) g.create();
        cell.translate((i % cols()) * cellWidth(), top() + (i / cols()) * cellHeight());
        chart.paint(cell, chart.getWidth(), chart.getHeight());
        cell.dispose();
      }
    }
    if (!legend.isEmpty()) {
      paintLegend(g, height() - LEGEND_HEIGHT);
    }
  }

  private void paintLegend(Graphics2D g, int y) {
    g.setFont(LEGEND_FONT);
    FontMetrics fm = g.getFontMetrics();
    int swatch = 26;
    int gap = 28;
    int total = 0;
    for (LegendEntry e : legend) {
      total += swatch + 6 + fm.stringWidth(e.label()) + gap;
    }
    int x = Math.max(8, (width() - total + gap) / 2);
    int mid = y + LEGEND_HEIGHT / 2;
    for (LegendEntry e : legend) {
      g.setColor(e.color());
      switch (e.swatch()) {
        case FILL -> g.fillRect(x, mid - 6, swatch, 12);
        case LINE -> {
          g.setStroke(new BasicStroke(2.2f));
          g.drawLine(x, mid, x + swatch, mid);
        }
        case DASHED -> {
          g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
              0f));
          g.drawLine(x, mid, x + swatch, mid);
        }
        case POINT -> g.fillOval(x + swatch / 2 - 4, mid - 4, 8, 8);
      }
      g.setColor(java.awt.Color.DARK_GRAY);
      g.drawString(e.label(), x + swatch + 6, mid + fm.getAscent() / 2 - 1);
      x += swatch + 6 + fm.stringWidth(e.label()) + gap;
    }
  }

  /** Writes the figure as PNG, atomically. */
  public void savePng(Path file) {
    BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    paint(g);
    g.dispose();
    writePng(file, image);
  }

  /** Encodes {@code image} as PNG and writes it atomically (shared by every picture of the CLI). */
  public static void writePng(Path file, BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + file, e);
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }

  /**
   * Writes the figure as SVG, atomically, with the VectorGraphics2D back end of XChart's
   * {@code VectorGraphicsEncoder} (XChart draws text as outlines, so the file needs no fonts).
   */
  public void saveSvg(Path file) {
    VectorGraphics2D g = new VectorGraphics2D();
    paint(g);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + file, e);
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }

  /** Writes {@code <base>.png} and {@code <base>.svg} into {@code folder}. */
  public void save(Path folder, String base) {
    savePng(folder.resolve(base + ".png"));
    saveSvg(folder.resolve(base + ".svg"));
  }
}
