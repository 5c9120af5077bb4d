package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constl.node.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  @TempDir
  Path temp;

  private CommandRunner.Result run(String... arguments) {
    return new CommandRunner(temp.resolve("data"), new DbCommand(), new IdentityCommand()).run(arguments);
  }

  private CommandRunner.Result ok(String... arguments) {
    CommandRunner.Result result = run(arguments);
    assertEquals(ExitCode.OK, result.exitCode(), String.join(" ", arguments) + ": " + result.stderr());
    return result;
  }

  private void assertFails(int exitCode, String message, String... arguments) {
    CommandRunner.Result result = run(arguments);
    assertEquals(exitCode, result.exitCode(), result.stderr());
    assertEquals(1, result.stderr().lines().count(), result.stderr());
    assertTrue(result.stderr().contains(message), result.stderr());
  }

  private String identityId() {
    return ok("identity", "show").lines().get(1).replace("OrbitDB identity id: ", "");
  }

  @Test
  void writesSurviveTheProcessAndReadBackAsJson() {
    ok("identity", "create");
    String address = ok("db", "create", "samples", "--type", "keyvalue").out().strip();
    assertTrue(address.matches("/orbitdb/zdpu[1-9A-HJ-NP-Za-km-z]+"), address);
    assertEquals(address, ok("db", "create", "samples", "--type", "keyvalue").out().strip(),
        "the same name and identity give the same address, as in OrbitDB");

    String first = ok("db", "put", address, "site", "{\"name\":\"Lac Léman\",\"depth\":310}").out().strip();
    ok("db", "put", address, "count", "42");
    // DAG-JSON prints keys in DAG-CBOR order: shorter first.
    assertEquals("{\"name\":\"Lac Léman\",\"depth\":310}", ok("db", "get", address, "site").out().strip());
    assertEquals("42", ok("db", "get", address, "count").out().strip());

    ok("db", "del", address, "count");
    assertFails(ExitCode.FAILURE, "no key 'count'", "db", "get", address, "count");

    List<String> log = ok("db", "log", address).lines();
    assertEquals(3, log.size(), log.toString());
    String[] oldest = log.get(2).split("\t");
    assertEquals(first, oldest[0]);
    assertEquals("1", oldest[1]);
    assertEquals(identityId(), oldest[2]);
    assertEquals("{\"op\":\"PUT\",\"key\":\"site\",\"value\":{\"name\":\"Lac Léman\",\"depth\":310}}", oldest[3]);
    assertTrue(log.get(0).contains("\"op\":\"DEL\""), log.get(0));

    assertEquals(List.of(address + "\tkeyvalue\tsamples\t3 entries"), ok("db", "list").lines());
  }

  @Test
  void anExportedDatabaseImportsIntoAnotherDataFolderWithItsEntriesVerified() throws Exception {
    ok("identity", "create");
    String address = ok("db", "create", "samples", "--type", "keyvalue").out().strip();
    ok("db", "put", address, "a", "1");
    ok("db", "put", address, "b", "[true,null]");
    Path folder = temp.resolve("export");
    ok("db", "export", address, folder.toString());
    assertTrue(Files.isRegularFile(folder.resolve("database.json")));

    CommandRunner elsewhere = new CommandRunner(temp.resolve("other"), new DbCommand());
    CommandRunner.Result imported = elsewhere.run("db", "import", folder.toString());
    assertEquals(ExitCode.OK, imported.exitCode(), imported.stderr());
    assertEquals(address + "\tkeyvalue\tsamples\t2 entries", imported.out().strip());
    assertEquals("[true,null]", elsewhere.run("db", "get", address, "b").out().strip());

    // A block that no longer matches its name is refused, and nothing is imported.
    Path block;
    try (Stream<Path> files = Files.list(folder.resolve("blocks"))) {
      block = files.filter(f -> !address.endsWith(f.getFileName().toString())).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(block);
    bytes[bytes.length - 1] ^= 1;
    Files.write(block, bytes);
    CommandRunner third = new CommandRunner(temp.resolve("third"), new DbCommand());
    CommandRunner.Result refused = third.run("db", "import", folder.toString());
    assertEquals(ExitCode.FAILURE, refused.exitCode(), refused.stderr());
    assertEquals(1, refused.stderr().lines().count(), refused.stderr());
    assertEquals("", third.run("db", "list").out());
  }

  @Test
  void eventsTakeAdds() {
    ok("identity", "create");
    String address = ok("db", "create", "observations", "--type", "events").out().strip();
    ok("db", "add", address, "{\"t\":1}");
    ok("db", "add", address, "{\"t\":2}");
    List<String> log = ok("db", "log", address).lines();
    assertEquals(2, log.size());
    assertTrue(log.get(0).endsWith("{\"op\":\"ADD\",\"key\":null,\"value\":{\"t\":2}}"), log.get(0));
    assertFails(ExitCode.FAILURE, "is of type events, not keyvalue", "db", "put", address, "k", "1");
  }

  @Test
  void mistakesGetOneLineSayingWhat() {
    assertFails(ExitCode.FAILURE, "constellation identity create", "db", "create", "x", "--type", "keyvalue");
    ok("identity", "create");
    assertFails(ExitCode.USAGE, "unknown type 'spreadsheet'", "db", "create", "x", "--type", "spreadsheet");
    assertFails(ExitCode.USAGE, "needs --type", "db", "create", "x");
    String address = ok("db", "create", "x", "--type", "keyvalue").out().strip();
    assertFails(ExitCode.USAGE, "not valid JSON", "db", "put", address, "k", "{oops");
    assertFails(ExitCode.USAGE, "not a database address", "db", "get", "/orbitdb/nope", "k");
    String other = address.substring(0, address.length() - 2) + (address.endsWith("a") ? "bb" : "aa");
    CommandRunner.Result missing = run("db", "get", other, "k");
    assertTrue(missing.exitCode() == ExitCode.FAILURE || missing.exitCode() == ExitCode.USAGE, missing.stderr());
    assertEquals(1, missing.stderr().lines().count(), missing.stderr());
    assertFails(ExitCode.USAGE, "unknown db subcommand", "db", "frobnicate");
  }
}
