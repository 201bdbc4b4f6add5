package org.inversesuite.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inversesuite.core.diagnostics.CalibrationError;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.Recovery;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.diagnostics.Tarp;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Every diagnostic plot writes a decodable PNG of the size its layout promises (title strip, one
 * cell per panel, legend strip) with ink on it, and an SVG that parses, from the evidence of a
 * conjugate Gaussian model: prior N(0, 1), likelihood N(x, 0.5²), exact posterior per case.
 */
class DiagnosticPlotsTest {
  private static final int CASES = 120;
  private static final int SAMPLES = 39;
  private static PosteriorEvidence evidence;

  @TempDir
  Path dir;

  @BeforeAll
  static void simulate() {
    Rng rng = new Rng(11);
    int d = 3;
    double noise = 0.5;
    double shrink = 1 / (1 + noise * noise);
    double std = Math.sqrt(noise * noise * shrink);
    DoubleMatrix truths = new DoubleMatrix(CASES, d);
    List<Matrix> samples = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      DoubleMatrix s = new DoubleMatrix(SAMPLES, d);
      for (int j = 0; j < d; j++) {
        truths.set(i, j, rng.gaussian());
        double y = truths.get(i, j) + noise * rng.gaussian();
        for (int r = 0; r < SAMPLES; r++) {
          s.set(r, j, shrink * y + std * rng.gaussian());
        }
      }
      samples.add(s);
    }
    evidence = new PosteriorEvidence(truths, samples, List.of("a", "b", "c"));
  }

  @Test
  void sbcPlotsHaveOneCellPerParameterATitleAndALegend() throws Exception {
    var sbc = new SimulationBasedCalibration(8, 0.05, 100, 0).assess(evidence);
    SbcRankPlot.save(dir, sbc);
    EcdfDifferencePlot.save(dir, sbc);
    assertPng(dir.resolve("sbc-ranks.png"), 3 * 330, 34 + 280 + 32);
    assertPng(dir.resolve("sbc-ecdf.png"), 3 * 330, 34 + 290 + 32);
    assertSvg(dir.resolve("sbc-ranks.svg"), 3 * 330);
    assertSvg(dir.resolve("sbc-ecdf.svg"), 3 * 330);
  }

  @Test
  void coverageTarpAndRecoveryPlots() throws Exception {
    double[] error = CalibrationError.defaults().evaluate(evidence).perDimension().values().stream()
        .mapToDouble(Double::doubleValue).toArray();
    CoveragePlot.save(dir, ExpectedCoverage.defaults().assess(evidence), error);
    TarpPlot.save(dir, Tarp.defaults().assess(evidence));
    RecoveryPlot.save(dir, new Recovery(Recovery.PointEstimate.MEAN).assess(evidence));
    assertPng(dir.resolve("coverage.png"), 600, 640);
    assertPng(dir.resolve("tarp.png"), 600, 600);
    assertPng(dir.resolve("recovery.png"), 3 * 330, 34 + 330 + 32);
    for (String svg : new String[] {"coverage.svg", "tarp.svg", "recovery.svg"}) {
      assertSvg(dir.resolve(svg), svg.startsWith("recovery") ? 3 * 330 : 600);
    }
  }

  @Test
  void cornerPlotIsASquareGridUnderItsTitle() throws Exception {
    Path file = dir.resolve("corner.png");
    CornerPlot.save(file, List.of("a", "b", "c"), List.of(evidence.samples(0), evidence.samples(1)),
        List.of("first", "second"), new double[] {evidence.truth(0, 0), evidence.truth(0, 1), evidence.truth(0, 2)},
        "corner");
    assertPng(file, 3 * 280, 34 + 3 * 280);
  }

  static void assertPng(Path file, int width, int height) throws Exception {
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " is not a decodable image");
    assertEquals(width, image.getWidth(), file + " width");
    assertEquals(height, image.getHeight(), file + " height");
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
          dark++;
        }
      }
    }
    assertTrue(dark > 500, file + " is almost blank: " + dark + " dark pixels sampled");
  }

  static void assertSvg(Path file, int width) throws Exception {
    assertTrue(Files.size(file) > 1000, file + " is nearly empty");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals(width + "px", root.getAttribute("width"));
  }
}
