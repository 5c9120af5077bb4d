package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random files imported here and by {@code interop/unixfs-cid.mjs} (the real {@code @helia/unixfs})
 * must get the same CID. Needs {@code node} and the interop folder (found upwards from the working
 * directory, or given as {@code -Dconstl.interop=DIR}); skipped without them.
 */
class LiveCrossCheckTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void randomFilesGetTheSameCidAsHelia(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = interopScript();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> mismatches = new ArrayList<>();
        int[] sizes = {0, 1, MIB - 1, MIB, MIB + 1, 3 * MIB + random.nextInt(MIB), 5_000_000};
        for (int size : sizes) {
            Path file = randomFile(dir, size, random);
            compare(script, file, null, mismatches);
        }
        Path small = randomFile(dir, 4000 + random.nextInt(2000), random);
        compare(script, small, new ImportOptions(100, 3), mismatches);
        assertTrue(mismatches.isEmpty(), "seed " + seed + ": " + mismatches);
    }

    private static void compare(Path script, Path file, ImportOptions options, List<String> mismatches)
            throws IOException, InterruptedException {
        UnixFsImporter importer = options == null ? new UnixFsImporter((cid, block) -> { })
                : new UnixFsImporter((cid, block) -> { }, options);
        String java = importer.importFile(file).root().toString();
        String js = options == null ? node(script, file.toString())
                : node(script, file.toString(), String.valueOf(options.chunkSize()), String.valueOf(options.maxChildrenPerNode()));
        if (!java.equals(js)) {
            mismatches.add(Files.size(file) + " bytes " + options + ": java " + java + ", js " + js);
        }
    }

    private static Path randomFile(Path dir, int size, Random random) throws IOException {
        byte[] content = new byte[size];
        random.nextBytes(content);
        Path file = dir.resolve("random-" + size + ".bin");
        Files.write(file, content);
        return file;
    }

    private static String node(Path script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(script.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("node did not finish: " + command);
        }
        assertEquals(0, process.exitValue(), "node exit status for " + command);
        return output;
    }

    private static Path interopScript() throws InterruptedException {
        String configured = System.getProperty("constl.interop");
        Path script = null;
        if (configured != null) {
            script = Paths.get(configured, "unixfs-cid.mjs");
        } else {
            for (Path dir = Paths.get("").toAbsolutePath(); dir != null && script == null; dir = dir.getParent()) {
                Path candidate = dir.resolve("interop/unixfs-cid.mjs");
                script = Files.isRegularFile(candidate) ? candidate : null;
            }
        }
        assumeTrue(script != null && Files.isDirectory(script.getParent().resolve("node_modules/@helia/unixfs")),
                "interop/unixfs-cid.mjs with its node_modules not found");
        assumeTrue(nodeRuns(), "node is not on the PATH");
        return script;
    }

    private static boolean nodeRuns() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
