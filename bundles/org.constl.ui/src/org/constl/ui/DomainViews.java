package org.constl.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The domain views contributed to {@code org.constl.ui.domainViews}, and the selection they read. */
public final class DomainViews {

  public static final String EXTENSION_POINT = "org.constl.ui.domainViews";

  private DomainViews() {
  }

  /** Every contributed view; a malformed contribution is logged and left out. */
  public static List<DomainView> all() {
    List<DomainView> views = new ArrayList<>();
    for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
      String viewId = element.getAttribute("view");
      String label = element.getAttribute("label");
      if (viewId == null || label == null) {
        ILog.of(DomainViews.class).warn("a domain view of " + element.getContributor().getName()
            + " lacks its view or label and is left out");
        continue;
      }
      String categories = element.getAttribute("categories");
      Set<String> categorySet = categories == null ? Set.of()
          : Arrays.stream(categories.split(",")).map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
      views.add(new DomainView(viewId, label, categorySet));
    }
    return views;
  }

  /** The views that can show the selection. */
  public static List<DomainView> applicableTo(ISelection selection) {
    Optional<SelectedColumn> column = selectedColumn(selection);
    return column.isEmpty() ? List.of() : all().stream().filter(v -> v.accepts(column.get())).toList();
  }

  /**
   * The column a selection stands for: its single element, or the selection itself, adapted to
   * {@link SelectedColumn}.
   */
  public static Optional<SelectedColumn> selectedColumn(ISelection selection) {
    if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
      SelectedColumn column = Adapters.adapt(structured.getFirstElement(), SelectedColumn.class);
      if (column != null) {
        return Optional.of(column);
      }
    }
    return Optional.ofNullable(Adapters.adapt(selection, SelectedColumn.class));
  }
}
