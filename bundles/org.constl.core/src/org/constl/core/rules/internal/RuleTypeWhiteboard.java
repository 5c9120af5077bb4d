package org.constl.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.RuleTypes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Collects the {@link RuleType} services (the whiteboard pattern) on top of the built-in types.
 * A type whose id is taken already is left out and logged: the first one installed keeps it,
 * so a plug-in can never replace one of ipa's types.
 */
@Component(service = InstalledRuleTypes.class)
public final class RuleTypeWhiteboard implements InstalledRuleTypes {

  private static final Logger LOG = Logger.getLogger(RuleTypeWhiteboard.class.getName());

  private final List<RuleType> added = new ArrayList<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile RuleTypes current = RuleTypes.builtIn();

  @Override
  public RuleTypes current() {
    return current;
  }

  @Override
  public AutoCloseable subscribe(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addRuleType(RuleType type) {
    synchronized (added) {
      added.add(type);
      rebuild();
    }
    notifyListeners();
  }

  void removeRuleType(RuleType type) {
    synchronized (added) {
      added.remove(type);
      rebuild();
    }
    notifyListeners();
  }

  private void rebuild() {
    RuleTypes types = RuleTypes.builtIn();
    for (RuleType type : added) {
      if (types.find(type.id()).isPresent()) {
        LOG.warning(() -> "rule type " + type.id() + " of " + type.getClass().getName()
            + " is left out: a rule type of that id is installed already");
        continue;
      }
      types = types.with(type);
    }
    current = types;
  }

  private void notifyListeners() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}
