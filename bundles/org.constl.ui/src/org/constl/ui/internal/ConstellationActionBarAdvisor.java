package org.constl.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menus File, Edit, Window and Help, with the places where other plugins add their items. */
final class ConstellationActionBarAdvisor extends ActionBarAdvisor {

  static final String FILE_MENU = IWorkbenchActionConstants.M_FILE;
  static final String EDIT_MENU = IWorkbenchActionConstants.M_EDIT;
  static final String WINDOW_MENU = IWorkbenchActionConstants.M_WINDOW;
  static final String HELP_MENU = IWorkbenchActionConstants.M_HELP;

  private IWorkbenchAction save;
  private IWorkbenchAction quit;
  private IWorkbenchAction undo;
  private IWorkbenchAction redo;
  private IWorkbenchAction cut;
  private IWorkbenchAction copy;
  private IWorkbenchAction paste;
  private IWorkbenchAction delete;
  private IWorkbenchAction selectAll;
  private IWorkbenchAction resetPerspective;
  private IWorkbenchAction preferences;
  private AboutAction about;
  private InstallFromSiteAction installFromSite;

  ConstellationActionBarAdvisor(IActionBarConfigurer configurer) {
    super(configurer);
  }

  @Override
  protected void makeActions(IWorkbenchWindow window) {
    save = registered(ActionFactory.SAVE.create(window));
    quit = registered(ActionFactory.QUIT.create(window));
    undo = registered(ActionFactory.UNDO.create(window));
    redo = registered(ActionFactory.REDO.create(window));
    cut = registered(ActionFactory.CUT.create(window));
    copy = registered(ActionFactory.COPY.create(window));
    paste = registered(ActionFactory.PASTE.create(window));
    delete = registered(ActionFactory.DELETE.create(window));
    selectAll = registered(ActionFactory.SELECT_ALL.create(window));
    resetPerspective = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
    preferences = registered(ActionFactory.PREFERENCES.create(window));
    about = new AboutAction(window);
    installFromSite = new InstallFromSiteAction(window);
  }

  /** Registers the action so that its key binding works and it is disposed with the window. */
  private IWorkbenchAction registered(IWorkbenchAction action) {
    register(action);
    return action;
  }

  @Override
  protected void fillMenuBar(IMenuManager menuBar) {
    MenuManager file = new MenuManager("&File", FILE_MENU);
    file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
    file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
    file.add(new Separator());
    file.add(save);
    file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    file.add(new Separator());
    file.add(quit);
    file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

    MenuManager edit = new MenuManager("&Edit", EDIT_MENU);
    edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
    edit.add(undo);
    edit.add(redo);
    edit.add(new Separator());
    edit.add(cut);
    edit.add(copy);
    edit.add(paste);
    edit.add(new Separator());
    edit.add(delete);
    edit.add(selectAll);
    edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

    MenuManager window = new MenuManager("&Window", WINDOW_MENU);
    MenuManager showView = new MenuManager("Show &View", "showView");
    showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(
        getActionBarConfigurer().getWindowConfigurer().getWindow()));
    window.add(showView);
    MenuManager domainViews = new MenuManager("Show &Domain View", "domainViews");
    domainViews.add(new DomainViewsMenu(getActionBarConfigurer().getWindowConfigurer().getWindow()));
    window.add(domainViews);
    window.add(resetPerspective);
    window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    window.add(new Separator());
    window.add(preferences);

    MenuManager help = new MenuManager("&Help", HELP_MENU);
    help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
    help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    help.add(new Separator());
    help.add(installFromSite);
    help.add(about);
    help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

    menuBar.add(file);
    menuBar.add(edit);
    menuBar.add(window);
    menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    menuBar.add(help);
  }
}
