package org.constl.orbitdb;

import java.util.Arrays;
import java.util.Optional;

/** A role in a Constellation access set ({@code @constl/ipa} {@code accès/consts.ts}). */
public enum AccessRole {

    /** May write, and may grant roles in the access set. */
    MODERATOR("MODÉRATEUR"),
    /** May write. */
    MEMBER("MEMBRE");

    private final String label;

    AccessRole(String label) {
        this.label = label;
    }

    /** The role as the access set stores it. */
    public String label() {
        return label;
    }

    /** The role stored as {@code label}, compared exactly (as {@code rôles.includes} does). */
    public static Optional<AccessRole> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
