/**
 * Constellation's own objects over OrbitDB, with the layouts of {@code @constl/ipa} 1.6.16: the
 * account ({@code racine}), its profile and devices, databases ({@code bd}), tables
 * ({@code tableau}), variables, keywords ({@code motClef}) and projects ({@code projet}).
 *
 * <p>Start from {@link org.constl.core.objects.Constellation}: in the workbench it is a
 * Declarative Services service; elsewhere {@link org.constl.core.objects.Constellation#open}
 * makes one over an {@link org.constl.orbitdb.OrbitDb}. States are small immutable records read
 * at the time of the call; {@code subscribe...} methods call a listener with the current state,
 * then after every change (local write or entry joined from a peer) that changes it, until the
 * returned {@link org.constl.core.objects.Subscription} is closed. The first call is made on the
 * subscribing thread before {@code subscribe...} returns; the others on a thread of this bundle
 * (never the UI's), one call at a time per subscription.
 *
 * <p>Every write is one or more signed OrbitDB entries. Errors are unchecked, all subclasses of
 * {@link org.constl.core.objects.ConstellationException}.
 */
package org.constl.core.objects;
