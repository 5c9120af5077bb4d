package org.constl.ui;

import java.util.Objects;
import java.util.Set;

/**
 * A view of {@code org.constl.ui.domainViews}: an Eclipse view bound to the table editor's
 * selection.
 *
 * @param viewId the id of the view, contributed to {@code org.eclipse.ui.views}
 * @param label what the "Show in" menu says
 * @param categories the base categories of the columns it shows, as stored (e.g. {@code numérique});
 *     empty for any column
 */
public record DomainView(String viewId, String label, Set<String> categories) {

  public DomainView {
    Objects.requireNonNull(viewId);
    Objects.requireNonNull(label);
    categories = Set.copyOf(categories);
  }

  /** Whether the view can show this column. */
  public boolean accepts(SelectedColumn column) {
    return categories.isEmpty()
        || column.category().map(c -> categories.contains(c.base().stored())).orElse(false);
  }
}
