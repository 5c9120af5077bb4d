package org.constl.ui.internal;

import java.util.List;
import org.constl.ui.DomainView;
import org.constl.ui.DomainViews;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.statushandlers.StatusManager;

/** One item per contributed domain view; the list is read each time the menu opens. */
final class DomainViewsMenu extends CompoundContributionItem {

  /** The stack of the domain views, beside the editor area. */
  static final String STACK_ID = "org.constl.ui.domainViews.stack";
  /** The share of the editor area's width the domain views take. */
  private static final float STACK_SHARE = 0.5f;

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
        IWorkbenchPage page = window.getActivePage();
        boolean placed = page.findViewReference(view.viewId()) != null;
        page.showView(view.viewId());
        if (!placed) {
          besideTheEditors(view.viewId());
        }
      } catch (PartInitException e) {
        StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
      }
    }
  }

  /**
   * Moves a domain view the perspective has no place for into a stack of its own right of the
   * editor area: the workbench would put it in the last stack, the narrow one of the Properties
   * view, where a chart is a strip. Views the user has placed stay where they are.
   */
  private void besideTheEditors(String viewId) {
    EModelService models = window.getService(EModelService.class);
    MPerspective perspective = models.getActivePerspective(window.getService(MWindow.class));
    List<MPlaceholder> shown = models.findElements(perspective, viewId, MPlaceholder.class, null);
    List<MPlaceholder> editors = models.findElements(perspective, IPageLayout.ID_EDITOR_AREA, MPlaceholder.class, null);
    if (shown.isEmpty() || editors.isEmpty()) {
      return;
    }
    MPartStack stack = models.findElements(perspective, STACK_ID, MPartStack.class, null).stream().findFirst()
        .orElseGet(() -> {
          MPartStack created = models.createModelElement(MPartStack.class);
          created.setElementId(STACK_ID);
          models.insert(created, editors.get(0), EModelService.RIGHT_OF, STACK_SHARE);
          return created;
        });
    stack.getChildren().add(shown.get(0));
    stack.setSelectedElement(shown.get(0));
  }
}
