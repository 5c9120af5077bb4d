package org.constl.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.constl.identity.internal.Hex;
import org.constl.ipld.Multibase;
import org.junit.jupiter.api.Test;

/**
 * Java-made signatures, OrbitDB identities and peer IDs handed to the JS stack
 * ({@code interop/verify-identity.mjs}, run with the machine's {@code node}). Skipped when node
 * or the interop folder cannot be found; set {@code -Dconstl.interop=/path/to/interop} to point at it.
 */
class JsCrossCheckTest {

    private static final String SCRIPT = "verify-identity.mjs";

    private record Check(String request, String expected) {
    }

    @Test
    void jsAcceptsWhatJavaSignsAndRefusesTamperedCopies() throws Exception {
        Random random = new Random(20240611);
        List<Check> checks = new ArrayList<>();
        for (KeyType type : new KeyType[] {KeyType.ED25519, KeyType.SECP256K1}) {
            for (int i = 0; i < 25; i++) {
                PrivateKey key = Keys.generate(type);
                byte[] message = new byte[random.nextInt(i == 0 ? 1 : 600)];
                random.nextBytes(message);
                byte[] signature = key.sign(message);
                String publicKey = Hex.encode(key.publicKey().toProtobuf());
                checks.add(new Check(signatureRequest("signature", publicKey, message, signature), "true"));
                byte[] other = java.util.Arrays.copyOf(message, message.length + 1);
                checks.add(new Check(signatureRequest("signature", publicKey, other, signature), "false"));
            }
        }
        assertJsAgrees(checks);
    }

    @Test
    void jsAcceptsJavaMadeOrbitDbIdentitiesAndSignatures() throws Exception {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            PrivateKey signingKey = Keys.generate(KeyType.SECP256K1);
            OrbitDbIdentity identity = OrbitDbIdentity.create(Keys.generate(KeyType.SECP256K1), signingKey);
            checks.add(new Check("{\"kind\":\"identity\",\"bytes\":\"" + Hex.encode(identity.bytes()) + "\"}",
                    "true\t" + identity.hash()));
            byte[] entry = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = Hex.decode(identity.sign(signingKey, entry));
            checks.add(new Check(signatureRequest("orbitdb-signature", identity.publicKey(), entry, signature), "true"));
            checks.add(new Check(signatureRequest("orbitdb-signature", identity.id(), entry, signature), "false"));
        }
        OrbitDbIdentity a = OrbitDbIdentity.create(Keys.generate(KeyType.SECP256K1), Keys.generate(KeyType.SECP256K1));
        OrbitDbIdentity b = OrbitDbIdentity.create(Keys.generate(KeyType.SECP256K1), Keys.generate(KeyType.SECP256K1));
        var fields = new java.util.LinkedHashMap<>(a.toValue().asMap().entries());
        fields.put("signatures", b.toValue().asMap().get("signatures"));
        OrbitDbIdentity forged = OrbitDbIdentity.decode(org.constl.ipld.DagCbor.encode(org.constl.ipld.IpldValue.map(fields)));
        checks.add(new Check("{\"kind\":\"identity\",\"bytes\":\"" + Hex.encode(forged.bytes()) + "\"}", "false\t" + forged.hash()));
        assertJsAgrees(checks);
    }

    @Test
    void jsParsesJavaPeerIdsToTheSameMultihash() throws Exception {
        List<Check> checks = new ArrayList<>();
        for (KeyType type : new KeyType[] {KeyType.ED25519, KeyType.SECP256K1}) {
            for (int i = 0; i < 10; i++) {
                PeerId peerId = Keys.generate(type).publicKey().peerId();
                String expected = "ok\t" + Hex.encode(peerId.bytes()) + "\t" + peerId + "\t" + peerId.toCidString();
                for (String text : new String[] {peerId.toString(), peerId.toCidString(), peerId.toCid().toString(Multibase.BASE36)}) {
                    checks.add(new Check("{\"kind\":\"peerid\",\"text\":\"" + text + "\"}", expected));
                }
            }
        }
        assertJsAgrees(checks);
    }

    private static String signatureRequest(String kind, String publicKey, byte[] message, byte[] signature) {
        return "{\"kind\":\"" + kind + "\",\"publicKey\":\"" + publicKey + "\",\"message\":\"" + Hex.encode(message)
                + "\",\"signature\":\"" + Hex.encode(signature) + "\"}";
    }

    private static void assertJsAgrees(List<Check> checks) throws IOException, InterruptedException {
        List<String> answers = runNode(checks.stream().map(Check::request).toList());
        assertEquals(checks.size(), answers.size(), "one answer per request");
        for (int i = 0; i < checks.size(); i++) {
            assertEquals(checks.get(i).expected(), answers.get(i), checks.get(i).request());
        }
    }

    private static List<String> runNode(List<String> requests) throws IOException, InterruptedException {
        Path interop = interopFolder();
        assumeTrue(interop != null, "interop folder with " + SCRIPT + " not found");
        Process process;
        try {
            process = new ProcessBuilder("node", SCRIPT).directory(interop.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed: " + e.getMessage());
            throw e;
        }
        try {
            // Requests are small; node reads while we write, and we read only after closing stdin.
            Thread writer = Thread.ofPlatform().start(() -> {
                try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (String request : requests) {
                        in.write(request);
                        in.write('\n');
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> answers = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    answers.add(line);
                }
            }
            writer.join();
            assertEquals(0, process.waitFor(), "node exit status");
            return answers;
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path interopFolder() {
        String configured = System.getProperty("constl.interop");
        if (configured != null) {
            return Files.isRegularFile(Path.of(configured, SCRIPT)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("interop").resolve(SCRIPT))) {
                return dir.resolve("interop");
            }
        }
        return null;
    }
}
