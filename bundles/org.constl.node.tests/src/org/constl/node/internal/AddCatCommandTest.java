package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.constl.ipld.Block;
import org.constl.ipld.Multicodec;
import org.constl.node.ExitCode;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.testing.InteropScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCatCommandTest {

  private static final int MIB = 1024 * 1024;

  @TempDir
  Path temp;

  private CommandRunner runner() {
    return new CommandRunner(temp.resolve("data"), new AddCommand(), new CatCommand());
  }

  private Path randomFile(int size, Random random) throws Exception {
    byte[] content = new byte[size];
    random.nextBytes(content);
    Path file = temp.resolve("random-" + size + ".bin");
    Files.write(file, content);
    return file;
  }

  private String add(Path file) {
    CommandRunner.Result added = runner().run("add", file.toString());
    assertEquals(ExitCode.OK, added.exitCode(), added.stderr());
    assertEquals(1, added.lines().size(), added.out());
    return added.lines().get(0);
  }

  @Test
  void addThenCatGivesBackEveryFileByteForByte() throws Exception {
    Random random = new Random(11);
    for (int size : new int[] {0, 1, MIB + 1, 3_000_000}) {
      Path file = randomFile(size, random);
      String cid = add(file);
      CommandRunner.Result cat = runner().run("cat", cid);
      assertEquals(ExitCode.OK, cat.exitCode(), cat.stderr());
      assertArrayEquals(Files.readAllBytes(file), cat.stdout(), size + " bytes");
      assertEquals("", cat.stderr());
    }
  }

  @Test
  void theCidsAreTheOnesHeliaGives() throws Exception {
    InteropScript helia = InteropScript.find("unixfs-cid.mjs");
    Random random = new Random(12);
    List<String> mismatches = new ArrayList<>();
    for (int size : new int[] {0, 1, MIB + 1, 3_000_000}) {
      Path file = randomFile(size, random);
      String java = add(file);
      String js = helia.run(file.toString()).strip();
      if (!java.equals(js)) {
        mismatches.add(size + " bytes: java " + java + ", js " + js);
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void addingTheSameFileTwiceGivesTheSameCid() throws Exception {
    Path file = randomFile(2 * MIB + 5, new Random(13));
    assertEquals(add(file), add(file));
  }

  @Test
  void aCidThatIsNotStoredIsOneLineAndExitCode1() {
    String absent = Block.of(Multicodec.RAW, new byte[] {1, 2, 3}).cid().toString();
    CommandRunner.Result cat = runner().run("cat", absent);
    assertEquals(ExitCode.FAILURE, cat.exitCode());
    assertEquals("constellation: " + absent + " is not in the local store\n", cat.stderr());
  }

  @Test
  void aMissingBlockInsideAFileIsNamed() throws Exception {
    Path file = randomFile(2 * MIB + 1, new Random(14));
    String root = add(file);
    Block secondLeaf = Block.of(Multicodec.RAW, Arrays.copyOfRange(Files.readAllBytes(file), MIB, 2 * MIB));
    try (DataFolder folder = DataFolder.open(temp.resolve("data")); LocalStore store = LocalStore.open(folder)) {
      assertTrue(store.blocks().delete(secondLeaf.cid()));
    }
    CommandRunner.Result cat = runner().run("cat", root);
    assertEquals(ExitCode.FAILURE, cat.exitCode());
    assertEquals("constellation: block " + secondLeaf.cid() + " of " + root + " is not in the local store\n",
        cat.stderr());
  }

  @Test
  void badArgumentsAreOneLineWithTheirExitCode() throws Exception {
    CommandRunner.Result noFile = runner().run("add", temp.resolve("absent.bin").toString());
    assertEquals(ExitCode.FAILURE, noFile.exitCode());
    assertTrue(noFile.stderr().contains("no such file"), noFile.stderr());
    CommandRunner.Result folder = runner().run("add", temp.toString());
    assertEquals(ExitCode.FAILURE, folder.exitCode());
    assertTrue(folder.stderr().contains("is a folder"), folder.stderr());
    CommandRunner.Result notACid = runner().run("cat", "bafy-not-a-cid");
    assertEquals(ExitCode.USAGE, notACid.exitCode());
    assertTrue(notACid.stderr().startsWith("constellation: not a CID: 'bafy-not-a-cid'"), notACid.stderr());
    assertEquals(ExitCode.USAGE, runner().run("add").exitCode());
    assertEquals(ExitCode.USAGE, runner().run("cat", "a", "b").exitCode());
    for (CommandRunner.Result result : List.of(noFile, folder, notACid)) {
      assertEquals(1, result.stderr().lines().count(), result.stderr());
    }
  }

  @Test
  void aDamagedStoreMakesTheDataFolderUnavailable() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve(LocalStore.FILE_NAME), "not a database".repeat(500));
    CommandRunner.Result added = runner().run("add", randomFile(10, new Random(15)).toString());
    assertEquals(ExitCode.DATA_FOLDER_UNAVAILABLE, added.exitCode());
    assertTrue(added.stderr().contains("is damaged"), added.stderr());
    assertEquals(1, added.stderr().lines().count(), added.stderr());
  }
}
