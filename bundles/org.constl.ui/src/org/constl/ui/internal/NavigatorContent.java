package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.TableRef;
import org.constl.ui.internal.NavigatorNode.Category;
import org.constl.ui.internal.NavigatorNode.Hint;
import org.constl.ui.internal.NavigatorNode.Item;
import org.constl.ui.internal.NavigatorNode.Kind;
import org.constl.ui.internal.NavigatorNode.Table;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** The navigator's tree over the {@link NavigatorModel}: what is under what, and how it is called. */
final class NavigatorContent {

  private NavigatorContent() {}

  static final class Tree implements ITreeContentProvider {

    private NavigatorModel model;

    /** Set when the model is there; until then only the categories show. */
    void model(NavigatorModel model) {
      this.model = model;
    }

    @Override
    public Object[] getElements(Object input) {
      return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
      return children((NavigatorNode) parent).toArray();
    }

    List<NavigatorNode> children(NavigatorNode parent) {
      if (model == null) {
        return List.of();
      }
      List<NavigatorNode> children = new ArrayList<>();
      switch (parent) {
        case Category category -> {
          model.failure(category.kind().name())
              .ifPresent(failure -> children.add(new Hint(parent, "Cannot be read: " + failure)));
          model.mine(category.kind()).forEach(id -> children.add(new Item(category.kind(), id)));
          if (children.isEmpty()) {
            children.add(new Hint(parent, emptyHint(category.kind())));
          }
        }
        case Item item when item.kind() == Kind.DATABASES -> {
          for (TableRef table : model.state(item.id(), DatabaseInfo.class).map(DatabaseInfo::tables)
              .orElse(List.of())) {
            children.add(new Table(item.id(), table.id(), table.key()));
          }
        }
        default -> { }
      }
      return children;
    }

    private static String emptyHint(Kind kind) {
      return "None yet: right-click, New > " + NavigatorActions.capitalised(kind.singular);
    }

    @Override
    public Object getParent(Object element) {
      return switch ((NavigatorNode) element) {
        case Item item -> new Category(item.kind());
        case Table table -> new Item(Kind.DATABASES, table.databaseId());
        case Hint hint -> hint.parent();
        case Category category -> null;
      };
    }

    @Override
    public boolean hasChildren(Object element) {
      return switch ((NavigatorNode) element) {
        case Category category -> true;
        case Item item -> item.kind() == Kind.DATABASES && !children(item).isEmpty();
        default -> false;
      };
    }
  }

  static final class Labels extends LabelProvider {

    private final Tree tree;

    Labels(Tree tree) {
      this.tree = tree;
    }

    @Override
    public String getText(Object element) {
      NavigatorModel model = tree.model;
      return switch ((NavigatorNode) element) {
        case Category category -> category.kind().label
            + (model == null ? "" : " (" + model.mine(category.kind()).size() + ")");
        case Item item -> model.label(item.id(), item.id())
            + model.failure(item.id()).map(f -> " (cannot be read: " + f + ")").orElse("");
        case Table table -> model.label(table.tableId(), table.key());
        case Hint hint -> hint.text();
      };
    }

    @Override
    public Image getImage(Object element) {
      String key = switch ((NavigatorNode) element) {
        case Category category -> ISharedImages.IMG_OBJ_FOLDER;
        case Item item -> ISharedImages.IMG_OBJ_ELEMENT;
        case Table table -> ISharedImages.IMG_OBJ_FILE;
        case Hint hint -> ISharedImages.IMG_OBJS_INFO_TSK;
      };
      return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }
  }
}
