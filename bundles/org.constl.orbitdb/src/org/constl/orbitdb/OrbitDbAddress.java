package org.constl.orbitdb;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.orbitdb.internal.Hashes;

/**
 * A database address, {@code /orbitdb/<manifest hash>}. Parsing accepts what
 * {@code address.js isValidAddress} accepts for the forms OrbitDB writes.
 */
public record OrbitDbAddress(String hash) {

    public static final String PREFIX = "/orbitdb/";

    public OrbitDbAddress {
        Hashes.parse(hash);
    }

    public static OrbitDbAddress of(Cid manifest) {
        return new OrbitDbAddress(Hashes.of(manifest));
    }

    /** Parses {@code /orbitdb/zdpu...} (a trailing slash is tolerated, as in JS). */
    public static OrbitDbAddress parse(String text) {
        String rest;
        if (text.startsWith(PREFIX)) {
            rest = text.substring(PREFIX.length());
        } else if (text.startsWith("\\orbitdb\\")) {
            rest = text.substring(PREFIX.length());
        } else {
            throw new OrbitDbException("not an OrbitDB address (must start with /orbitdb/): " + text);
        }
        if (rest.endsWith("/") || rest.endsWith("\\")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        try {
            return new OrbitDbAddress(rest);
        } catch (OrbitDbException | IpldException e) {
            throw new OrbitDbException("not an OrbitDB address: " + text + ": " + e.getMessage(), e);
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (OrbitDbException e) {
            return false;
        }
    }

    public Cid cid() {
        return Hashes.parse(hash);
    }

    /** The heads-exchange protocol id of this database: {@code /orbitdb/heads/orbitdb/zdpu...}. */
    public String headsProtocol() {
        return "/orbitdb/heads" + this;
    }

    @Override
    public String toString() {
        return PREFIX + hash;
    }
}
