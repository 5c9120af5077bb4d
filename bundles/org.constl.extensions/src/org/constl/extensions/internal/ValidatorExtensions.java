package org.constl.extensions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.constl.core.rules.RuleType;
import org.constl.extensions.ExtensionPoints;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Publishes each {@code <ruleType>} of the validators extension point as a {@link RuleType}
 * service, which core's {@code InstalledRuleTypes} collects; follows plug-ins that come and go.
 */
@Component(immediate = true)
public final class ValidatorExtensions implements IRegistryEventListener {

  private static final Logger LOG = Logger.getLogger(ValidatorExtensions.class.getName());

  private final IExtensionRegistry registry;
  private final BundleContext context;
  private final Map<IExtension, List<ServiceRegistration<RuleType>>> published = new HashMap<>();

  @Activate
  public ValidatorExtensions(BundleContext context) {
    // Not a DS reference: the registry bundle is lazy, and asking the factory is what starts it.
    this.registry = RegistryFactory.getRegistry();
    this.context = context;
    registry.addListener(this, ExtensionPoints.VALIDATORS);
    IExtensionPoint point = registry.getExtensionPoint(ExtensionPoints.VALIDATORS);
    if (point != null) {
      added(point.getExtensions());
    }
  }

  @Deactivate
  void deactivate() {
    registry.removeListener(this);
    synchronized (published) {
      published.values().forEach(registrations -> registrations.forEach(ServiceRegistration::unregister));
      published.clear();
    }
  }

  @Override
  public void added(IExtension[] extensions) {
    for (IExtension extension : extensions) {
      List<ServiceRegistration<RuleType>> registrations = new ArrayList<>();
      for (IConfigurationElement element : extension.getConfigurationElements()) {
        try {
          RuleType type = ContributedRuleType.of(element);
          registrations.add(context.registerService(RuleType.class, type, null));
        } catch (IllegalArgumentException e) {
          LOG.warning(() -> "a rule type is left out: " + e.getMessage());
        }
      }
      synchronized (published) {
        published.put(extension, registrations);
      }
    }
  }

  @Override
  public void removed(IExtension[] extensions) {
    for (IExtension extension : extensions) {
      List<ServiceRegistration<RuleType>> registrations;
      synchronized (published) {
        registrations = published.remove(extension);
      }
      if (registrations != null) {
        registrations.forEach(ServiceRegistration::unregister);
      }
    }
  }

  @Override
  public void added(IExtensionPoint[] extensionPoints) {
    // Only the extensions of the one point we listen to matter.
  }

  @Override
  public void removed(IExtensionPoint[] extensionPoints) {
    // As above.
  }
}
