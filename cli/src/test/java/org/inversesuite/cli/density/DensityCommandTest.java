package org.inversesuite.cli.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The density command end to end on a tiny two-cluster table, and its refusal to overwrite. */
class DensityCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTableAndChartAndRefusesToOverwrite() throws Exception {
    Path data = Files.createDirectories(dir.resolve("tabular"));
    StringBuilder csv = new StringBuilder("80,2,a,b\n");
    Rng rng = new Rng(4);
    for (int i = 0; i < 80; i++) {
      double shift = i % 2 == 0 ? -2 : 2;
      csv.append(shift + 0.3 * rng.gaussian()).append(',').append(0.5 * rng.gaussian()).append(',').append(i % 2).append('\n');
    }
    Files.writeString(data.resolve("tiny.csv"), csv);
    Path out = dir.resolve("out");
    String[] args = {"density", "--data", data.toString(), "--out", out.toString(), "--iterations", "30"};
    assertEquals(0, InverseCommand.commandLine().execute(args));
    List<String> rows = Files.readAllLines(out.resolve("density.csv"));
    assertEquals(6, rows.size(), String.join("\n", rows));
    assertTrue(rows.get(2).startsWith("tiny,Gaussian mixture,2,56,12,"), rows.get(2));
    assertTrue(Files.size(out.resolve("density.png")) > 1000);
    assertTrue(Files.readString(out.resolve("density.md")).contains("| tiny | MAF |"));
    StringWriter err = new StringWriter();
    var cl = InverseCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(InverseCommand.INVALID_INPUT, cl.execute(args));
    assertTrue(err.toString().contains("--force"), err.toString());
  }
}
