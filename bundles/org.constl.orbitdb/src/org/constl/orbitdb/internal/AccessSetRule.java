package org.constl.orbitdb.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.constl.identity.OrbitDbIdentity;
import org.constl.orbitdb.AccessGrant;
import org.constl.orbitdb.AccessRole;
import org.constl.orbitdb.AccountWriters;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.OrbitDbAddress;

/**
 * Which entries of a Constellation access set are valid ({@code contrôleur-accès-constellation}):
 * an entry is valid when the controller takes its operation ({@link AccessGrant#refusal}) and its
 * verified writer is a moderator, that is the first moderator or the id of a MODÉRATEUR grant
 * made by a valid entry in its history (through {@code next}). Ids that are OrbitDB addresses are
 * accounts and stand for their writers. A decision depends on the entry's history only, so
 * replicas agree whatever order entries reach them in (ipa's depends on it, see the tests).
 *
 * <p>One rule instance remembers its verdicts; use a new one when the accounts may have changed.
 * The walk is iterative and visits each entry once, however the history branches.
 */
public final class AccessSetRule {

    /** The verdict on an entry, and the ids made moderators in its history, itself included. */
    public record Verdict(Optional<String> refusal, Set<String> moderatorGrants) {

        public boolean valid() {
            return refusal.isEmpty();
        }
    }

    private final String firstModerator;
    private final AccountWriters accounts;
    private final Function<String, Optional<Entry>> entries;
    private final Function<Entry, Optional<OrbitDbIdentity>> writers;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Map<String, OrbitDbIdentity> knownWriters = new HashMap<>();
    private final Map<String, Set<String>> expansions = new HashMap<>();

    /**
     * @param entries the entries by hash (empty when missing or unreadable)
     * @param writers the verified writer of an entry, or empty
     */
    public AccessSetRule(String firstModerator, AccountWriters accounts, Function<String, Optional<Entry>> entries,
            Function<Entry, Optional<OrbitDbIdentity>> writers) {
        this.firstModerator = firstModerator;
        this.accounts = accounts;
        this.entries = entries;
        this.writers = writers;
    }

    /** The verdict on an entry whose writer the caller has already verified. */
    public Verdict evaluate(Entry entry, OrbitDbIdentity writer) {
        knownWriters.put(entry.hash(), writer);
        return evaluate(entry);
    }

    /** The verdict on an entry, after those on its history (post-order, without recursion). */
    public Verdict evaluate(Entry entry) {
        Deque<Entry> pending = new ArrayDeque<>();
        pending.push(entry);
        while (!pending.isEmpty()) {
            Entry current = pending.peek();
            if (verdicts.containsKey(current.hash())) {
                pending.pop();
                continue;
            }
            boolean ready = true;
            for (String parent : current.next()) {
                if (!verdicts.containsKey(parent)) {
                    Optional<Entry> found = entries.apply(parent).filter(e -> e.hash().equals(parent));
                    if (found.isPresent()) {
                        pending.push(found.get());
                        ready = false;
                    } else {
                        verdicts.put(parent, new Verdict(Optional.of("entry " + parent + " cannot be read"), Set.of()));
                    }
                }
            }
            if (ready) {
                verdicts.put(current.hash(), decide(current));
            }
        }
        return verdicts.get(entry.hash());
    }

    private Verdict decide(Entry entry) {
        Set<String> inherited = inheritedGrants(entry.next());
        Optional<String> refusal = AccessGrant.refusal(entry.payload());
        if (refusal.isPresent()) {
            return new Verdict(refusal, inherited);
        }
        Optional<OrbitDbIdentity> writer = Optional.ofNullable(knownWriters.get(entry.hash())).or(() -> writers.apply(entry));
        if (writer.isEmpty()) {
            return new Verdict(Optional.of("its writer's identity or signature does not check out"), inherited);
        }
        String id = writer.get().id();
        if (!expand(firstModerator).contains(id) && inherited.stream().noneMatch(g -> expand(g).contains(id))) {
            return new Verdict(Optional.of("identity " + id + " is not a moderator: it is not (an identity of) the first moderator "
                    + firstModerator + ", and no valid " + AccessRole.MODERATOR.label() + " grant in the entry's history names it"), inherited);
        }
        Optional<AccessGrant> grant = AccessGrant.fromPayload(entry.payload()).filter(g -> g.role() == AccessRole.MODERATOR);
        if (grant.isEmpty() || inherited.contains(grant.get().id())) {
            return new Verdict(Optional.empty(), inherited);
        }
        Set<String> grants = new HashSet<>(inherited);
        grants.add(grant.get().id());
        return new Verdict(Optional.empty(), Set.copyOf(grants));
    }

    /** The grants of the parents; a single parent's set is shared, not copied. */
    private Set<String> inheritedGrants(List<String> parents) {
        if (parents.size() == 1) {
            return verdicts.get(parents.get(0)).moderatorGrants();
        }
        Set<String> union = new HashSet<>();
        parents.forEach(p -> union.addAll(verdicts.get(p).moderatorGrants()));
        return Set.copyOf(union);
    }

    /** The ids an id stands for: an account's writers, or itself. */
    private Set<String> expand(String id) {
        return expansions.computeIfAbsent(id, key -> OrbitDbAddress.isValid(key)
                ? Set.copyOf(accounts.writersOf(OrbitDbAddress.parse(key)))
                : Set.of(key));
    }
}
