package org.constl.orbitdb;

import java.util.Objects;

import org.constl.ipld.IpldValue;

/**
 * A Lamport clock as {@code @orbitdb/core} 2.5 {@code clock.js} has it: the writer's public key
 * (hex) and a time. Ordered by time, then, for concurrent clocks of different writers, by id
 * (UTF-16 order, as JS compares strings).
 */
public record Clock(String id, long time) implements Comparable<Clock> {

    /** JS numbers are exact up to 2^53 - 1; a larger time could not be ticked the same way. */
    public static final long MAX_TIME = 9007199254740991L;

    public Clock {
        Objects.requireNonNull(id);
        if (time < 0 || time > MAX_TIME) {
            throw new OrbitDbException("clock: time out of range: " + time);
        }
    }

    /** {@code compareClocks}: zero only for the same id and time. */
    @Override
    public int compareTo(Clock other) {
        if (time != other.time) {
            return Long.compare(time, other.time);
        }
        return id.compareTo(other.id);
    }

    /** {@code tickClock}: the same id, one later. */
    public Clock tick() {
        return new Clock(id, time + 1);
    }

    /** The DAG-CBOR map {@code {id, time}}. */
    public IpldValue toValue() {
        return IpldValue.MapValue.builder().put("id", IpldValue.of(id)).put("time", IpldValue.of(time)).build();
    }
}
