package org.constl.orbitdb;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsCompare;
import org.constl.ipld.js.JsObjects;

/**
 * A database of {@code orbitdb-types.mjs} seen through its Java type: replays the JS API call
 * behind a payload, and reads the state in the row format of {@code orbitdb-types-results.tsv}.
 */
sealed interface TypedDatabase {

    static TypedDatabase open(String type, String indexBy, Oplog log) {
        return switch (type) {
            case Documents.TYPE -> new DocumentsDb(new Documents(log, indexBy));
            case SetDb.TYPE -> new SetDbDb(new SetDb(log));
            case OrderedKeyValue.TYPE -> new OrderedKeyValueDb(new OrderedKeyValue(log));
            case Feed.TYPE -> new FeedDb(new Feed(log));
            default -> throw new IllegalArgumentException("no database type " + type);
        };
    }

    /** Makes the API call that JS made to write this payload. */
    Entry replay(IpldValue payload);

    /** Makes an API call that JS refused. */
    default void call(String method, IpldValue argument) {
        throw new UnsupportedOperationException(method);
    }

    /** The {@code all} rows: the columns after database and replica. */
    List<String> all();

    /** The {@code get} row for the key column of a JS row: the columns after the key. */
    default String get(String keyColumn) {
        throw new UnsupportedOperationException("get");
    }

    default String query(String predicate) {
        throw new UnsupportedOperationException("query");
    }

    /**
     * The dag-cbor hex JS writes for a value, - for undefined. JS encodes the decoded object,
     * whose {@code __proto__} keys became prototypes, so they are left out.
     */
    static String cbor(Optional<IpldValue> value) {
        return value.map(v -> Vectors.hex(DagCbor.encode(asJsEncodes(v)))).orElse("-");
    }

    private static IpldValue asJsEncodes(IpldValue value) {
        return switch (value) {
            case IpldValue.MapValue m -> {
                IpldValue.MapValue.Builder own = IpldValue.MapValue.builder();
                m.entries().forEach((k, v) -> {
                    if (!JsObjects.PROTO.equals(k)) {
                        own.put(k, asJsEncodes(v));
                    }
                });
                yield own.build();
            }
            case IpldValue.ListValue l -> IpldValue.list(l.values().stream().map(TypedDatabase::asJsEncodes).toList());
            default -> value;
        };
    }

    private static IpldValue field(IpldValue payload, String name) {
        return payload.asMap().get(name);
    }

    record DocumentsDb(Documents db) implements TypedDatabase {

        /** The query predicates of the script, by name. */
        private static Predicate<Optional<IpldValue>> predicate(String name) {
            return switch (name) {
                case "any" -> doc -> true;
                // (doc) => doc != null && doc.n > 1
                case "n>1" -> doc -> doc.filter(d -> !d.isNull())
                        .flatMap(d -> JsObjects.get(Optional.of(d), "n"))
                        .filter(n -> JsCompare.greaterThan(n, IpldValue.of(1))).isPresent();
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        public Entry replay(IpldValue payload) {
            return switch (field(payload, "op").asString()) {
                case "PUT" -> db.put(field(payload, "value").asMap());
                case "DEL" -> db.del(field(payload, "key"));
                default -> throw new IllegalArgumentException("documents has no API for " + payload);
            };
        }

        @Override
        public void call(String method, IpldValue argument) {
            switch (method) {
                case "put" -> db.put(argument.asMap());
                case "del" -> db.del(argument);
                default -> throw new IllegalArgumentException(method);
            }
        }

        @Override
        public List<String> all() {
            return db.all().stream().map(d -> d.hash() + "\t" + cbor(d.key()) + "\t" + cbor(d.value())).toList();
        }

        @Override
        public String get(String keyColumn) {
            return db.get(DagCbor.decode(Vectors.hex(keyColumn))).map(Documents.Document::hash).orElse("-");
        }

        @Override
        public String query(String predicate) {
            return String.join(",", db.query(predicate(predicate)).stream().map(TypedDatabase::cbor).toList());
        }
    }

    record SetDbDb(SetDb db) implements TypedDatabase {
        @Override
        public Entry replay(IpldValue payload) {
            return switch (field(payload, "op").asString()) {
                case "ADD" -> db.add(field(payload, "value"));
                case "DEL" -> db.del(field(payload, "value"));
                default -> throw new IllegalArgumentException("set has no API for " + payload);
            };
        }

        @Override
        public List<String> all() {
            return db.all().stream().map(e -> cbor(e.value()) + "\t" + e.hash()).toList();
        }
    }

    record OrderedKeyValueDb(OrderedKeyValue db) implements TypedDatabase {
        @Override
        public Entry replay(IpldValue payload) {
            String key = field(payload, "key").asString();
            IpldValue value = field(payload, "value");
            return switch (field(payload, "op").asString()) {
                case "PUT" -> value.asMap().has("position")
                        ? db.put(key, field(value, "value"), field(value, "position"))
                        : db.put(key, field(value, "value"));
                case "MOVE" -> db.move(key, value);
                case "DEL" -> db.del(key);
                default -> throw new IllegalArgumentException("ordered-keyvalue has no API for " + payload);
            };
        }

        @Override
        public List<String> all() {
            return db.all().stream().map(i -> cbor(Optional.of(i.key())) + "\t" + cbor(i.value()) + "\t" + i.hash()).toList();
        }

        @Override
        public String get(String keyColumn) {
            return cbor(db.get(keyColumn));
        }
    }

    record FeedDb(Feed db) implements TypedDatabase {
        @Override
        public Entry replay(IpldValue payload) {
            return switch (field(payload, "op").asString()) {
                case "ADD" -> db.add(field(payload, "value"));
                case "DEL" -> db.remove(field(payload, "value").asString());
                default -> throw new IllegalArgumentException("feed has no API for " + payload);
            };
        }

        @Override
        public List<String> all() {
            return db.all().stream().map(i -> cbor(i.value()) + "\t" + i.hash()).toList();
        }
    }
}
