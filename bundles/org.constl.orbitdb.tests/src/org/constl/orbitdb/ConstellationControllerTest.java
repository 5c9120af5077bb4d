package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.Block;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.Test;

/**
 * What the controllers do beyond the JS vectors: histories that branch at every step, history
 * that cannot be read, and accounts that name each other.
 */
class ConstellationControllerTest {

    private final BlockStore blocks = BlockStore.memory();
    private final LogWriter alice = writer("alice");
    private final LogWriter mallory = writer("mallory");

    /**
     * Thirty layers of two entries, each pointing to both entries of the layer below: 2^30 paths
     * lead to the grant at the bottom, and each entry is looked at once.
     */
    @Test
    void aGrantUnderAHistoryBranchingAtEveryStepIsFoundByVisitingEachEntryOnce() {
        String log = "/orbitdb/zdpuAst6ySAciCJyWnGj2Bvpv6EHvbugnBuNRsKoRnwPSkgMg";
        AccessSetController controller = new AccessSetController(AccessSetControllerManifest.create(alice.identity().id()),
                blocks, account -> List.of());
        Entry grant = entry(alice, log, new AccessGrant(AccessRole.MODERATOR, mallory.identity().id()).toPayload(), 1, List.of());
        Entry head = entry(mallory, log, member("head"), 32, layers(log, grant, 30));
        assertDoesNotThrow(() -> controller.authorize(head, mallory.identity()));

        Entry selfGrant = entry(mallory, log, new AccessGrant(AccessRole.MODERATOR, mallory.identity().id()).toPayload(), 1, List.of());
        Entry refusedHead = entry(mallory, log, member("head"), 32, layers(log, selfGrant, 30));
        EntryRefusedException e = assertThrows(EntryRefusedException.class, () -> controller.authorize(refusedHead, mallory.identity()));
        assertEquals(Reason.NOT_ALLOWED, e.reason());
        assertTrue(e.getMessage().contains("identity " + mallory.identity().id() + " is not a moderator"), e.getMessage());
        assertTrue(e.getMessage().contains(controller.address()), e.getMessage());
    }

    /** A grant that would make the writer a moderator counts only if it can be read and checks out. */
    @Test
    void aGrantThatCannotBeReadMakesNobodyModerator() {
        String log = "/orbitdb/zdpuAst6ySAciCJyWnGj2Bvpv6EHvbugnBuNRsKoRnwPSkgMg";
        AccessSetController controller = new AccessSetController(AccessSetControllerManifest.create(alice.identity().id()),
                blocks, account -> List.of());
        Entry grant = Entry.create(alice.identity(), alice.signingKey(), log,
                new AccessGrant(AccessRole.MODERATOR, mallory.identity().id()).toPayload(), new Clock(alice.identity().publicKey(), 1),
                List.of(), List.of());
        Entry head = entry(mallory, log, member("head"), 2, List.of(grant.hash()));
        assertThrows(EntryRefusedException.class, () -> controller.authorize(head, mallory.identity()), "grant not stored");
        put(grant.block());
        assertDoesNotThrow(() -> controller.authorize(head, mallory.identity()));
        Entry otherLog = entry(alice, "/orbitdb/zdpuAxZDY2ceTbopzsKJfAkjdLRPrM7Watcuc57LUPzfiduCC",
                new AccessGrant(AccessRole.MODERATOR, mallory.identity().id()).toPayload(), 1, List.of());
        Entry overOtherLog = entry(mallory, log, member("head"), 2, List.of(otherLog.hash()));
        assertThrows(EntryRefusedException.class, () -> controller.authorize(overOtherLog, mallory.identity()), "grant of another log");
    }

    /**
     * Accounts X and Y each make the other a moderator of their access set, and each has an entry
     * there by the other's device: every account is read once, and each entry counts through the
     * other account, as ipa's controllers, which expand the moderators of an account's access set
     * too, count it.
     */
    @Test
    void accountsThatNameEachOtherAreReadOnceEach() {
        LogWriter x = writer("x");
        LogWriter y = writer("y");
        String rootX = accountRoot(x);
        String rootY = accountRoot(y);
        ConstellationReplica nodeX = new ConstellationReplica(x, blocks);
        ConstellationReplica nodeY = new ConstellationReplica(y, blocks);
        String setX = ((ConstellationController) nodeX.controllerOf(rootX)).manifest().accessSet().toString();
        String setY = ((ConstellationController) nodeY.controllerOf(rootY)).manifest().accessSet().toString();
        nodeX.log(setX).append(new AccessGrant(AccessRole.MODERATOR, rootY).toPayload());
        nodeY.log(setY).append(new AccessGrant(AccessRole.MODERATOR, rootX).toPayload());
        nodeY.log(setX).join(nodeX.log(setX));
        nodeX.log(setY).join(nodeY.log(setY));
        nodeY.log(setX).append(member("z"));
        nodeX.log(setY).append(member("w"));
        nodeX.log(setX).join(nodeY.log(setX));

        ConstellationController onX = (ConstellationController) nodeX.controllerOf(rootX);
        assertEquals(List.of(x.identity().id(), rootY, "z"), onX.accountWriters());
        assertEquals(List.of(y.identity().id(), rootX, "w"), ((ConstellationController) nodeX.controllerOf(rootY)).accountWriters());
        AccessRoles roles = onX.roles();
        assertEquals(List.of(x.identity().id(), y.identity().id(), rootX, "w").stream().sorted().toList(), List.copyOf(roles.moderators()));
        assertEquals(List.of("z"), List.copyOf(roles.members()));
    }

    /** An account root as ipa creates it: a keyvalue database named racine whose first moderator is the device. */
    private String accountRoot(LogWriter device) {
        AccessSetControllerManifest access = AccessSetControllerManifest.create(device.identity().id());
        Manifest set = Manifest.create("racine", SetDb.TYPE, access.address(), Optional.empty());
        ConstellationControllerManifest controller = ConstellationControllerManifest.create(device.identity().id(), "racine", set.address());
        Manifest root = Manifest.create("racine", "keyvalue", controller.address(), Optional.empty());
        for (Block block : List.of(access.block(), set.block(), controller.block(), root.block())) {
            put(block);
        }
        return root.address().toString();
    }

    private List<String> layers(String log, Entry bottom, int count) {
        List<String> below = List.of(bottom.hash());
        for (int layer = 0; layer < count; layer++) {
            List<String> current = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                current.add(entry(mallory, log, member(layer + "-" + i), layer + 2, below).hash());
            }
            below = current;
        }
        return below;
    }

    private Entry entry(LogWriter writer, String log, IpldValue payload, long time, List<String> next) {
        Entry entry = Entry.create(writer.identity(), writer.signingKey(), log, payload, new Clock(writer.identity().publicKey(), time), next, List.of());
        put(entry.block());
        return entry;
    }

    private static IpldValue member(String id) {
        return new AccessGrant(AccessRole.MEMBER, id).toPayload();
    }

    private LogWriter writer(String name) {
        PrivateKey keyA = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("constellation controller test id " + name));
        PrivateKey keyB = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("constellation controller test signing " + name));
        LogWriter writer = new LogWriter(OrbitDbIdentity.create(keyA, keyB), keyB);
        put(Block.of(Multicodec.DAG_CBOR, writer.identity().bytes()));
        return writer;
    }

    private void put(Block block) {
        try {
            blocks.put(block.cid(), block.bytes());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
