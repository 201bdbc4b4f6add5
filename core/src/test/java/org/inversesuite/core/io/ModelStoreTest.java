package org.inversesuite.core.io;

import static org.inversesuite.core.io.ModelTestFiles.assertBitIdentical;
import static org.inversesuite.core.io.ModelTestFiles.assertMentions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips, the documented layout, and the I/O errors of {@link ModelStore}. */
class ModelStoreTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void roundTripIsBitIdenticalWithEqualMetadata() throws IOException {
    ModelFile model = ModelTestFiles.sample();
    Path file = dir.resolve("model.invm");
    ModelStore.write(file, model);
    ModelFile back = ModelStore.read(file);
    assertBitIdentical(model, back);
    assertEquals(model.metadata(), back.metadata());
    assertEquals(ModelStore.FORMAT_VERSION, back.formatVersion());
    assertEquals(model, back);
    assertEquals(model.hashCode(), back.hashCode());
    assertEquals(List.of("model.invm"), names());
  }

  @Test
  void nanPayloadsSurviveBitForBit() throws IOException {
    Path file = dir.resolve("nan.invm");
    ModelStore.write(file, ModelTestFiles.sample());
    ModelFile back = ModelStore.read(file);
    float[] w = ((FloatMatrix) back.tensor("block0.w")).data();
    for (int i = 0; i < ModelTestFiles.FLOAT_NANS.length; i++) {
      assertEquals(ModelTestFiles.FLOAT_NANS[i], Float.floatToRawIntBits(w[i]), "float NaN " + i);
    }
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(w[5]));
    double[] b = ((DoubleMatrix) back.tensor("block0.b")).data();
    for (int i = 0; i < ModelTestFiles.DOUBLE_NANS.length; i++) {
      assertEquals(ModelTestFiles.DOUBLE_NANS[i], Double.doubleToRawLongBits(b[i]), "double NaN " + i);
    }
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(b[4]));
  }

  @Test
  void emptyModelAndEmptyMatricesRoundTrip() throws IOException {
    Path file = dir.resolve("empty.invm");
    ModelFile empty = new ModelFile(Json.mapper().createObjectNode(), Map.of());
    ModelStore.write(file, empty);
    assertEquals(empty, ModelStore.read(file));
    assertEquals(60 + ModelTestFiles.split(file).header().length, Files.size(file), "no data section");
    ModelFile shapes = new ModelFile(Json.mapper().createObjectNode(),
        Map.of("e", new FloatMatrix(0, 7)));
    ModelStore.write(file, shapes);
    Matrix e = ModelStore.read(file).tensor("e");
    assertEquals(0, e.rows());
    assertEquals(7, e.cols());
    assertEquals(List.of("empty.invm"), names());
  }

  @Test
  void fileFollowsTheDocumentedLayout() throws IOException {
    ModelFile model = ModelTestFiles.sample();
    Path file = dir.resolve("layout.invm");
    ModelStore.write(file, model);
    byte[] all = Files.readAllBytes(file);
    ModelTestFiles.Parts p = ModelTestFiles.split(file);
    assertEquals(1, p.version());
    assertEquals(0, (28 + p.header().length) % 8, "data section starts 8-byte aligned");
    assertArrayEquals(ModelTestFiles.sha256(java.util.Arrays.copyOf(all, all.length - 32)), p.checksum());
    ObjectNode header = p.headerJson();
    assertEquals(1, header.get("format").intValue());
    assertEquals(model.metadata(), header.get("metadata"));
    ArrayNode table = p.table();
    List<String> tableNames = new ArrayList<>();
    long offset = 0;
    for (JsonNode t : table) {
      tableNames.add(t.get("name").textValue());
      Matrix m = model.tensor(t.get("name").textValue());
      assertEquals(m instanceof FloatMatrix ? "float32" : "float64", t.get("dtype").textValue());
      assertEquals(m.rows(), t.get("shape").get(0).intValue());
      assertEquals(m.cols(), t.get("shape").get(1).intValue());
      assertEquals(offset, t.get("offset").longValue());
      assertEquals((long) m.size() * (m instanceof FloatMatrix ? 4 : 8), t.get("length").longValue());
      offset += t.get("length").longValue();
    }
    assertEquals(List.copyOf(model.tensorNames()), tableNames);
    assertEquals(offset, p.data().length);
    ByteBuffer data = ByteBuffer.wrap(p.data()).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(ModelTestFiles.FLOAT_NANS[1], data.getInt(4), "second float of block0.w, little-endian");
    assertEquals(ModelTestFiles.DOUBLE_NANS[2], data.getLong(48 + 16), "third double of block0.b");
  }

  @Test
  void overwriteReplacesThePreviousModelAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("m.invm");
    ModelStore.write(file, ModelTestFiles.sample());
    ObjectNode meta = Json.mapper().createObjectNode().put("v", 2);
    ModelFile second = new ModelFile(meta, Map.of("x", new DoubleMatrix(1, 1, new double[] {7})));
    ModelStore.write(file, second);
    assertEquals(second, ModelStore.read(file));
    assertEquals(List.of("m.invm"), names());
  }

  @Test
  void missingFileIsReportedNamingThePath() {
    Path file = dir.resolve("no/such/model.invm");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ModelStore.read(file));
    assertMentions(e.getMessage(), file.toString(), "no such file");
  }

  @Test
  void directoryIsReportedNamingThePath() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ModelStore.read(dir));
    assertMentions(e.getMessage(), dir.toString(), "directory");
  }

  @Test
  void nonPositiveLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ModelStore.read(dir.resolve("x"), 0));
  }

  @Test
  void writeRefusesOtherFormatVersionsAndHugeHeaders() throws IOException {
    Path file = dir.resolve("m.invm");
    ModelFile v2 = new ModelFile(2, Json.mapper().createObjectNode(), Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelStore.write(file, v2));
    assertMentions(e.getMessage(), file.toString(), "format version 1", "format version 2");
    ObjectNode huge = Json.mapper().createObjectNode().put("blob", "x".repeat((int) ModelStore.MAX_HEADER_BYTES));
    e = assertThrows(IllegalArgumentException.class, () -> ModelStore.write(file, new ModelFile(huge, Map.of())));
    assertMentions(e.getMessage(), file.toString(), "limit of " + ModelStore.MAX_HEADER_BYTES);
    assertEquals(List.of(), names());
  }

  @Test
  void readReturnsIndependentCopies() throws IOException {
    Path file = dir.resolve("m.invm");
    ModelStore.write(file, ModelTestFiles.sample());
    ModelFile back = ModelStore.read(file);
    Matrix w = back.tensor("block0.w");
    w.set(8, 99);
    assertNotSame(w, back.tensor("block0.w"));
    assertEquals(1.5, back.tensor("block0.w").get(8));
    assertTrue(back.toString().contains("block0.w: FLOAT32 [3, 4]"), back.toString());
  }
}
