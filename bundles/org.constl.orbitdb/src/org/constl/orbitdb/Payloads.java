package org.constl.orbitdb;

import org.constl.ipld.IpldValue;

/** The payload of an operation, {@code {op, key, value}}, as every database type writes it. */
final class Payloads {

    private Payloads() {
    }

    static IpldValue of(String op, IpldValue key, IpldValue value) {
        return IpldValue.MapValue.builder().put("op", IpldValue.of(op)).put("key", key).put("value", value).build();
    }
}
