package org.constl.orbitdb;

import java.util.List;

/**
 * The ids an account stands for in a Constellation access list: the writers of the account's
 * root database controller (its {@code write} and the ids of its access set), as
 * {@link ConstellationController#accountWriters()} lists them. Implementations open the account's
 * root database; ipa follows it live, so the answer may grow over time. Called on the thread
 * that asks the controller (its guard against accounts naming each other relies on it).
 */
@FunctionalInterface
public interface AccountWriters {

    /** The ids of {@code account}, empty when its root database has no Constellation controller. */
    List<String> writersOf(OrbitDbAddress account);
}
