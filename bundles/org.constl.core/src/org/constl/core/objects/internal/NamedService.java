package org.constl.core.objects.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.NamedObjects;
import org.constl.core.objects.ObjectNotFoundException;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDbAddress;

/**
 * What every kind of object shares: a keyvalue root database whose {@code type} says its kind,
 * sub-databases named by its keys, and multilingual names.
 */
abstract class NamedService implements NamedObjects {

  final ObjectStore store;
  private final String kind;
  private final String label;

  /**
   * @param kind the root's {@code type} value
   * @param label the kind in messages, e.g. "database"
   */
  NamedService(ObjectStore store, String kind, String label) {
    this.store = store;
    this.kind = kind;
    this.label = label;
  }

  /** The root's keys and values. */
  Map<String, IpldValue> root(String id) {
    Map<String, IpldValue> root = store.entries(id);
    IpldValue type = root.get(Layout.TYPE);
    if (!(type instanceof IpldValue.StringValue s) || !s.value().equals(kind)) {
      throw new ObjectNotFoundException(id, id + " is not a " + label + " (its type is "
          + (type == null ? "missing" : type) + ")");
    }
    return root;
  }

  /** The address of the sub-database under {@code key} of a root read by {@link #root}. */
  String sub(String id, Map<String, IpldValue> root, String key) {
    IpldValue address = root.get(key);
    if (!(address instanceof IpldValue.StringValue s) || !OrbitDbAddress.isValid(s.value())) {
      throw new ConstellationException("the " + label + " " + id + " has no " + key + " database");
    }
    return s.value();
  }

  String sub(String id, String key) {
    return sub(id, root(id), key);
  }

  /** The object's root and its sub-databases: what its state is made of. */
  Set<String> databases(String id) {
    return store.withParts(id);
  }

  Map<String, String> texts(String address) {
    return store.texts(address);
  }

  /** The ids a set database lists (its string elements), each once, oldest first. */
  List<String> ids(String set) {
    return store.elements(set).stream().filter(IpldValue.StringValue.class::isInstance).map(IpldValue::asString)
        .distinct().toList();
  }

  @Override
  public void setName(String id, String language, String name) {
    store.put(sub(id, Layout.NAMES), language, IpldValue.of(name));
  }

  @Override
  public void removeName(String id, String language) {
    store.delete(sub(id, Layout.NAMES), language);
  }

  /** Puts a rule, made knowing its new random id, in the object's rules database; returns the id. */
  String putNewRule(String id, Function<String, IpldValue> rule) {
    String ruleId = UUID.randomUUID().toString();
    store.put(sub(id, Layout.RULES), ruleId, rule.apply(ruleId));
    return ruleId;
  }

  void deleteRule(String id, String ruleId) {
    store.delete(sub(id, Layout.RULES), ruleId);
  }

  /** Writes every text, one entry each, as ipa's {@code sauvegarderNoms}. */
  void putTexts(String address, Map<String, String> texts) {
    texts.forEach((language, text) -> store.put(address, language, IpldValue.of(text)));
  }

  /** Drops the object's sub-databases and root locally. */
  void drop(String id) {
    ObjectServices.subDatabases(store.entries(id)).values().forEach(store::drop);
    store.drop(id);
  }
}
