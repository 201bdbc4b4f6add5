package org.inversesuite.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Shared look of the suite's charts: fonts, colours, bands and reference lines. Several charts
 * are assembled into one picture by {@link Figure}.
 */
public final class Charts {
  /** Colours of successive parameters or sample sets (Tableau 10, colour-blind friendly order). */
  private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
      new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
      new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};
  /** The colour of a true value. */
  public static final Color TRUTH = new Color(200, 20, 20);
  /** The fill of an expected-under-calibration band. */
  public static final Color BAND = new Color(160, 160, 160, 90);
  /** The colour of an ideal reference line (a diagonal, an expected count). */
  public static final Color REFERENCE = new Color(90, 90, 90);

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

  /** @return a chart in the house style, with its title and axis titles (units in the titles) */
  public static XYChart chart(int width, int height, String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    style(chart);
    return chart;
  }

  /** @return the i-th colour of the palette (cycling) */
  public static Color color(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /** @return {@code c} with alpha {@code alpha} in [0, 255] */
  public static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /**
   * Adds a filled band between {@code lower} and {@code upper} over {@code x} (a closed polygon).
   *
   * @return the series, for its legend entry
   */
  public static XYSeries band(XYChart chart, String name, double[] x, double[] lower, double[] upper, Color fill) {
    int n = x.length;
    double[] px = new double[2 * n + 1];
    double[] py = new double[2 * n + 1];
    for (int i = 0; i < n; i++) {
      px[i] = x[i];
      py[i] = lower[i];
      px[2 * n - 1 - i] = x[i];
      py[2 * n - 1 - i] = upper[i];
    }
    px[2 * n] = x[0];
    py[2 * n] = lower[0];
    XYSeries s = chart.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(fill);
    s.setLineColor(withAlpha(fill, 0));
    return s;
  }

  /** Adds a solid line without markers. */
  public static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, float width) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(new BasicStroke(width));
    return s;
  }

  /** Adds a dashed grey line without markers: what a calibrated posterior would give. */
  public static XYSeries referenceLine(XYChart chart, String name, double[] x, double[] y) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(REFERENCE);
    s.setLineStyle(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    return s;
  }

  /**
   * @return a tick-label pattern with as few digits as the range needs: "0" from 100 up, "0.#" from 10, else "0.0#".
   *     In a narrow panel the labels of "650.0", "700.0" overlapped and all but one were dropped.
   */
  public static String decimalPattern(double[] range) {
    double magnitude = Math.max(Math.abs(range[0]), Math.abs(range[1]));
    return magnitude >= 100 ? "0" : magnitude >= 10 ? "0.#" : "0.0#";
  }

  /**
   * Makes XChart label the x axis in round steps. When the x values of the data are equally
   * spaced (bin edges, a grid of levels), XChart puts its ticks on those values, which gives
   * labels such as 0.13, 0.27; one invisible point off that grid makes it choose round steps.
   * Call it on charts whose axis ranges are set explicitly, with (x, y) inside them.
   */
  public static void roundXTicks(XYChart chart, double x, double y) {
    XYSeries s = chart.addSeries("\u200b", new double[] {x}, new double[] {y});
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.NONE);
    s.setMarkerColor(withAlpha(Color.WHITE, 0));
    s.setShowInLegend(false);
  }

  /** Writes the charts side by side into one PNG, atomically. */
  public static void savePng(Path file, List<XYChart> panels) {
    new Figure("", panels, panels.size(), List.of()).savePng(file);
  }
}
