package org.constl.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

/**
 * Where the data folder is: the {@code --data} option (system property {@value #PROPERTY}), else
 * the folder chosen in the preferences, else the user's data directory.
 * <p>
 * The choice made in the preferences lives in the user's configuration directory, not in the data
 * folder itself, since it says where the data folder is.
 */
public final class DataFolderLocation {

  /** The system property the start script sets from {@code --data DIR}. */
  public static final String PROPERTY = "constl.data";

  private static final String SETTINGS_FILE = "settings.properties";
  private static final String DATA_FOLDER_KEY = "data.folder";

  private final Map<String, String> environment;
  private final Path home;

  DataFolderLocation(Map<String, String> environment, Path home) {
    this.environment = environment;
    this.home = home;
  }

  /** The location as seen by this process. */
  public static DataFolderLocation ofThisProcess() {
    return new DataFolderLocation(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The folder this process should use. */
  public Path resolve() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    Path chosen = chosenFolder();
    return chosen != null ? chosen : defaultFolder();
  }

  /** The folder chosen in the preferences, or null when none was chosen. */
  public Path chosenFolder() {
    Path settings = settingsFile();
    if (!Files.isRegularFile(settings)) {
      return null;
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(settings)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    String value = properties.getProperty(DATA_FOLDER_KEY);
    return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
  }

  /**
   * Records the folder to use from the next start on; null forgets the choice.
   */
  public void choose(Path folder) throws IOException {
    Path settings = settingsFile();
    Files.createDirectories(settings.getParent());
    Properties properties = new Properties();
    if (folder != null) {
      properties.setProperty(DATA_FOLDER_KEY, folder.toAbsolutePath().normalize().toString());
    }
    Path temporary = settings.resolveSibling(SETTINGS_FILE + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      properties.store(out, "Constellation Workbench settings");
    }
    Files.move(temporary, settings, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The user's data directory, following the XDG base directory convention. */
  public Path defaultFolder() {
    String xdg = environment.get("XDG_DATA_HOME");
    Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
    return base.resolve("constellation");
  }

  private Path settingsFile() {
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("constellation").resolve(SETTINGS_FILE);
  }
}
