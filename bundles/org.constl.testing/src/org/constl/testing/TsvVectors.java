package org.constl.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test vectors kept as tab-separated resources of a test fragment. */
public final class TsvVectors {

    private TsvVectors() {
    }

    /**
     * The rows of {@code resource} (an absolute resource path, found by {@code owner}'s class
     * loader), split on tabs; comment ({@code #}) and blank lines are skipped. A missing or empty
     * file is an error, so that a test never passes over no vectors.
     */
    public static List<String[]> read(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)).toList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("no vectors in " + resource);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
