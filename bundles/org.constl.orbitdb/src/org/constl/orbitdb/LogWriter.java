package org.constl.orbitdb;

import java.util.Objects;

import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.OrbitDbSignatures;
import org.constl.identity.PrivateKey;

/** Who appends to a log: an identity and its signing key (key B). */
public record LogWriter(OrbitDbIdentity identity, PrivateKey signingKey) {

    public LogWriter {
        Objects.requireNonNull(identity);
        Objects.requireNonNull(signingKey);
        if (!OrbitDbSignatures.publicKeyFromHex(identity.publicKey()).equals(signingKey.publicKey())) {
            throw new OrbitDbException("log writer: the key is not the identity's signing key");
        }
    }
}
