package org.inversesuite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/** The immutability, ordering and equality of {@link ModelFile}. */
class ModelFileTest {
  private static ObjectNode meta() {
    return Json.mapper().createObjectNode().put("architecture", "glow");
  }

  @Test
  void constructorCopiesMetadataAndTensors() {
    ObjectNode meta = meta();
    float[] data = {1, 2};
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    tensors.put("w", new FloatMatrix(1, 2, data));
    ModelFile model = new ModelFile(meta, tensors);
    meta.put("architecture", "changed");
    data[0] = 99;
    tensors.put("extra", new FloatMatrix(1, 1));
    assertEquals("glow", model.metadata().get("architecture").textValue());
    assertEquals(1.0, model.tensor("w").get(0));
    assertEquals(List.of("w"), List.copyOf(model.tensorNames()));
  }

  @Test
  void accessorsReturnCopies() {
    ModelFile model = new ModelFile(meta(), Map.of("w", new DoubleMatrix(1, 1, new double[] {3})));
    model.metadata().put("architecture", "changed");
    model.tensors().get("w").set(0, 7);
    model.tensor("w").set(0, 8);
    assertEquals("glow", model.metadata().get("architecture").textValue());
    assertEquals(3.0, model.tensor("w").get(0));
    assertThrows(UnsupportedOperationException.class, () -> model.tensors().put("x", new DoubleMatrix(1, 1)));
    assertThrows(UnsupportedOperationException.class, () -> model.tensorNames().remove("w"));
  }

  @Test
  void insertionOrderIsKept() {
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    for (String name : List.of("z", "a", "m", "b")) {
      tensors.put(name, new FloatMatrix(1, 1));
    }
    ModelFile model = new ModelFile(meta(), tensors);
    assertEquals(List.of("z", "a", "m", "b"), List.copyOf(model.tensors().keySet()));
  }

  @Test
  void invalidComponentsAreRefused() {
    Map<String, Matrix> empty = Map.of();
    assertThrows(IllegalArgumentException.class, () -> new ModelFile(0, meta(), empty));
    assertThrows(NullPointerException.class, () -> new ModelFile(null, empty));
    assertThrows(NullPointerException.class, () -> new ModelFile(meta(), null));
    Map<String, Matrix> unnamed = new HashMap<>();
    unnamed.put("", new FloatMatrix(1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ModelFile(meta(), unnamed));
    Map<String, Matrix> nullValue = new HashMap<>();
    nullValue.put("w", null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> new ModelFile(meta(), nullValue));
    assertTrue(e.getMessage().contains("\"w\""), e.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new ModelFile(meta(), Map.of("w", new FloatMatrix(1, 1))).tensor("v"));
    assertTrue(missing.getMessage().contains("\"v\"") && missing.getMessage().contains("[w]"), missing.getMessage());
  }

  @Test
  void equalityComparesBitsPrecisionShapeAndOrder() {
    ModelFile a = model(0.0, 1, 2);
    assertEquals(a, model(0.0, 1, 2));
    assertEquals(a.hashCode(), model(0.0, 1, 2).hashCode());
    assertNotEquals(a, model(-0.0, 1, 2));
    assertNotEquals(model(Double.longBitsToDouble(0x7ff8000000000001L), 1, 2),
        model(Double.longBitsToDouble(0x7ff8000000000002L), 1, 2));
    assertEquals(model(Double.NaN, 1, 2), model(Double.NaN, 1, 2));
    assertNotEquals(a, model(0.0, 2, 1));
    assertNotEquals(a, new ModelFile(meta(), Map.of("w", new FloatMatrix(1, 2))));
    assertNotEquals(a, new ModelFile(meta().put("x", 1), Map.of("w", new DoubleMatrix(1, 2))));
    Map<String, Matrix> ab = new LinkedHashMap<>();
    ab.put("a", new FloatMatrix(1, 1));
    ab.put("b", new FloatMatrix(1, 1));
    Map<String, Matrix> ba = new LinkedHashMap<>();
    ba.put("b", new FloatMatrix(1, 1));
    ba.put("a", new FloatMatrix(1, 1));
    assertNotEquals(new ModelFile(meta(), ab), new ModelFile(meta(), ba));
  }

  private static ModelFile model(double first, int rows, int cols) {
    DoubleMatrix m = new DoubleMatrix(rows, cols);
    m.set(0, first);
    return new ModelFile(meta(), Map.of("w", m));
  }
}
