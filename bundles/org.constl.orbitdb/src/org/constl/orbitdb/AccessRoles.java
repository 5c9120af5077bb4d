package org.constl.orbitdb;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who may write under a {@code contrôleur-constellation}, by role, accounts expanded (ipa's
 * {@code gestRôles._rôles}). An id may hold both roles.
 */
public record AccessRoles(SortedSet<String> moderators, SortedSet<String> members) {

    public AccessRoles {
        moderators = Collections.unmodifiableSortedSet(new TreeSet<>(moderators));
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    /** Whether the identity with this id may write: it holds either role. */
    public boolean allows(String identityId) {
        return moderators.contains(identityId) || members.contains(identityId);
    }
}
