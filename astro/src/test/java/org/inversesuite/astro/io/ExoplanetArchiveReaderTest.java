package org.inversesuite.astro.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.astro.interior.inversion.PlanetObservation;
import org.inversesuite.data.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExoplanetArchiveReaderTest {
  @TempDir
  Path dir;

  private static final String HEADER = "# This file was produced by the NASA Exoplanet Archive\n"
      + "# COLUMN pl_name:        Planet Name\n"
      + "#\n"
      + "pl_name,hostname,pl_bmasse,pl_bmasseerr1,pl_bmasseerr2,pl_rade,pl_radeerr1,pl_radeerr2,st_met\n";

  @Test
  void goodRowsAreReadWithArchiveConventions() throws Exception {
    Path f = dir.resolve("ps.csv");
    Files.writeString(f, HEADER
        + "Kepler-10 b,Kepler-10,3.26,0.47,-0.47,1.47,0.03,-0.02,-0.15\n"
        + "\"K2-229 b\",K2-229,2.59,0.43,-0.43,1.164,0.066,-0.048,\n"
        + "\n");
    ArchivePlanets p = ExoplanetArchiveReader.read(f);
    assertEquals(List.of(), p.problems());
    assertEquals(2, p.planets().size());
    PlanetObservation k10 = p.planets().get(0);
    assertEquals("Kepler-10 b", k10.name());
    assertEquals(3.26, k10.mass());
    assertEquals(0.47, k10.massError(), 1e-12);
    assertEquals(0.025, k10.radiusError(), 1e-12);
    assertEquals(-0.15, k10.metallicity());
    assertEquals("K2-229 b", p.planets().get(1).name());
    assertTrue(Double.isNaN(p.planets().get(1).metallicity()));
    assertTrue(!p.planets().get(1).hasFeSi());
  }

  @Test
  void badRowsAreReportedByLineAndKeptOut() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, HEADER
        + "Good b,G,1.0,0.1,-0.1,1.0,0.05,-0.05,0.0\n"          // line 5
        + "NoMass b,N,,,,1.2,0.1,-0.1,0.1\n"                    // line 6
        + "NaN b,N,NaN,0.1,-0.1,1.2,0.1,-0.1,0.1\n"             // line 7
        + "Neg b,N,-2,0.1,-0.1,1.2,0.1,-0.1,0.1\n"              // line 8
        + "ZeroErr b,N,2,0,0,1.2,0.1,-0.1,0.1\n"                // line 9
        + "Short b,N,2,0.1\n"                                   // line 10
        + "Text b,N,2,0.1,-0.1,big,0.1,-0.1,0.1\n"              // line 11
        + "Good b,G,1.1,0.1,-0.1,1.0,0.05,-0.05,0.0\n"          // line 12: duplicate
        + ",N,2,0.1,-0.1,1.2,0.1,-0.1,0.1\n"                    // line 13: no name
        + "Metal b,N,2,0.1,-0.1,1.2,0.1,-0.1,high\n");          // line 14
    ArchivePlanets p = ExoplanetArchiveReader.read(f);
    assertEquals(1, p.planets().size());
    assertEquals("Good b", p.planets().get(0).name());
    assertEquals(1.0, p.planets().get(0).mass());
    String[] expected = {"line 6: NoMass b: pl_bmasse is empty", "line 7: NaN b: pl_bmasse", "line 8: Neg b: pl_bmasse",
        "line 9: ZeroErr b: pl_bmasseerr1", "line 10: 4 fields", "line 11: Text b: pl_rade is not a number",
        "line 12: Good b: already read at line 5", "line 13: pl_name is empty", "line 14: Metal b: st_met"};
    assertEquals(expected.length, p.problems().size(), p.problems().toString());
    for (int i = 0; i < expected.length; i++) {
      assertTrue(p.problems().get(i).startsWith(expected[i]), p.problems().get(i) + " should start with " + expected[i]);
    }
  }

  @Test
  void optionalFeSiColumns() throws Exception {
    Path f = dir.resolve("fesi.csv");
    Files.writeString(f, "pl_name,pl_bmasse,pl_bmasseerr1,pl_bmasseerr2,pl_rade,pl_radeerr1,pl_radeerr2,fe_si,fe_si_err\n"
        + "A b,1,0.1,-0.1,1,0.02,-0.02,0.9,0.05\n"
        + "B b,1,0.1,-0.1,1,0.02,-0.02,,\n"
        + "C b,1,0.1,-0.1,1,0.02,-0.02,0.9,\n");
    ArchivePlanets p = ExoplanetArchiveReader.read(f);
    assertEquals(2, p.planets().size());
    assertTrue(p.planets().get(0).hasFeSi());
    assertEquals(0.9, p.planets().get(0).feSi());
    assertTrue(!p.planets().get(1).hasFeSi());
    assertEquals(1, p.problems().size());
    assertTrue(p.problems().get(0).startsWith("line 4: C b: fe_si and fe_si_err"), p.problems().get(0));
  }

  @Test
  void missingColumnOrFileIsAnError() throws Exception {
    Path f = dir.resolve("nocol.csv");
    Files.writeString(f, "# comment\npl_name,pl_bmasse,pl_rade\nA,1,1\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> ExoplanetArchiveReader.read(f));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("pl_bmasseerr1"), e.getMessage());
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "# only comments\n\n");
    assertThrows(DataFormatException.class, () -> ExoplanetArchiveReader.read(empty));
    assertThrows(DataFormatException.class, () -> ExoplanetArchiveReader.read(dir.resolve("missing.csv")));
  }
}
