package org.constl.ui.internal;

import org.constl.ui.DomainView;
import org.constl.ui.DomainViews;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.statushandlers.StatusManager;

/** One item per contributed domain view; the list is read each time the menu opens. */
final class DomainViewsMenu extends CompoundContributionItem {

  private final IWorkbenchWindow window;

  DomainViewsMenu(IWorkbenchWindow window) {
    super("org.constl.ui.domainViews.menu");
    this.window = window;
  }

  @Override
  protected IContributionItem[] getContributionItems() {
    return DomainViews.all().stream().map(view -> new ActionContributionItem(new ShowDomainView(view)))
        .toArray(IContributionItem[]::new);
  }

  private final class ShowDomainView extends Action {
    private final DomainView view;

    ShowDomainView(DomainView view) {
      super(view.label());
      this.view = view;
    }

    @Override
    public void run() {
      try {
        window.getActivePage().showView(view.viewId());
      } catch (PartInitException e) {
        StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
      }
    }
  }
}
