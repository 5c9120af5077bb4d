package org.constl.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.RuleTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** Rule types registered as OSGi services reach the validator's types through DS. */
class RuleTypeWhiteboardTest {

  private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

  private record Named(String id) implements RuleType {
    @Override
    public String label() {
      return id;
    }

    @Override
    public List<RuleParameter> parameters() {
      return List.of();
    }

    @Override
    public RuleCheck prepare(ColumnRule rule, RuleContext ruleContext) {
      return (rowKey, cells, sink) -> sink.violation(rowKey, "always");
    }
  }

  @Test
  void aRegisteredTypeIsInstalledUntilItIsUnregistered() throws Exception {
    InstalledRuleTypes installed = service();
    AtomicInteger changes = new AtomicInteger();
    RuleType type = new Named("essai.toujours");
    try (AutoCloseable subscription = installed.subscribe(changes::incrementAndGet)) {
      ServiceRegistration<RuleType> registration = context.registerService(RuleType.class, type, null);
      try {
        assertSame(type, installed.current().find("essai.toujours").orElseThrow());
        assertEquals(RuleTypes.builtIn().all().size() + 1, installed.current().all().size());
      } finally {
        registration.unregister();
      }
      assertTrue(installed.current().find("essai.toujours").isEmpty());
      assertEquals(2, changes.get(), "one change for the registration, one for its end");
    }
  }

  @Test
  void aTypeCannotTakeTheIdOfABuiltInOne() throws Exception {
    InstalledRuleTypes installed = service();
    RuleType builtIn = RuleTypes.builtIn().find(RuleFormat.BOUNDS).orElseThrow();
    ServiceRegistration<RuleType> registration =
        context.registerService(RuleType.class, new Named(RuleFormat.BOUNDS), null);
    try {
      assertSame(builtIn, installed.current().find(RuleFormat.BOUNDS).orElseThrow());
      assertEquals(RuleTypes.builtIn().all(), installed.current().all());
    } finally {
      registration.unregister();
    }
  }

  /** Held open during a test, so that DS keeps the (delayed) component active. */
  private final ServiceTracker<InstalledRuleTypes, InstalledRuleTypes> tracker =
      new ServiceTracker<>(context, InstalledRuleTypes.class, null);

  @AfterEach
  void closeTracker() {
    tracker.close();
  }

  private InstalledRuleTypes service() throws InterruptedException {
    tracker.open();
    InstalledRuleTypes installed = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
    assertNotNull(installed, "the InstalledRuleTypes component was not published by DS");
    return installed;
  }
}
