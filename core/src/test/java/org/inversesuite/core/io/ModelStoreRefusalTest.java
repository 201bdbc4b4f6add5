package org.inversesuite.core.io;

import static org.inversesuite.core.io.ModelTestFiles.assertMentions;
import static org.inversesuite.core.io.ModelTestFiles.refusal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of {@link ModelStore#read}, produced by damaging a written file. */
class ModelStoreRefusalTest {
  @TempDir Path dir;
  Path file;
  long size;
  int headerLength;

  @BeforeEach
  void writeModel() throws IOException {
    file = dir.resolve("model.invm");
    ModelStore.write(file, ModelTestFiles.sample());
    size = Files.size(file);
    headerLength = ModelTestFiles.split(file).header().length;
  }

  private void truncate(long length) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(length);
    }
  }

  @Test
  void garbageIsNotAModelFile() throws IOException {
    Files.writeString(file, "{\"this\": \"is JSON, not a model\"}");
    assertMentions(refusal(file), "not a model file", "INVMODEL", "found 7B 22 74 68 69 73 22 3A");
    Files.write(file, new byte[] {'I', 'N', 'V', 'X'});
    assertMentions(refusal(file), "not a model file", "found 49 4E 56 58");
  }

  @Test
  void damagedMagicIsNotAModelFile() throws IOException {
    ModelTestFiles.flip(file, 3);
    assertMentions(refusal(file), "not a model file", "at offset 0");
  }

  @Test
  void newerAndUnknownVersionsAreRefusedNamingBothVersions() throws IOException {
    ModelTestFiles.patch(file, 8, ModelTestFiles.u32(2));
    assertMentions(refusal(file), "unsupported format version 2", "this build reads format version 1", "newer");
    ModelTestFiles.patch(file, 8, ModelTestFiles.u32(0xFFFFFFFFL));
    assertMentions(refusal(file), "unsupported format version 4294967295", "reads format version 1");
    ModelTestFiles.patch(file, 8, ModelTestFiles.u32(0));
    assertMentions(refusal(file), "unsupported format version 0", "reads format version 1");
  }

  @Test
  void truncationInsideThePreambleSaysTheMinimumAndActualSize() throws IOException {
    for (long cut : new long[] {27, 20, 12, 11, 8, 5, 0}) {
      truncate(cut);
      assertMentions(refusal(file), "truncated", "expected at least 60 bytes", "the file has " + cut + " bytes");
    }
  }

  @Test
  void truncationAfterThePreambleSaysExpectedAndActualSize() throws IOException {
    long dataStart = 28 + headerLength;
    long[] cuts = {size - 1, size - 32, size - 1000, dataStart + 10, dataStart, 28 + headerLength / 2, 28};
    for (long cut : cuts) {
      truncate(cut);
      assertMentions(refusal(file), "truncated", "expected " + size + " bytes", "the file has " + cut + " bytes");
    }
  }

  @Test
  void trailingBytesAreRefused() throws IOException {
    Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
    assertMentions(refusal(file), "corrupted", "has " + (size + 1) + " bytes, expected " + size, "trailing data");
  }

  @Test
  void flippedByteInTheDataSectionFailsTheChecksum() throws IOException {
    ModelTestFiles.flip(file, 28 + headerLength + 1000);
    assertMentions(refusal(file), "corrupted", "checksum mismatch", "stored SHA-256", "computed");
  }

  @Test
  void flippedByteInTheHeaderFailsTheChecksum() throws IOException {
    ModelTestFiles.flip(file, 28 + 5);
    assertMentions(refusal(file), "corrupted", "checksum mismatch");
    ModelTestFiles.flip(file, 28 + 5);
    ModelStore.read(file);
    ModelTestFiles.flip(file, 28 + headerLength - 1);
    assertMentions(refusal(file), "checksum mismatch");
  }

  @Test
  void flippedByteInTheChecksumIsAMismatch() throws IOException {
    ModelTestFiles.flip(file, (int) size - 7);
    assertMentions(refusal(file), "checksum mismatch");
  }

  @Test
  void oversizedFileSaysSizeAndLimit() throws IOException {
    assertMentions(refusal(file, size - 1), "oversized", "the file is " + size + " bytes", "limit of " + (size - 1));
    ModelStore.read(file, size);
  }

  @Test
  void oversizedHeaderSaysSizeAndLimit() throws IOException {
    ModelTestFiles.patch(file, 12, ModelTestFiles.u64(ModelStore.MAX_HEADER_BYTES + 1));
    assertMentions(refusal(file), "oversized header", (ModelStore.MAX_HEADER_BYTES + 1) + " bytes", "limit of 16777216");
    ModelTestFiles.patch(file, 12, ModelTestFiles.u64(-1));
    assertMentions(refusal(file), "oversized header", "18446744073709551615 bytes");
  }

  @Test
  void oversizedDataLengthSaysSizeAndLimit() throws IOException {
    ModelTestFiles.patch(file, 20, ModelTestFiles.u64(-2));
    assertMentions(refusal(file), "oversized", "18446744073709551614 bytes of tensor data", "limit of " + ModelStore.DEFAULT_MAX_BYTES);
    ModelTestFiles.patch(file, 20, ModelTestFiles.u64(ModelStore.DEFAULT_MAX_BYTES));
    assertMentions(refusal(file), "oversized", "limit of " + ModelStore.DEFAULT_MAX_BYTES);
  }

  private void editTable(Consumer<ArrayNode> edit) throws IOException {
    ObjectNode header = ModelTestFiles.split(file).headerJson();
    edit.accept((ArrayNode) header.get("tensors"));
    ModelTestFiles.reseal(file, header);
  }

  private static ObjectNode row(ArrayNode table, int i) {
    return (ObjectNode) table.get(i);
  }

  @Test
  void lengthDisagreeingWithShapeAndDtype() throws IOException {
    editTable(t -> row(t, 0).put("length", 44));
    assertMentions(refusal(file), "inconsistent tensor table", "tensor \"block0.w\"", "length 44 bytes, expected 48");
  }

  @Test
  void dtypeDisagreeingWithLength() throws IOException {
    editTable(t -> row(t, 0).put("dtype", "float64"));
    assertMentions(refusal(file), "inconsistent tensor table", "block0.w", "float64", "length 48 bytes, expected 96");
  }

  @Test
  void unknownDtype() throws IOException {
    editTable(t -> row(t, 1).put("dtype", "bfloat16"));
    assertMentions(refusal(file), "inconsistent tensor table", "block0.b", "unknown dtype \"bfloat16\"", "float32");
  }

  @Test
  void shapeDisagreeingWithLength() throws IOException {
    editTable(t -> row(t, 0).putArray("shape").add(4).add(4));
    assertMentions(refusal(file), "inconsistent tensor table", "shape [4,4]", "length 48 bytes, expected 64");
    editTable(t -> row(t, 0).putArray("shape").add(12));
    assertMentions(refusal(file), "inconsistent tensor table", "expected [rows, cols]");
    editTable(t -> row(t, 0).putArray("shape").add(-3).add(-4));
    assertMentions(refusal(file), "inconsistent tensor table", "shape[0] is -3", "non-negative integer");
  }

  @Test
  void overlappingTensors() throws IOException {
    editTable(t -> row(t, 1).put("offset", 40));
    assertMentions(refusal(file), "inconsistent tensor table", "\"block0.b\" starts at offset 40, expected 48",
        "overlaps", "\"block0.w\"");
  }

  @Test
  void gapBetweenTensorsAndOffsetsOutsideTheData() throws IOException {
    editTable(t -> row(t, 1).put("offset", 56));
    assertMentions(refusal(file), "inconsistent tensor table", "offset 56, expected 48", "gap");
    editTable(t -> row(t, 1).put("offset", 48));
    editTable(t -> {
      ObjectNode last = row(t, t.size() - 1);
      last.putArray("shape").add(121).add(90);
      last.put("length", 121 * 90 * 8);
    });
    assertMentions(refusal(file), "inconsistent tensor table", "\"big64\" ends at byte " + (size - 60 - headerLength + 720),
        "data section, which has only " + (size - 60 - headerLength) + " bytes");
  }

  @Test
  void tableNotCoveringTheDataSection() throws IOException {
    editTable(t -> t.remove(t.size() - 1));
    assertMentions(refusal(file), "inconsistent tensor table", "the data section has");
  }

  @Test
  void duplicateAndEmptyNames() throws IOException {
    editTable(t -> row(t, 1).put("name", "block0.w"));
    assertMentions(refusal(file), "inconsistent tensor table", "duplicate tensor name \"block0.w\"");
    editTable(t -> row(t, 1).put("name", ""));
    assertMentions(refusal(file), "inconsistent tensor table", "entry 1", "non-empty string");
  }

  @Test
  void malformedHeaderJson() throws IOException {
    ModelTestFiles.Parts p = ModelTestFiles.split(file);
    String broken = "{\"format\": 1, \"metadata\": {\"a\": [1, 2}, \"tensors\": []}";
    ModelTestFiles.seal(file, 1, broken.getBytes(StandardCharsets.UTF_8), p.data());
    assertMentions(refusal(file), "malformed header JSON");
    String twoValues = "{\"format\": 1, \"metadata\": {}, \"tensors\": []} {}";
    ModelTestFiles.seal(file, 1, twoValues.getBytes(StandardCharsets.UTF_8), new byte[0]);
    assertMentions(refusal(file), "malformed header JSON");
    ModelTestFiles.seal(file, 1, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, new byte[0]);
    assertMentions(refusal(file), "malformed header JSON");
    ModelTestFiles.seal(file, 1, "   ".getBytes(StandardCharsets.UTF_8), new byte[0]);
    assertMentions(refusal(file), "malformed header", "empty");
    ModelTestFiles.seal(file, 1, "[1, 2]".getBytes(StandardCharsets.UTF_8), new byte[0]);
    assertMentions(refusal(file), "malformed header", "must be a JSON object", "ARRAY");
  }

  @Test
  void headerFieldsAreChecked() throws IOException {
    ObjectNode original = ModelTestFiles.split(file).headerJson();
    ObjectNode h = original.deepCopy().put("format", 2);
    ModelTestFiles.reseal(file, h);
    assertMentions(refusal(file), "malformed header", "\"format\" is 2", "preamble says format version 1");
    h = original.deepCopy().put("extra", true);
    ModelTestFiles.reseal(file, h);
    assertMentions(refusal(file), "malformed header", "unknown field \"extra\"");
    h = original.deepCopy();
    h.remove("metadata");
    ModelTestFiles.reseal(file, h);
    assertMentions(refusal(file), "malformed header", "lacks field \"metadata\"");
    h = original.deepCopy().put("metadata", "text");
    ModelTestFiles.reseal(file, h);
    assertMentions(refusal(file), "malformed header", "\"metadata\" must be a JSON object");
    h = original.deepCopy();
    ((ObjectNode) h.get("tensors").get(0)).put("stride", 4);
    ModelTestFiles.reseal(file, h);
    assertMentions(refusal(file), "tensor table entry 0 has unknown field \"stride\"");
  }

  @Test
  void resealingAnUnchangedHeaderStillReads() throws IOException {
    ModelTestFiles.reseal(file, ModelTestFiles.split(file).headerJson());
    ModelTestFiles.assertBitIdentical(ModelTestFiles.sample(), ModelStore.read(file));
  }
}
