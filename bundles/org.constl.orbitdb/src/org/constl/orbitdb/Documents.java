package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;

/**
 * A {@code documents} database over its log ({@code databases/documents.js}): operations are
 * {@code {op: "PUT", key, value: doc}}, the key being the document's {@code indexBy} field, and
 * {@code {op: "DEL", key, value: null}}. The first PUT or DEL of a key met in traversal order
 * decides. Keys are told apart by their JS string form, so the number 5 and the string "5" are one
 * key, and a key named like a property of JS objects ({@code constructor}, {@code toString}...)
 * is never listed; {@link #get} then compares with {@code ===}.
 */
public final class Documents {

    public static final String TYPE = "documents";
    public static final String DEFAULT_INDEX_BY = "_id";

    /** A document: the hash of its PUT, its key and its value (either empty when the PUT has none). */
    public record Document(String hash, Optional<IpldValue> key, Optional<IpldValue> value) {
    }

    private final Oplog log;
    private final String indexBy;

    public Documents(Oplog log) {
        this(log, DEFAULT_INDEX_BY);
    }

    /** A database whose documents are keyed by the field {@code indexBy}. */
    public Documents(Oplog log, String indexBy) {
        this.log = log;
        this.indexBy = Objects.requireNonNull(indexBy);
    }

    public Oplog log() {
        return log;
    }

    public String indexBy() {
        return indexBy;
    }

    public static IpldValue putPayload(IpldValue key, IpldValue document) {
        return Payloads.of("PUT", key, document);
    }

    public static IpldValue delPayload(IpldValue key) {
        return Payloads.of("DEL", key, IpldValue.NULL);
    }

    /**
     * Stores the document under its {@code indexBy} field.
     *
     * @throws OrbitDbException when the field is missing or falsy (null, false, 0, ""), as in JS
     */
    public Entry put(IpldValue.MapValue document) {
        Optional<IpldValue> key = document.has(indexBy) ? Optional.of(document.get(indexBy)) : Optional.empty();
        if (!JsObjects.truthy(key)) {
            throw new OrbitDbException("documents: the document has no field '" + indexBy + "'");
        }
        return log.append(putPayload(key.get(), document));
    }

    /**
     * Deletes the document with this key.
     *
     * @throws OrbitDbException when {@link #get} finds none, as in JS
     */
    public Entry del(IpldValue key) {
        if (get(key).isEmpty()) {
            throw new OrbitDbException("documents: no document with key " + key);
        }
        return log.append(delPayload(key));
    }

    /** The listed document whose key is {@code === key}, reading the log no further than needed. */
    public Optional<Document> get(IpldValue key) {
        return newestFirst().filter(d -> JsObjects.strictEquals(Optional.of(key), d.key())).findFirst();
    }

    /** The values of the documents that {@code findFn} accepts, newest first (unlike {@link #all}). */
    public List<Optional<IpldValue>> query(Predicate<Optional<IpldValue>> findFn) {
        return newestFirst().map(Document::value).filter(findFn).toList();
    }

    /**
     * The documents, oldest first ({@code all()}).
     *
     * @throws UnreadableEntryException as JS throws: on a null payload, or a key with no string form
     */
    public List<Document> all() {
        List<Document> documents = new ArrayList<>(newestFirst().toList());
        Collections.reverse(documents);
        return documents;
    }

    /** The documents in traversal order, read lazily as JS {@code iterator()} reads them. */
    private Stream<Document> newestFirst() {
        Set<String> seen = new HashSet<>(JsObjects.OBJECT_PROTOTYPE_PROPERTIES);
        return log.traverse().mapMulti((entry, next) -> {
            JsPayload payload = JsPayload.of(entry);
            if (payload.is("PUT") && seen.add(payload.keyName())) {
                next.accept(new Document(entry.hash(), payload.key(), payload.value()));
            } else if (payload.is("DEL")) {
                seen.add(payload.keyName());
            }
        });
    }
}
