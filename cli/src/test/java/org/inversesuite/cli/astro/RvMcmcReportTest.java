package org.inversesuite.cli.astro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RvMcmcReportTest {
  @Test
  void aSampleOfTablesIsSpreadEvenlyAndAllAreTakenWhenAsked() {
    assertEquals(List.of(0, 1, 2), RvMcmcReport.spread(3, 3));
    assertEquals(List.of(0, 1, 2), RvMcmcReport.spread(3, 10), "never more than the tables");
    assertEquals(List.of(25, 75), RvMcmcReport.spread(100, 2), "the middles of equal shares");
    List<Integer> s = RvMcmcReport.spread(3000, 40);
    assertEquals(40, s.size());
    assertEquals(37, s.get(0));
    assertEquals(2962, s.get(39));
    for (int k = 1; k < s.size(); k++) {
      assertEquals(75, s.get(k) - s.get(k - 1), "evenly spaced");
    }
  }
}
