package org.inversesuite.cli.inn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.cli.InverseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse inn toy8} end to end with two training steps and a final stage of two: the figure and the per-mode table
 * are written, the untrained network is reported as not recovering its modes (exit code 1), and
 * a second run refuses to overwrite without --force.
 */
class EightModesCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesFigureAndTableAndRefusesToOverwrite() throws Exception {
    String[] args = {"inn", "toy8", "--labels", "SOME", "--steps", "2", "--batch", "16", "--final-steps", "2",
        "--final-batch", "24", "--samples", "200", "--out", dir.toString()};
    assertEquals(1, InverseCommand.commandLine().execute(args));
    List<String> rows = Files.readAllLines(dir.resolve("toy8-some.csv"));
    assertEquals("label,mode,true_mode_of_label,samples_within_0.6,fraction,sd_x1,sd_x2,label_between_modes", rows.get(0));
    assertEquals(1 + 4 * 8, rows.size());
    assertTrue(Files.size(dir.resolve("toy8-some.png")) > 1000);
    StringWriter err = new StringWriter();
    var cl = InverseCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(InverseCommand.INVALID_INPUT, cl.execute(args));
    assertTrue(err.toString().contains("--force"), err.toString());
  }
}
