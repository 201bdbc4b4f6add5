package org.inversesuite.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorBitsSettingTest {
  @TempDir
  Path dir;

  @Test
  void theFolderIsLocatedAsTheLauncherLocatesIt() {
    Path home = Path.of("/home/someone");
    assertEquals(Path.of("/a/vector-bits"),
        VectorBitsSetting.of(Map.of("INVERSE_CONFIG_HOME", "/a", "XDG_CONFIG_HOME", "/b"), home).file());
    assertEquals(Path.of("/b/inversesuite/vector-bits"),
        VectorBitsSetting.of(Map.of("XDG_CONFIG_HOME", "/b"), home).file());
    assertEquals(home.resolve(".config/inversesuite/vector-bits"), VectorBitsSetting.of(Map.of(), home).file());
    assertEquals(home.resolve(".config/inversesuite/vector-bits"),
        VectorBitsSetting.of(Map.of("INVERSE_CONFIG_HOME", "", "XDG_CONFIG_HOME", ""), home).file());
  }

  @Test
  void aSavedWidthIsReadBackAndClearedCompletely() throws Exception {
    VectorBitsSetting setting = new VectorBitsSetting(dir.resolve("new/folder/vector-bits"));
    assertEquals(Optional.empty(), setting.read());
    setting.write(256);
    assertEquals(Optional.of("256"), setting.read());
    assertEquals("256\n", Files.readString(setting.file()));
    setting.clear();
    assertFalse(Files.exists(setting.file()));
    try (var files = Files.list(setting.file().getParent())) {
      assertEquals(0, files.count(), "no temporary file left");
    }
  }
}
