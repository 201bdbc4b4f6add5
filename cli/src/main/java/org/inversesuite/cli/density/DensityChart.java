package org.inversesuite.cli.density;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.cli.plot.Figure;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The bar chart of the density check: held-out log-likelihood per sample and dimension (nats,
 * standardised space; higher is better) for every data set (groups) and model (bars), with the
 * standard error as error bars.
 */
final class DensityChart {
  private DensityChart() {}

  static void save(List<DensityResult> results, Path file) {
    Set<String> sets = new LinkedHashSet<>();
    Set<String> models = new LinkedHashSet<>();
    for (DensityResult r : results) {
      sets.add(r.set());
      models.add(r.model());
    }
    CategoryChart chart = new CategoryChartBuilder().width(900).height(480)
        .title("Held-out log-likelihood (higher is better)").xAxisTitle("data set")
        .yAxisTitle("test log-likelihood / (sample · dimension), nats").build();
    var st = chart.getStyler();
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    st.setOverlapped(false);
    int i = 0;
    for (String model : models) {
      List<Double> values = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (String set : sets) {
        DensityResult r = results.stream().filter(x -> x.set().equals(set) && x.model().equals(model)).findFirst()
            .orElseThrow();
        values.add(r.perDimension());
        errors.add(r.standardError() / r.dimension());
      }
      chart.addSeries(model, new ArrayList<>(sets), values, errors).setFillColor(Charts.color(i++));
    }
    Figure.writePng(file, BitmapEncoder.getBufferedImage(chart));
  }
}
