package org.constl.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** OSGi services for UI code, which is created by the workbench rather than by DS. */
final class Services {

  private static final String CAUSED_BY = "Caused by: ";

  private Services() {}

  /** The service, or null when none is registered. */
  static <T> T find(Class<T> type) {
    BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
    ServiceReference<T> reference = context.getServiceReference(type);
    return reference == null ? null : context.getService(reference);
  }

  /**
   * Why the Declarative Services component that provides this service failed to start, as its
   * own exception says it (the DS runtime keeps the failure, the user would otherwise have to
   * find it in the log); empty when none failed.
   */
  static Optional<String> startFailure(Class<?> type) {
    ServiceComponentRuntime runtime = find(ServiceComponentRuntime.class);
    if (runtime == null) {
      return Optional.empty();
    }
    for (ComponentDescriptionDTO component : runtime.getComponentDescriptionDTOs()) {
      if (component.serviceInterfaces != null && Arrays.asList(component.serviceInterfaces).contains(type.getName())) {
        for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(component)) {
          if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION && configuration.failure != null) {
            return Optional.of(reason(configuration.failure));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The message of the first of our own exceptions in a stack trace (a wrapper of the runtime's
   * may come first), else of its deepest cause; without the exception's class name.
   */
  static String reason(String stackTrace) {
    List<String> thrown = stackTrace.lines().filter(line -> !line.startsWith("\t") && !line.isBlank())
        .map(line -> line.startsWith(CAUSED_BY) ? line.substring(CAUSED_BY.length()) : line).toList();
    if (thrown.isEmpty()) {
      return stackTrace;
    }
    String line = thrown.stream().filter(t -> t.startsWith("org.constl.")).findFirst().orElse(thrown.getLast());
    int colon = line.indexOf(": ");
    return colon < 0 ? line : line.substring(colon + 2);
  }
}
