package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

  @TempDir
  Path temp;

  @Test
  void createsTheFolderAndRecordsTheHoldersPid() throws Exception {
    Path folder = temp.resolve("a/b/data");
    try (DataFolder data = DataFolder.open(folder)) {
      assertTrue(Files.isDirectory(folder));
      assertEquals(folder.toAbsolutePath(), data.path());
      String pid = Files.readString(folder.resolve(DataFolder.LOCK_FILE));
      assertEquals(Long.toString(ProcessHandle.current().pid()), pid);
    }
  }

  @Test
  void aSecondOpenInTheSameProcessIsRefusedWhileTheFirstIsOpen() throws Exception {
    try (DataFolder first = DataFolder.open(temp)) {
      DataFolderInUseException e =
          assertThrows(DataFolderInUseException.class, () -> DataFolder.open(temp));
      assertTrue(e.getMessage().contains(temp.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("--data DIR"), e.getMessage());
    }
    DataFolder.open(temp).close();
  }

  @Test
  void anotherProcessIsRefusedWithThePidOfTheHolder() throws Exception {
    try (DataFolder held = DataFolder.open(temp)) {
      // A real second JVM: file locks between processes are what protects the store.
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Path probe = temp.resolve("Probe.java");
      Files.writeString(probe, """
          import java.nio.channels.FileChannel;
          import java.nio.file.*;
          public class Probe {
            public static void main(String[] a) throws Exception {
              try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                System.out.print(c.tryLock() == null ? "refused" : "acquired");
              }
            }
          }
          """);
      Process process = new ProcessBuilder(java.toString(), probe.toString(),
          temp.resolve(DataFolder.LOCK_FILE).toString()).redirectErrorStream(true).start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe process did not finish");
      assertEquals("refused", new String(process.getInputStream().readAllBytes()).trim());
    }
  }

  @Test
  void closingTwiceIsHarmlessAndReleasesTheLock() throws Exception {
    DataFolder data = DataFolder.open(temp);
    data.close();
    data.close();
    try (DataFolder again = DataFolder.open(temp)) {
      assertEquals(temp.toAbsolutePath(), again.path());
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAClearError() throws IOException {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    DataFolderException e = assertThrows(DataFolderException.class, () -> DataFolder.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aReadOnlyFolderIsAClearError() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
    Path folder = Files.createDirectory(temp.resolve("read-only"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    DataFolderException e = assertThrows(DataFolderException.class, () -> DataFolder.open(folder));
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
  }

  @Test
  void subfoldersAreCreatedInsideTheDataFolder() throws Exception {
    try (DataFolder data = DataFolder.open(temp)) {
      Path sub = data.subfolder("blocks");
      assertTrue(Files.isDirectory(sub));
      assertEquals(temp.toAbsolutePath().resolve("blocks"), sub);
      assertFalse(Files.exists(temp.resolve("other")));
    }
  }
}
