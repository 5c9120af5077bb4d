package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.KeywordInfo;
import org.constl.core.objects.ProjectInfo;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.TableInfo;
import org.constl.core.objects.TableRef;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.TableColumn;
import org.constl.ui.Names;
import org.constl.ui.internal.NavigatorNode.Kind;

/**
 * The account's objects as the navigator shows them, kept current by subscriptions: the lists of
 * my databases, variables, keywords and projects, the state of each, and of each database's
 * tables. Listeners of the object services are called off the UI thread; this model only stores
 * what they say and calls {@code changed}, which must hand the refresh over to the UI thread.
 */
final class NavigatorModel implements AutoCloseable {

  private final Constellation constellation;
  private final Runnable changed;
  private final Map<Kind, List<String>> mine = new EnumMap<>(Kind.class);
  /** Each object's and table's latest state (a record of org.constl.core.objects), by id. */
  private final Map<String, Object> states = new ConcurrentHashMap<>();
  /** What could not be read, by object id or by kind's name, for the tree to say so. */
  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final List<Subscription> lists = new ArrayList<>();
  private volatile boolean closed;

  NavigatorModel(Constellation constellation, Runnable changed) {
    this.constellation = constellation;
    this.changed = changed;
    for (Kind kind : Kind.values()) {
      mine.put(kind, List.of());
      try {
        lists.add(subscribeMine(kind, ids -> listChanged(kind, ids)));
      } catch (ConstellationException e) {
        failures.put(kind.name(), e.getMessage());
      }
    }
  }

  Constellation constellation() {
    return constellation;
  }

  synchronized List<String> mine(Kind kind) {
    return mine.get(kind);
  }

  /** The latest state of an object or table, if it was read. */
  <T> Optional<T> state(String id, Class<T> type) {
    return Optional.ofNullable(states.get(id)).filter(type::isInstance).map(type::cast);
  }

  Optional<String> failure(String idOrKind) {
    return Optional.ofNullable(failures.get(idOrKind));
  }

  private void listChanged(Kind kind, List<String> ids) {
    Set<String> gone;
    synchronized (this) {
      if (closed) {
        return;
      }
      gone = new HashSet<>(mine.get(kind));
      gone.removeAll(ids);
      mine.put(kind, List.copyOf(ids));
    }
    gone.forEach(this::unfollow);
    ids.forEach(id -> follow(id, listener -> subscribeObject(kind, id, listener)));
    changed.run();
  }

  /** Subscribes to an object once; its state arrives in {@link #states}. */
  private void follow(String id, SubscribeCall call) {
    if (closed || subscriptions.containsKey(id)) {
      return;
    }
    try {
      Subscription subscription = call.subscribe(state -> stateChanged(id, state));
      if (subscriptions.putIfAbsent(id, subscription) != null || closed) {
        subscription.close();
      }
    } catch (ConstellationException e) {
      failures.put(id, e.getMessage());
      changed.run();
    }
  }

  private void stateChanged(String id, Object state) {
    if (closed) {
      return;
    }
    Object previous = states.put(id, state);
    failures.remove(id);
    if (state instanceof DatabaseInfo database) {
      for (TableRef table : database.tables()) {
        follow(table.id(), listener -> constellation.tables().subscribe(table.id(), listener::accept));
      }
      if (previous instanceof DatabaseInfo before) {
        before.tables().stream().filter(table -> !database.tables().contains(table))
            .forEach(table -> unfollow(table.id()));
      }
    }
    changed.run();
  }

  private void unfollow(String id) {
    Subscription subscription = subscriptions.remove(id);
    if (subscription != null) {
      subscription.close();
    }
    if (states.remove(id) instanceof DatabaseInfo database) {
      database.tables().forEach(table -> unfollow(table.id()));
    }
  }

  private Subscription subscribeMine(Kind kind, Consumer<List<String>> listener) {
    return switch (kind) {
      case DATABASES -> constellation.databases().subscribeMine(listener);
      case VARIABLES -> constellation.variables().subscribeMine(listener);
      case KEYWORDS -> constellation.keywords().subscribeMine(listener);
      case PROJECTS -> constellation.projects().subscribeMine(listener);
    };
  }

  private Subscription subscribeObject(Kind kind, String id, Consumer<Object> listener) {
    return switch (kind) {
      case DATABASES -> constellation.databases().subscribe(id, (DatabaseInfo state) -> listener.accept(state));
      case VARIABLES -> constellation.variables().subscribe(id, (VariableInfo state) -> listener.accept(state));
      case KEYWORDS -> constellation.keywords().subscribe(id, (KeywordInfo state) -> listener.accept(state));
      case PROJECTS -> constellation.projects().subscribe(id, (ProjectInfo state) -> listener.accept(state));
    };
  }

  /** The names of an object or table, empty until its state is read. */
  Map<String, String> names(String id) {
    Object state = states.get(id);
    return switch (state) {
      case DatabaseInfo database -> database.names();
      case TableInfo table -> table.names();
      case VariableInfo variable -> variable.names();
      case KeywordInfo keyword -> keyword.names();
      case ProjectInfo project -> project.names();
      case null, default -> Map.of();
    };
  }

  /** What the tree shows for an object or table: its name in the user's language, else {@code fallback}. */
  String label(String id, String fallback) {
    return Names.pick(names(id), fallback);
  }

  /** A column as users know it: by its variable's name; the column id (often a UUID) otherwise. */
  String columnLabel(TableColumn column) {
    return column.variableId().map(id -> label(id, column.id())).orElse(column.id());
  }

  /** The column of that id among {@code columns}, as users know it; its id when it is not there. */
  String columnLabel(List<TableColumn> columns, String columnId) {
    return columns.stream().filter(c -> c.id().equals(columnId)).findFirst().map(this::columnLabel).orElse(columnId);
  }

  @FunctionalInterface
  private interface SubscribeCall {
    Subscription subscribe(Consumer<Object> listener);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    lists.forEach(Subscription::close);
    subscriptions.values().forEach(Subscription::close);
    subscriptions.clear();
  }
}
