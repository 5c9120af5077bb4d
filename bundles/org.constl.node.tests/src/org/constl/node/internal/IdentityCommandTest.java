package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.constl.core.objects.DeviceKeys;
import org.constl.identity.FileKeyStore;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PeerId;
import org.constl.node.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCommandTest {

  @TempDir
  Path temp;

  private Path data() {
    return temp.resolve("data");
  }

  private CommandRunner.Result run(String... arguments) {
    return new CommandRunner(data(), new IdentityCommand()).run(arguments);
  }

  /** Every key file's bytes, by name. */
  private Map<String, byte[]> keyFiles() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(data().resolve(DeviceKeys.KEYSTORE_FOLDER))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static void assertIdentityLines(List<String> lines) {
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("Peer ID: 12D3KooW[1-9A-HJ-NP-Za-km-z]{44}"), lines.get(0));
    assertTrue(lines.get(1).matches("OrbitDB identity id: 0[23][0-9a-f]{64}"), lines.get(1));
    assertTrue(lines.get(2).matches("OrbitDB identity hash: zdpu[1-9A-HJ-NP-Za-km-z]+"), lines.get(2));
  }

  @Test
  void createMakesTheIdentityThatShowPrintsAfterReopening() throws Exception {
    CommandRunner.Result created = run("identity", "create");
    assertEquals(ExitCode.OK, created.exitCode(), created.stderr());
    assertIdentityLines(created.lines());
    CommandRunner.Result shown = run("identity", "show");
    assertEquals(ExitCode.OK, shown.exitCode(), shown.stderr());
    assertEquals(created.lines(), shown.lines());

    // The keys are where and as @constl/ipa keeps them: A under "constellation", B under hex(A).
    FileKeyStore store = FileKeyStore.open(data().resolve(DeviceKeys.KEYSTORE_FOLDER));
    OrbitDbIdentity identity = OrbitDbIdentity.loadOrCreate(store, DeviceKeys.ORBITDB_KEY, null);
    assertTrue(identity.verify());
    assertEquals("OrbitDB identity id: " + identity.id(), shown.lines().get(1));
    assertEquals("OrbitDB identity hash: " + identity.hash(), shown.lines().get(2));
    assertTrue(store.contains(identity.id()));
    assertEquals(3, keyFiles().size(), keyFiles().keySet().toString());
  }

  @Test
  void createNeverReplacesAnIdentity() throws Exception {
    CommandRunner.Result created = run("identity", "create");
    assertEquals(ExitCode.OK, created.exitCode(), created.stderr());
    Map<String, byte[]> before = keyFiles();
    CommandRunner.Result again = run("identity", "create");
    assertEquals(ExitCode.FAILURE, again.exitCode());
    assertEquals(1, again.stderr().lines().count(), again.stderr());
    assertTrue(again.stderr().contains("already has an identity"), again.stderr());
    assertEquals("", again.out());
    Map<String, byte[]> after = keyFiles();
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(created.lines(), run("identity", "show").lines());
  }

  @Test
  void showWithoutAnIdentityFailsAndCreatesNothing() {
    CommandRunner.Result shown = run("identity", "show");
    assertEquals(ExitCode.FAILURE, shown.exitCode());
    assertEquals("constellation: this node has no identity yet: create it with 'constellation identity create'\n",
        shown.stderr());
    assertTrue(Files.notExists(data().resolve(DeviceKeys.KEYSTORE_FOLDER)));
  }

  @Test
  void aPassphraseFromAFileProtectsTheKeys() throws Exception {
    Path passphrase = temp.resolve("passphrase");
    Files.writeString(passphrase, "correct horse battery staple\n");
    Path wrong = temp.resolve("wrong");
    Files.writeString(wrong, "incorrect horse\n");
    CommandRunner.Result created = run("identity", "create", "--passphrase-file", passphrase.toString());
    assertEquals(ExitCode.OK, created.exitCode(), created.stderr());
    assertIdentityLines(created.lines());

    CommandRunner.Result without = run("identity", "show");
    assertEquals(ExitCode.FAILURE, without.exitCode());
    assertTrue(without.stderr().contains("--passphrase-file FILE"), without.stderr());
    CommandRunner.Result withWrong = run("identity", "show", "--passphrase-file", wrong.toString());
    assertEquals(ExitCode.FAILURE, withWrong.exitCode());
    assertEquals(1, withWrong.stderr().lines().count(), withWrong.stderr());
    CommandRunner.Result shown = run("identity", "--passphrase-file", passphrase.toString(), "show");
    assertEquals(created.lines(), shown.lines());
    assertEquals("protected by a passphrase", NodeCommand.peerIdStatus(data()));
  }

  @Test
  void theNodeStatusShowsThePeerIdOnceThereIsOne() {
    assertTrue(NodeCommand.peerIdStatus(data()).startsWith("none yet"));
    CommandRunner.Result created = run("identity", "create");
    String peerId = created.lines().get(0).substring("Peer ID: ".length());
    assertEquals(peerId, NodeCommand.peerIdStatus(data()));
    assertEquals(peerId, PeerId.parse(peerId).toString());
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    assertEquals(ExitCode.USAGE, run("identity").exitCode());
    assertEquals(ExitCode.USAGE, run("identity", "delete").exitCode());
    assertEquals(ExitCode.USAGE, run("identity", "create", "--passphrase-file").exitCode());
    CommandRunner.Result missing = run("identity", "create", "--passphrase-file", temp.resolve("none").toString());
    assertEquals(ExitCode.FAILURE, missing.exitCode());
    assertTrue(missing.stderr().contains("no such passphrase file"), missing.stderr());
    Path empty = Files.writeString(temp.resolve("empty"), "\n");
    assertTrue(run("identity", "create", "--passphrase-file", empty.toString()).stderr().contains("is empty"));
    assertTrue(Files.notExists(data().resolve(DeviceKeys.KEYSTORE_FOLDER)));
  }
}
