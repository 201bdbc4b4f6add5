package org.inversesuite.airfoil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AirfoilFilesTest {
  @TempDir
  Path dir;

  private final Airfoil naca = NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(41);

  @Test
  void seligAndLednicerRoundTrip() {
    for (CoordinateFormat f : CoordinateFormat.values()) {
      Path file = dir.resolve("naca2412-" + f + ".dat");
      AirfoilFiles.write(file, naca, f);
      Airfoil back = AirfoilFiles.read(file);
      assertEquals("NACA 2412", back.name());
      assertEquals(naca.size(), back.size(), f.toString());
      for (int i = 0; i < naca.size(); i++) {
        assertEquals(naca.x(i), back.x(i), 1e-7);
        assertEquals(naca.y(i), back.y(i), 1e-7);
      }
    }
  }

  @Test
  void detectsTheLayout() throws Exception {
    Path file = dir.resolve("l.dat");
    AirfoilFiles.write(file, naca, CoordinateFormat.LEDNICER);
    assertEquals(CoordinateFormat.LEDNICER, AirfoilFiles.detect(Files.readAllLines(file)));
    assertEquals(CoordinateFormat.SELIG, AirfoilFiles.detect(SeligFormat.format(naca)));
  }

  @Test
  void malformedLineIsNamed() {
    List<String> lines = List.of("bad foil", "1.0 0.0", "0.5 0.05", "0.0 zero", "0.5 -0.05", "1.0 0.0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("bad.dat", lines, CoordinateFormat.SELIG));
    assertTrue(e.getMessage().startsWith("bad.dat line 4:"), e.getMessage());
    assertTrue(e.getMessage().contains("'0.0 zero'"), e.getMessage());
  }

  @Test
  void unorderedSeligFileIsNamed() {
    List<String> lines = List.of("jumbled", "1.0 0.0", "0.5 0.05", "0.0 0.0", "0.5 -0.05", "0.3 -0.04", "1.0 0.0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("jumbled.dat", lines, CoordinateFormat.SELIG));
    assertTrue(e.getMessage().startsWith("jumbled.dat line 6:"), e.getMessage());
    List<String> clockwise = List.of("cw", "1.0 0.0", "0.5 -0.05", "0.0 0.0", "0.5 0.05", "1.0 0.0");
    e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("cw.dat", clockwise, CoordinateFormat.SELIG));
    assertTrue(e.getMessage().startsWith("cw.dat line 2:") && e.getMessage().contains("clockwise"), e.getMessage());
  }

  @Test
  void lednicerCountsAndOrderAreChecked() {
    List<String> shortFile = List.of("short", "3. 3.", "", "0 0", "0.5 0.05", "1 0", "", "0 0", "0.5 -0.05");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("short.dat", shortFile, CoordinateFormat.LEDNICER));
    assertTrue(e.getMessage().contains("short.dat") && e.getMessage().contains("2 of the 3 lower"), e.getMessage());
    List<String> backwards = List.of("back", "3. 3.", "", "0 0", "0.5 0.05", "1 0", "", "0 0", "1 0", "0.5 -0.05");
    e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("back.dat", backwards, CoordinateFormat.LEDNICER));
    assertTrue(e.getMessage().startsWith("back.dat line 10:"), e.getMessage());
    List<String> counts = List.of("nocount", "1.0 0.0", "0.5 0.05");
    e = assertThrows(IllegalArgumentException.class,
        () -> AirfoilFiles.parse("nocount.dat", counts, CoordinateFormat.LEDNICER));
    assertTrue(e.getMessage().startsWith("nocount.dat line 2:"), e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("missing.dat");
    Exception e = assertThrows(java.io.UncheckedIOException.class, () -> AirfoilFiles.read(missing));
    assertTrue(e.getMessage().contains("missing.dat"), e.getMessage());
  }
}
