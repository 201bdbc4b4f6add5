package org.inversesuite.cli.plot;

import java.awt.Color;

/**
 * One entry of a figure legend shared by all panels of a {@link Figure}.
 *
 * @param label the text
 * @param color the colour of the swatch
 * @param swatch how the swatch is drawn
 */
public record LegendEntry(String label, Color color, Swatch swatch) {
  /** The shape of a legend swatch. */
  public enum Swatch {
    /** A filled rectangle, for bands and histograms. */
    FILL,
    /** A solid line. */
    LINE,
    /** A dashed line, for reference lines. */
    DASHED,
    /** A filled circle, for scatter points. */
    POINT
  }
}
