package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLocationTest {

  @TempDir
  Path home;

  private final String savedProperty = System.getProperty(DataFolderLocation.PROPERTY);

  @AfterEach
  void restoreProperty() {
    if (savedProperty == null) {
      System.clearProperty(DataFolderLocation.PROPERTY);
    } else {
      System.setProperty(DataFolderLocation.PROPERTY, savedProperty);
    }
  }

  @Test
  void defaultsToTheUsersDataDirectory() {
    System.clearProperty(DataFolderLocation.PROPERTY);
    DataFolderLocation location = new DataFolderLocation(Map.of(), home);
    assertEquals(home.resolve(".local/share/constellation"), location.resolve());
  }

  @Test
  void followsXdgDataHomeWhenItIsAbsolute() {
    System.clearProperty(DataFolderLocation.PROPERTY);
    Path xdg = home.resolve("xdg");
    assertEquals(xdg.resolve("constellation"),
        new DataFolderLocation(Map.of("XDG_DATA_HOME", xdg.toString()), home).resolve());
    assertEquals(home.resolve(".local/share/constellation"),
        new DataFolderLocation(Map.of("XDG_DATA_HOME", "relative"), home).resolve());
  }

  @Test
  void aChosenFolderWinsOverTheDefaultAndIsKeptAcrossInstances() throws Exception {
    System.clearProperty(DataFolderLocation.PROPERTY);
    Path chosen = home.resolve("elsewhere");
    new DataFolderLocation(Map.of(), home).choose(chosen);
    assertEquals(chosen, new DataFolderLocation(Map.of(), home).resolve());
    assertEquals(chosen, new DataFolderLocation(Map.of(), home).chosenFolder());
    assertEquals(true, Files.isRegularFile(home.resolve(".config/constellation/settings.properties")));
  }

  @Test
  void forgettingTheChoiceReturnsToTheDefault() throws Exception {
    System.clearProperty(DataFolderLocation.PROPERTY);
    DataFolderLocation location = new DataFolderLocation(Map.of(), home);
    location.choose(home.resolve("elsewhere"));
    location.choose(null);
    assertNull(location.chosenFolder());
    assertEquals(location.defaultFolder(), location.resolve());
  }

  @Test
  void theDataOptionWinsOverEverything() throws Exception {
    DataFolderLocation location = new DataFolderLocation(Map.of(), home);
    location.choose(home.resolve("elsewhere"));
    System.setProperty(DataFolderLocation.PROPERTY, home.resolve("explicit").toString());
    assertEquals(home.resolve("explicit"), location.resolve());
  }
}
