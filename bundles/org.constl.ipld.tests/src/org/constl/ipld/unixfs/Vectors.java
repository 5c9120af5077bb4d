package org.constl.ipld.unixfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

import org.constl.testing.TsvVectors;

/** Reads the tab-separated vector files written by {@code interop/vectors/unixfs.mjs}. */
final class Vectors {

    private Vectors() {
    }

    /** The data lines of a resource, split on tabs; comment and blank lines are skipped. */
    static List<String[]> lines(String resource) {
        return TsvVectors.read(Vectors.class, resource);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex to bytes; spaces are allowed, to group bytes in hand-written inputs. */
    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static InputStream resource(String name) {
        InputStream in = Vectors.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
