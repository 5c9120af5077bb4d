package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.constl.ipld.Block;
import org.constl.ipld.Multicodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** A damaged, read-only or newer store is a clear {@link StoreException}, never silently replaced. */
class StoreFailureTest {

  @TempDir
  Path temp;

  private Path storeFile() {
    return temp.resolve(LocalStore.FILE_NAME);
  }

  private StoreException openFails() throws Exception {
    try (DataFolder folder = DataFolder.open(temp)) {
      return assertThrows(StoreException.class, () -> LocalStore.open(folder).close());
    }
  }

  private void store(Block block) throws Exception {
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      store.blocks().put(block.cid(), block.bytes());
    }
  }

  private static Block randomBlock(int length) {
    byte[] bytes = new byte[length];
    new Random(7).nextBytes(bytes);
    return Block.of(Multicodec.RAW, bytes);
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedDamagedAndKept() throws Exception {
    byte[] garbage = "this is not an SQLite database, but a user's precious notes".repeat(100).getBytes();
    Files.write(storeFile(), garbage);
    StoreException e = openFails();
    assertEquals(StoreException.Reason.DAMAGED, e.reason());
    assertTrue(e.getMessage().contains(storeFile().toString()), e.getMessage());
    assertArrayEquals(garbage, Files.readAllBytes(storeFile()));
  }

  @Test
  void aDamagedBlockIsReportedNotReturned() throws Exception {
    Block block = randomBlock(20_000);
    store(block);
    byte[] file = Files.readAllBytes(storeFile());
    int at = indexOf(file, Arrays.copyOf(block.bytes(), 64));
    assertTrue(at >= 0, "the block's bytes are in the database file");
    file[at + 1000] ^= 0x55;
    Files.write(storeFile(), file);
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      StoreException e = assertThrows(StoreException.class, () -> store.blocks().get(block.cid()));
      assertEquals(StoreException.Reason.DAMAGED, e.reason());
      assertTrue(e.getMessage().contains(block.cid().toString()), e.getMessage());
    }
  }

  @Test
  void theSchemaVersionIsRecordedAndANewerOneIsRefused() throws Exception {
    store(randomBlock(10));
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + storeFile());
        Statement statement = connection.createStatement()) {
      try (ResultSet version = statement.executeQuery("PRAGMA user_version")) {
        assertTrue(version.next());
        assertEquals(4, version.getInt(1));
      }
      statement.execute("PRAGMA user_version = 99");
    }
    StoreException e = openFails();
    assertEquals(StoreException.Reason.NEWER_SCHEMA, e.reason());
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  @Test
  void aReadOnlyFolderIsReportedForANewStoreAndAnExistingOne() throws Exception {
    Block block = randomBlock(100);
    store(block);
    Stores.with(temp, store -> {
      store.pins().pin(block.cid(), "owner", true);
      store.heads().set("db", List.of(block.cid()));
      store.datastore().put("ns", "key", block.bytes());
    });
    Path existing = temp.resolve("existing");
    Path fresh = temp.resolve("fresh");
    for (Path folder : new Path[] {existing, fresh}) {
      DataFolder.open(folder).close(); // its lock file must exist before the folder turns read-only
    }
    Files.move(storeFile(), existing.resolve(LocalStore.FILE_NAME));
    makeReadOnly(existing);
    makeReadOnly(fresh);
    try {
      for (Path path : new Path[] {existing, fresh}) {
        try (DataFolder folder = DataFolder.open(path)) {
          StoreException e = assertThrows(StoreException.class, () -> LocalStore.open(folder).close());
          assertEquals(StoreException.Reason.READ_ONLY, e.reason(), e.getMessage());
          assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
      }
    } finally {
      makeWritable(existing);
      makeWritable(fresh);
    }
    Stores.with(existing, store -> {
      assertArrayEquals(block.bytes(), store.blocks().get(block.cid()).orElseThrow());
      assertTrue(store.pins().isPinned(block.cid(), "owner"));
      assertEquals(List.of(block.cid()), store.heads().get("db"));
      assertArrayEquals(block.bytes(), store.datastore().get("ns", "key").orElseThrow());
    });
  }

  @Test
  void aHeadThatIsNotACidIsReportedDamaged() throws Exception {
    Block block = randomBlock(10);
    Stores.with(temp, store -> store.heads().set("db", List.of(block.cid())));
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + storeFile());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE head SET cid = x'0203'");
    }
    Stores.with(temp, store -> {
      StoreException e = assertThrows(StoreException.class, () -> store.heads().get("db"));
      assertEquals(StoreException.Reason.DAMAGED, e.reason());
      assertTrue(e.getMessage().contains("db"), e.getMessage());
    });
  }

  @Test
  void aDamagedDatastorePageIsReportedDamaged() throws Exception {
    Stores.with(temp, store -> {
      for (int i = 0; i < 20; i++) {
        store.datastore().put("ns", "key " + i, new byte[] {(byte) i});
      }
    });
    long page;
    long pageSize;
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + storeFile());
        Statement statement = connection.createStatement()) {
      page = longOf(statement, "SELECT rootpage FROM sqlite_schema WHERE name = 'datastore_entry'");
      pageSize = longOf(statement, "PRAGMA page_size");
    }
    byte[] file = Files.readAllBytes(storeFile());
    file[(int) ((page - 1) * pageSize)] = 0x7f; // the page type: no b-tree page has it
    Files.write(storeFile(), file);
    Stores.with(temp, store -> {
      assertEquals(StoreException.Reason.DAMAGED,
          assertThrows(StoreException.class, () -> store.datastore().get("ns", "key 3")).reason());
      assertEquals(StoreException.Reason.DAMAGED,
          assertThrows(StoreException.class, () -> store.datastore().entries("ns", null, 10)).reason());
    });
  }

  private static long longOf(Statement statement, String query) throws Exception {
    try (ResultSet result = statement.executeQuery(query)) {
      assertTrue(result.next());
      return result.getLong(1);
    }
  }

  /** Permissions do not stop root, so as root the folder is made immutable (ext4 and most Linux file systems). */
  private static void makeReadOnly(Path folder) throws Exception {
    if (isRoot()) {
      assumeTrue(run("chattr", "+i", folder.toString()), "running as root and chattr +i is not available");
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    }
  }

  private static void makeWritable(Path folder) throws Exception {
    if (isRoot()) {
      run("chattr", "-i", folder.toString());
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
