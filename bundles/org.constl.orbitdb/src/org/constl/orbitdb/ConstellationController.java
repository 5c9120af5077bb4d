package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.constl.identity.OrbitDbIdentity;
import org.constl.orbitdb.EntryRefusedException.Reason;

/**
 * {@code contrôleur-constellation} ({@code @constl/ipa} {@code accès/cntrlConstellation.ts}):
 * the manifest's {@code write} is a moderator, and the valid grants of the access set database
 * ({@code adresseBdAccès}, under an {@link AccessSetController}) add moderators and members; any
 * of them may write. An id that is an OrbitDB address is an account and stands for the writers of
 * its root database's controller, with the role it was granted, one level deep
 * ({@code accès/gestionnaireUtilisateurs.ts}). Sub-databases share their parent's controller.
 *
 * <p>Roles are read from the access set at each decision, so grants count as soon as they join
 * it. Revocation does not exist, as in ipa.
 */
public final class ConstellationController implements AccessController {

    /** The controllers whose account writers this thread is reading, by address. */
    private static final ThreadLocal<Set<String>> READING = ThreadLocal.withInitial(HashSet::new);

    private final ConstellationControllerManifest manifest;
    private final Oplog accessSet;
    private final AccessSetController accessSetController;
    private final AccountWriters accounts;

    /**
     * @param accessSet the database at {@code manifest.accessSet()}
     * @param accessSetController that database's controller
     */
    public ConstellationController(ConstellationControllerManifest manifest, Oplog accessSet,
            AccessSetController accessSetController, AccountWriters accounts) {
        this.manifest = manifest;
        this.accessSet = accessSet;
        this.accessSetController = accessSetController;
        this.accounts = accounts;
    }

    public ConstellationControllerManifest manifest() {
        return manifest;
    }

    @Override
    public String type() {
        return ConstellationControllerManifest.TYPE;
    }

    /** {@code /contrôleur-constellation/<hash>}. */
    @Override
    public String address() {
        return manifest.address();
    }

    /** The valid grants of the access set, oldest first. */
    public List<AccessGrant> grants() {
        return accessSetController.grants(accessSet, manifest.accessSet().toString());
    }

    /** Who may write, by role: {@code write} as moderator and the grants, accounts expanded. */
    public AccessRoles roles() {
        Map<AccessRole, TreeSet<String>> ids = new EnumMap<>(AccessRole.class);
        for (AccessRole role : AccessRole.values()) {
            ids.put(role, new TreeSet<>());
        }
        List<AccessGrant> all = new ArrayList<>();
        all.add(new AccessGrant(AccessRole.MODERATOR, manifest.write()));
        all.addAll(grants());
        for (AccessGrant grant : all) {
            Set<String> holders = ids.get(grant.role());
            if (OrbitDbAddress.isValid(grant.id())) {
                holders.addAll(accounts.writersOf(OrbitDbAddress.parse(grant.id())));
            } else {
                holders.add(grant.id());
            }
        }
        return new AccessRoles(ids.get(AccessRole.MODERATOR), ids.get(AccessRole.MEMBER));
    }

    /**
     * What this controller contributes when its database is an account's root and the account is
     * granted a role elsewhere: {@code write} and the ids of the grants, whatever their role, not
     * expanded further (ipa's {@code AccèsUtilisateur}). Accounts that name each other are read
     * once each: met again while it is being read, an account counts its {@code write} only.
     */
    public List<String> accountWriters() {
        Set<String> reading = READING.get();
        if (!reading.add(address())) {
            return List.of(manifest.write());
        }
        try {
            Set<String> writers = new LinkedHashSet<>();
            writers.add(manifest.write());
            grants().forEach(g -> writers.add(g.id()));
            return List.copyOf(writers);
        } finally {
            reading.remove(address());
        }
    }

    @Override
    public void authorize(Entry entry, OrbitDbIdentity writer) {
        AccessRoles roles = roles();
        if (!roles.allows(writer.id())) {
            throw new EntryRefusedException(Reason.NOT_ALLOWED, entry.hash(), "identity " + writer.id() + " is neither "
                    + AccessRole.MODERATOR.label() + " nor " + AccessRole.MEMBER.label() + " of " + type() + " " + address()
                    + " (" + roles.moderators().size() + " moderators, " + roles.members().size() + " members)");
        }
    }

    @Override
    public String toString() {
        return "ConstellationController[" + address() + ", write " + manifest.write() + ", access set " + manifest.accessSet() + "]";
    }
}
