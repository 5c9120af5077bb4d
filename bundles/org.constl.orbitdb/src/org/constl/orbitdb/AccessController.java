package org.constl.orbitdb;

import org.constl.identity.OrbitDbIdentity;

/**
 * Decides who may write to a log. The log has already checked the entry's signature, its
 * writer's identity (both identity signatures, and that the entry's key is the identity's
 * signing key) before it asks.
 */
public interface AccessController {

    /** The controller type, as in the manifest's {@code accessController} path: {@code ipfs}... */
    String type();

    /** The controller address a manifest refers to, e.g. {@code /ipfs/zdpu...}. */
    String address();

    /**
     * Returns normally when {@code writer} may append {@code entry}; otherwise throws an
     * {@link EntryRefusedException} with reason {@link EntryRefusedException.Reason#NOT_ALLOWED}
     * saying why.
     */
    void authorize(Entry entry, OrbitDbIdentity writer);
}
