package org.inversesuite.airfoil.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Shell scripts standing in for XFOIL in tests. Each records what it was given in a directory
 * ({@code stdin.txt}, {@code cwd.txt}, {@code loaded.dat}: a copy of the file named by LOAD)
 * and writes the polar file named after the first PACC, with the header of a real XFOIL 6.99
 * polar file (naca2412-1e6-sweep.pol) and rows in its column widths, from these formulas of
 * a = alpha: CL = 0.25 + 0.11 a, CD = 0.006 + 0.0002 a², CDp = 0.001 + 0.0001 a²,
 * CM = −0.05 + 0.001 a, Top_Xtr = 0.6 − 0.05 a, Bot_Xtr = 0.7 + 0.02 a.
 */
final class FakeXfoil {
  private FakeXfoil() {}

  static double cl(double a) {
    return 0.25 + 0.11 * a;
  }

  static double cd(double a) {
    return 0.006 + 0.0002 * a * a;
  }

  static double cdp(double a) {
    return 0.001 + 0.0001 * a * a;
  }

  static double cm(double a) {
    return -0.05 + 0.001 * a;
  }

  static double xtrTop(double a) {
    return 0.6 - 0.05 * a;
  }

  static double xtrBottom(double a) {
    return 0.7 + 0.02 * a;
  }

  /**
   * A fake that writes every ALFA point except {@code skipAlpha} (as written, e.g. "3.000"), then
   * runs {@code tail} (shell commands, e.g. "exit 0").
   */
  static Path converging(Path dir, Path record, String skipAlpha, String tail) {
    String header = String.join("\n", XfoilPolar.lines(XfoilPolarFileTest.REAL).subList(0, 12));
    String script = "#!/bin/sh\n"
        + "rec='" + record + "'\n"
        + "cat > \"$rec/stdin.txt\"\n"
        + "pwd > \"$rec/cwd.txt\"\n"
        + "load=$(awk '$1 == \"LOAD\" {print $2; exit}' \"$rec/stdin.txt\")\n"
        + "cp \"$load\" \"$rec/loaded.dat\"\n"
        + "polar=$(awk 'p {print; exit} $0 == \"PACC\" {p = 1}' \"$rec/stdin.txt\")\n"
        + "cat > \"$polar\" <<'HEADER'\n" + header + "\nHEADER\n"
        + "awk -v skip='" + skipAlpha + "' '$1 == \"ALFA\" && $2 != skip { a = $2 + 0;"
        + " printf \"%8.3f%9.4f%10.5f%10.5f%9.4f%9.4f%9.4f%9.4f%9.4f\\n\", a, 0.25 + 0.11 * a,"
        + " 0.006 + 0.0002 * a * a, 0.001 + 0.0001 * a * a, -0.05 + 0.001 * a, 0.6 - 0.05 * a, 0.7 + 0.02 * a,"
        + " 30 + a, 150 + a }' \"$rec/stdin.txt\" >> \"$polar\"\n"
        + tail + "\n";
    return write(dir.resolve("xfoil"), script);
  }

  /** A fake that records its working directory, then sleeps far longer than any test timeout. */
  static Path sleeping(Path dir, Path record) {
    return write(dir.resolve("xfoil-sleeps"), "#!/bin/sh\npwd > '" + record + "/cwd.txt'\nsleep 600\n");
  }

  static List<String> recorded(Path record, String file) {
    try {
      return Files.readAllLines(record.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, String script) {
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
