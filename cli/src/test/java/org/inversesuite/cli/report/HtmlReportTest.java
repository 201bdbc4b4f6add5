package org.inversesuite.cli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page is rebuilt from whatever the folder holds: every plot is shown, missing parts are explained. */
class HtmlReportTest {
  @TempDir
  Path dir;

  @Test
  void referencesEveryPlotAndExplainsWhatIsMissing() throws Exception {
    ExperimentConfig config = ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(),
        List.of("name=placeholder"));
    Files.writeString(dir.resolve("config.json"), Json.mapper().writeValueAsString(config)
        .replace("placeholder", "a<b"));
    for (String png : List.of("loss.png", "posterior-arms-0.png", "coverage.png", "something-new.png")) {
      ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(png).toFile());
    }
    Files.writeString(dir.resolve("coverage.svg"), "<svg/>");
    Files.writeString(dir.resolve("posterior-quality.csv"), "observation,y_h,y_v,mmd2\n0,1.7,-1.3,0.00123456\n");

    String html = Files.readString(HtmlReport.write(dir));
    for (String png : List.of("loss.png", "posterior-arms-0.png", "coverage.png", "something-new.png")) {
      assertTrue(html.contains("<img src=\"" + png + "\""), png + " is not shown");
    }
    assertTrue(html.contains("href=\"coverage.svg\""), "the SVG is linked");
    assertTrue(html.contains("Not diagnosed yet"), "says how to get the diagnostics");
    assertTrue(html.contains("a&lt;b"), "names are escaped");
    assertFalse(html.contains("a<b"), "no raw markup from the config");
    assertTrue(html.contains("<td>0.001235</td>"), "numbers are rounded to 4 digits");
    assertTrue(html.contains("MMD²"), "the quality table has readable headers");
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
        "the page loads nothing and runs nothing");
  }

  @Test
  void refusesAMissingFolderAndDamagedJson() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.write(dir.resolve("nothing")));
    Files.writeString(dir.resolve("metrics.json"), "{ broken");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlReport.write(dir));
    assertTrue(e.getMessage().contains("metrics.json"), e.getMessage());
  }
}
