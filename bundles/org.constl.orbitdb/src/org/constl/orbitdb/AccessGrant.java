package org.constl.orbitdb;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;
import org.constl.orbitdb.internal.ControllerManifests;

/**
 * An element of a Constellation access set, {@code {rôle, id}}: {@code id} (an identity id, or an
 * account address) holds {@code role}. Also how ipa reads an access set entry's payload, with JS
 * property semantics since ipa destructures the decoded object.
 */
public record AccessGrant(AccessRole role, String id) {

    private static final String ROLE = "rôle";
    private static final String ID = "id";
    private static final Optional<IpldValue> ADD = Optional.of(IpldValue.of("ADD"));

    /** {@code {rôle, id}}. */
    public IpldValue toValue() {
        return IpldValue.map(Map.of(ROLE, IpldValue.of(role.label()), ID, IpldValue.of(id)));
    }

    /** The set operation that grants it, {@code {op: "ADD", key: null, value: {rôle, id}}} (ipa's {@code grant}). */
    public IpldValue toPayload() {
        return SetDb.addPayload(toValue());
    }

    /**
     * Why {@code contrôleur-accès-constellation} refuses an entry with this payload whoever writes
     * it, or empty when it takes it: {@code op} must be {@code "ADD"} and {@code value} an object
     * whose {@code rôle} is a role. {@code id} is not checked.
     */
    public static Optional<String> refusal(IpldValue payload) {
        return Optional.ofNullable(read(payload).refusal());
    }

    /**
     * The grant an entry with this payload makes when the controller takes it and its {@code id}
     * is a string (what the access set's schema keeps, and what can name an identity or account).
     */
    public static Optional<AccessGrant> fromPayload(IpldValue payload) {
        return Optional.ofNullable(read(payload).grant());
    }

    /** A payload as ipa reads it: a refusal, or a taken operation and maybe its grant. */
    private record Reading(String refusal, AccessGrant grant) {
    }

    private static Reading read(IpldValue payload) {
        try {
            Optional<IpldValue> op = JsObjects.get(Optional.of(payload), "op");
            if (!JsObjects.strictEquals(op, ADD)) {
                return new Reading("only ADD operations are taken, this one's op is " + describe(op), null);
            }
            Optional<IpldValue> value = JsObjects.get(Optional.of(payload), "value");
            if (!JsObjects.truthy(value)) {
                return new Reading("the operation adds no value", null);
            }
            Optional<IpldValue> role = JsObjects.get(value, ROLE);
            Optional<AccessRole> known = role.filter(r -> r instanceof IpldValue.StringValue)
                    .flatMap(r -> AccessRole.fromLabel(r.asString()));
            if (known.isEmpty()) {
                return new Reading("the " + ROLE + " added is " + describe(role) + ", not one of "
                        + Arrays.stream(AccessRole.values()).map(AccessRole::label).toList(), null);
            }
            Optional<IpldValue> id = JsObjects.get(value, ID);
            boolean named = id.isPresent() && id.get() instanceof IpldValue.StringValue;
            return new Reading(null, named ? new AccessGrant(known.get(), id.get().asString()) : null);
        } catch (JsTypeError e) {
            return new Reading("ipa cannot read the operation: " + e.getMessage(), null);
        }
    }

    private static String describe(Optional<IpldValue> value) {
        if (value.isEmpty()) {
            return "undefined";
        }
        if (value.get() instanceof IpldValue.StringValue text) {
            return "\"" + ControllerManifests.shorten(text.value()) + "\"";
        }
        return "a value of kind " + value.get().kind();
    }
}
