package org.constl.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.internal.BuiltInRuleTypes;

/** The installed rule types, by id. Immutable. */
public final class RuleTypes {

  private static final RuleTypes BUILT_IN = new RuleTypes(Map.of()).withAll(BuiltInRuleTypes.all());

  private final Map<String, RuleType> byId;

  private RuleTypes(Map<String, RuleType> byId) {
    this.byId = byId;
  }

  /** ipa's four: {@code existe}, {@code catégorie}, {@code bornes}, {@code valeurCatégorique}. */
  public static RuleTypes builtIn() {
    return BUILT_IN;
  }

  /**
   * These types and one more.
   *
   * @throws IllegalArgumentException when a type of that id is installed already
   */
  public RuleTypes with(RuleType type) {
    if (byId.containsKey(type.id())) {
      throw new IllegalArgumentException("a rule type " + type.id() + " is installed already");
    }
    Map<String, RuleType> more = new LinkedHashMap<>(byId);
    more.put(type.id(), type);
    return new RuleTypes(Collections.unmodifiableMap(more));
  }

  public Optional<RuleType> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** In the order they were added, the built-in ones first. */
  public List<RuleType> all() {
    return List.copyOf(byId.values());
  }

  private RuleTypes withAll(List<RuleType> types) {
    RuleTypes result = this;
    for (RuleType type : types) {
      result = result.with(type);
    }
    return result;
  }
}
