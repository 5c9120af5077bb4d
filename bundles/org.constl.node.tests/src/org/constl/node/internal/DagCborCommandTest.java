package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.constl.ipld.Cid;
import org.constl.node.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OrbitDB database manifest of WIRE.md A14, a block written by the JS reference. */
class DagCborCommandTest {

  private static final String MANIFEST_JSON = """
      {"name": "sample-db", "type": "events",
       "accessController": "/ipfs/zdpuAvJmP4c3KkiNyWrwhuWsEd87wQAygK5BgA28R3dfcLEGX"}
      """;
  private static final String MANIFEST_CID = "zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp";
  private static final String MANIFEST_HEX = "a3646e616d656973616d706c652d64626474797065666576656e7473706163636573"
      + "73436f6e74726f6c6c657278372f697066732f7a64707541764a6d503463334b6b694e79577277687557734564383777"
      + "514179674b35426741323852336466634c454758";

  @TempDir
  Path temp;

  private CommandRunner.Result run(String stdin, String... arguments) {
    return new CommandRunner(temp, new DagCborCommand()).run(stdin.getBytes(StandardCharsets.UTF_8), arguments);
  }

  @Test
  void encodingTheManifestGivesItsKnownCidAndBytes() {
    CommandRunner.Result base58 = run(MANIFEST_JSON, "dag-cbor", "encode", "--base58");
    assertEquals(ExitCode.OK, base58.exitCode(), base58.stderr());
    assertEquals(List.of(MANIFEST_CID, MANIFEST_HEX), base58.lines());
    CommandRunner.Result base32 = run(MANIFEST_JSON, "dag-cbor", "encode");
    assertEquals(List.of(Cid.parse(MANIFEST_CID).toString(), MANIFEST_HEX), base32.lines());
    assertTrue(base32.lines().get(0).startsWith("bafyrei"), base32.out());
  }

  @Test
  void decodingTheManifestGivesItsJsonInDagCborKeyOrder() {
    CommandRunner.Result decoded = run("", "dag-cbor", "decode", MANIFEST_HEX);
    assertEquals(ExitCode.OK, decoded.exitCode(), decoded.stderr());
    assertEquals("{\"name\":\"sample-db\",\"type\":\"events\",\"accessController\":"
        + "\"/ipfs/zdpuAvJmP4c3KkiNyWrwhuWsEd87wQAygK5BgA28R3dfcLEGX\"}\n", decoded.out());
    CommandRunner.Result again = run(decoded.out(), "dag-cbor", "encode", "--base58");
    assertEquals(MANIFEST_CID, again.lines().get(0));
  }

  @Test
  void linksAndBytesRoundTrip() {
    String json = "{\"link\":{\"/\":\"" + Cid.parse(MANIFEST_CID) + "\"},\"data\":{\"/\":{\"bytes\":\"AQID\"}}}";
    CommandRunner.Result encoded = run(json, "dag-cbor", "encode");
    assertEquals(ExitCode.OK, encoded.exitCode(), encoded.stderr());
    CommandRunner.Result decoded = run("", "dag-cbor", "decode", encoded.lines().get(1));
    assertEquals("{\"data\":{\"/\":{\"bytes\":\"AQID\"}},\"link\":{\"/\":\"" + Cid.parse(MANIFEST_CID) + "\"}}",
        decoded.out().trim());
  }

  @Test
  void badInputIsOneLineWithTheRightExitCode() {
    assertFails(run("{\"a\": ", "dag-cbor", "encode"), ExitCode.FAILURE, "bad JSON on stdin");
    assertFails(run("{\"a\":1,\"a\":2}", "dag-cbor", "encode"), ExitCode.FAILURE, "bad JSON on stdin");
    assertFails(run("", "dag-cbor", "decode", "a3zz"), ExitCode.USAGE, "not hexadecimal");
    assertFails(run("", "dag-cbor", "decode", "abc"), ExitCode.USAGE, "not hexadecimal");
    assertFails(run("", "dag-cbor", "decode", "ff"), ExitCode.FAILURE, "not DAG-CBOR");
    // {"a": 1, "a": 2}: duplicate keys
    assertFails(run("", "dag-cbor", "decode", "a2616101616102"), ExitCode.FAILURE, "not DAG-CBOR");
    assertFails(run("", "dag-cbor", "encode", "--base64"), ExitCode.USAGE, "--base58");
    assertFails(run("", "dag-cbor"), ExitCode.USAGE, "encode");
    assertFails(run("", "dag-cbor", "decode"), ExitCode.USAGE, "HEX");
  }

  @Test
  void invalidUtf8OnStdinIsRefused() {
    CommandRunner.Result result = new CommandRunner(temp, new DagCborCommand())
        .run(new byte[] {'"', (byte) 0xc3, '"'}, "dag-cbor", "encode");
    assertFails(result, ExitCode.FAILURE, "not UTF-8");
  }

  private static void assertFails(CommandRunner.Result result, int exitCode, String message) {
    assertEquals(exitCode, result.exitCode(), result.stderr());
    assertEquals(1, result.stderr().lines().count(), result.stderr());
    assertTrue(result.stderr().contains(message), result.stderr());
    assertEquals("", result.out());
  }
}
