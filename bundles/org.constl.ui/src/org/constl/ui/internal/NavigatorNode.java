package org.constl.ui.internal;

import java.util.Objects;

/** What the data navigator's tree holds: the four categories, the objects, tables and hints. */
sealed interface NavigatorNode {

  /** The kinds of objects a curator keeps, in the order the navigator lists them. */
  enum Kind {
    DATABASES("Databases", "database"),
    VARIABLES("Variables", "variable"),
    KEYWORDS("Keywords", "keyword"),
    PROJECTS("Projects", "project");

    final String label;
    /** How a menu or dialog calls one of them. */
    final String singular;

    Kind(String label, String singular) {
      this.label = label;
      this.singular = singular;
    }
  }

  /** A category at the top of the tree. */
  record Category(Kind kind) implements NavigatorNode {
    public Category {
      Objects.requireNonNull(kind);
    }
  }

  /** A database, variable, keyword or project of the account. */
  record Item(Kind kind, String id) implements NavigatorNode {
    public Item {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(id);
    }
  }

  /** A table of a database. */
  record Table(String databaseId, String tableId, String key) implements NavigatorNode {
    public Table {
      Objects.requireNonNull(databaseId);
      Objects.requireNonNull(tableId);
      Objects.requireNonNull(key);
    }
  }

  /** A line that tells the user what to do, where a list is empty or cannot be read. */
  record Hint(NavigatorNode parent, String text) implements NavigatorNode {
    public Hint {
      Objects.requireNonNull(text);
    }
  }
}
