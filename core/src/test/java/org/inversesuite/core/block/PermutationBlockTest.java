package org.inversesuite.core.block;

import java.util.List;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermutationBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return new PermutationConfig(List.of(2, 3, 1, 0)).build(p, "perm", 4, 2, rng);
  }
  public int dimension() { return 4; }
  public int conditionDimension() { return 2; }
  public boolean ignoresCondition() { return true; }

  @Test
  void refusesWhatIsNotAPermutation() {
    assertThrows(IllegalArgumentException.class, () -> new PermutationBlock(new int[] {0, 0, 1}, new Parameters(
        org.inversesuite.core.tensor.Precision.FLOAT64), 0));
  }
}
