package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.ipld.IpldValue;

/**
 * Tables ({@code tableau}, ipa's {@code client.tableaux}), created in a database through
 * {@link Databases#addTable}. A table is a keyvalue database with {@code type: "tableau"} and
 * the keyvalue sub-databases {@code noms}, {@code données} (rows), {@code colonnes}
 * ({@code {idColonne: {id, variable?, index?}}}) and {@code règles}
 * ({@code {idRègle: règleColonne}}), all under the database's controller.
 *
 * <p>The rows' paged, indexed view is {@code org.constl.core.rows.TableRows}' business; this
 * service only creates the {@code données} database ({@link TableInfo#rowsAddress}) and writes
 * rows the simple way ipa does.
 */
public interface Tables extends NamedObjects {

  TableInfo get(String tableId);

  Subscription subscribe(String tableId, Consumer<TableInfo> listener);

  /**
   * Adds a column holding {@code variableId} (or none), with id {@code columnId} or a new UUID;
   * returns the column id.
   */
  String addColumn(String tableId, Optional<String> variableId, Optional<String> columnId);

  void removeColumn(String tableId, String columnId);

  /**
   * Binds the column to {@code variableId}, or to no variable, keeping its id (so its cells) and
   * whether it is an index column; as ipa's {@code ajouterColonneTableau} with the column's id,
   * which would also drop {@code index}.
   *
   * @throws InvalidRequestException when the table has no such column
   */
  void setColumnVariable(String tableId, String columnId, Optional<String> variableId);

  /**
   * Makes the column an index column or not ({@code changerColIndex}).
   *
   * @throws InvalidRequestException when the table has no such column
   */
  void setIndex(String tableId, String columnId, boolean index);

  /** Adds a table rule on a column ({@code source: {type: "tableau"}}); returns the rule id. */
  String addRule(String tableId, String columnId, Rule rule);

  void removeRule(String tableId, String ruleId);

  /**
   * Replaces the table rule kept under {@code ruleId}, which keeps its id, with {@code rule} on
   * {@code columnId} (ipa has no such call for tables; this is {@code modifierRègleVariable}'s
   * delete-then-put, in one entry).
   *
   * @throws InvalidRequestException when the table has no rule of that id
   */
  void replaceRule(String tableId, String ruleId, String columnId, Rule rule);

  /**
   * Every rule that applies to the table's columns, as ipa's {@code suivreRègles} assembles them:
   * the table's rules, then each variable's implied {@code catégorie} rule and own rules.
   */
  List<ColumnRule> rules(String tableId);

  /**
   * The columns, their variables' names, every rule that applies ({@link #rules}) and the
   * columns of other tables that rules take their allowed values from, read now.
   */
  TableDefinition definition(String tableId);

  /**
   * The definition, again after each change to the table's columns or rules, to their variables,
   * or to the tables rules take values from (their rows included); not after a change to the
   * table's own rows.
   */
  Subscription subscribeDefinition(String tableId, Consumer<TableDefinition> listener);

  /**
   * Adds rows as ipa's {@code ajouterÉlément} does, in one write; each row's key is
   * {@link RowKeys#of} (a row with the index values of an existing one replaces it). Returns the
   * keys, in order.
   */
  List<String> addRows(String tableId, List<Map<String, IpldValue>> rows);

  /** The rows, by key, as stored (no paging: for small tables, copies and scores). */
  Map<String, Map<String, IpldValue>> rows(String tableId);

  /**
   * Copies the table into database {@code databaseId} (sharing that database's controller):
   * names, columns, rules and, when {@code withRows}, rows. The copy is not listed in any
   * database; {@link Databases#copy} lists the copies it makes.
   */
  String copy(String tableId, String databaseId, boolean withRows);
}
