package org.constl.core.objects.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.constl.core.objects.Account;
import org.constl.core.objects.InvalidRequestException;
import org.constl.core.objects.ObjectStatus;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.VariableInfo;
import org.constl.core.objects.Variables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.KeyValue;

/** Variables ({@code variables.ts}). */
final class VariableService extends DescribedService implements Variables {

  VariableService(ObjectStore store, AccountService account) {
    super(store, account, Layout.KIND_VARIABLE, "variable", Account.VARIABLES);
  }

  /** In the order of ipa's {@code créerVariable}: listed and pinned before it has a type. */
  @Override
  public String create(VariableCategory category) {
    String id = store.create(KeyValue.TYPE, account.id());
    account.list(Account.VARIABLES, id);
    account.pin(id, FavouritePins.variable());
    String controller = store.controller(id);
    store.put(id, Layout.TYPE, IpldValue.of(Layout.KIND_VARIABLE));
    store.put(id, Layout.NAMES, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.DESCRIPTIONS, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.RULES, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.CATEGORY, RuleFormat.writeCategory(category));
    store.put(id, Layout.STATUS, Layout.status(ObjectStatus.ACTIVE));
    return id;
  }

  @Override
  public VariableInfo get(String id) {
    Map<String, IpldValue> root = root(id);
    return new VariableInfo(id, category(root), texts(sub(id, root, Layout.NAMES)),
        texts(sub(id, root, Layout.DESCRIPTIONS)), Layout.string(Optional.ofNullable(root.get(Layout.UNITS))),
        rules(sub(id, root, Layout.RULES)), Layout.status(Optional.ofNullable(root.get(Layout.STATUS))));
  }

  @Override
  public Subscription subscribe(String id, Consumer<VariableInfo> listener) {
    return Live.start(store, () -> get(id), () -> databases(id), listener);
  }

  @Override
  public void setCategory(String id, VariableCategory category) {
    root(id);
    store.put(id, Layout.CATEGORY, RuleFormat.writeCategory(category));
  }

  @Override
  public void setUnit(String id, String unit) {
    root(id);
    store.put(id, Layout.UNITS, IpldValue.of(unit));
  }

  @Override
  public String addRule(String id, Rule rule) {
    return putNewRule(id, ruleId -> RuleFormat.writeRule(rule));
  }

  @Override
  public void removeRule(String id, String ruleId) {
    deleteRule(id, ruleId);
  }

  /** As ipa's {@code modifierRègleVariable}: deleted, then put again under the same id. */
  @Override
  public void replaceRule(String id, String ruleId, Rule rule) {
    String rules = sub(id, Layout.RULES);
    store.delete(rules, ruleId);
    store.put(rules, ruleId, RuleFormat.writeRule(rule));
  }

  @Override
  public void setStatus(String id, ObjectStatus status) {
    root(id);
    store.put(id, Layout.STATUS, Layout.status(status));
  }

  /** As ipa's {@code copierVariable}; rules keep their ids. */
  @Override
  public String copy(String id) {
    Map<String, IpldValue> source = root(id);
    VariableInfo info = get(id);
    IpldValue category = source.get(Layout.CATEGORY);
    String copy = create(info.category().orElseThrow(() -> new InvalidRequestException(
        "the variable " + id + " has no category ipa knows: " + category)));
    putTexts(sub(copy, Layout.NAMES), info.names());
    putTexts(sub(copy, Layout.DESCRIPTIONS), info.descriptions());
    info.unit().ifPresent(unit -> store.put(copy, Layout.UNITS, IpldValue.of(unit)));
    String rules = sub(copy, Layout.RULES);
    store.entries(sub(id, source, Layout.RULES)).forEach((ruleId, rule) -> store.put(rules, ruleId, rule));
    store.put(copy, Layout.STATUS, Layout.status(info.status()));
    return copy;
  }

  private static Optional<VariableCategory> category(Map<String, IpldValue> root) {
    IpldValue stored = root.get(Layout.CATEGORY);
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleFormat.readCategory(stored));
    } catch (RuleFormatException e) {
      return Optional.empty();
    }
  }

  private List<VariableRule> rules(String address) {
    List<VariableRule> rules = new ArrayList<>();
    store.entries(address).forEach((ruleId, value) -> {
      try {
        rules.add(RuleFormat.readVariableRule(ruleId, value));
      } catch (RuleFormatException e) {
        // Not a rule ipa would apply as written.
      }
    });
    return rules;
  }
}
