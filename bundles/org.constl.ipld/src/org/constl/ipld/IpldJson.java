package org.constl.ipld;

import org.constl.ipld.internal.JsonReader;
import org.constl.ipld.internal.JsonWriter;

/**
 * JSON text to and from the {@link IpldValue} model, in the DAG-JSON style: a link is
 * {@code {"/": "<cid>"}}, bytes are {@code {"/": {"bytes": "<base64, no padding>"}}}. Numbers
 * without fraction or exponent are integers, others floats. Parsing is strict (RFC 8259, no
 * duplicate keys, bounded nesting); printing is compact with keys in DAG-CBOR order.
 */
public final class IpldJson {

    private IpldJson() {
    }

    public static IpldValue parse(String json) {
        return JsonReader.parse(json, DagCbor.MAX_DEPTH);
    }

    public static String print(IpldValue value) {
        return JsonWriter.print(value, DagCbor.MAX_DEPTH);
    }
}
