package org.constl.core.objects;

import java.util.List;
import java.util.function.Consumer;
import org.constl.core.rules.Rule;
import org.constl.core.rules.VariableCategory;

/**
 * Variables (ipa's {@code client.variables}): a keyvalue database with {@code type: "variable"},
 * its {@code catégorie}, optional {@code unités}, {@code statut} and the keyvalue sub-databases
 * {@code noms}, {@code descriptions} and {@code règles} ({@code {idRègle: règleVariable}}).
 */
public interface Variables extends DescribedObjects {

  /** The ids of the account's variables ({@code variables} set), oldest first. */
  List<String> mine();

  Subscription subscribeMine(Consumer<List<String>> listener);

  /** Creates a variable, lists it in the account and pins it, as {@code créerVariable}. */
  String create(VariableCategory category);

  VariableInfo get(String id);

  Subscription subscribe(String id, Consumer<VariableInfo> listener);

  void setCategory(String id, VariableCategory category);

  /** Sets the unit, free text ({@code unités}). */
  void setUnit(String id, String unit);

  /** Adds a rule under a new UUID; returns its id. */
  String addRule(String id, Rule rule);

  void removeRule(String id, String ruleId);

  /** Replaces the rule kept under {@code ruleId} ({@code modifierRègleVariable}). */
  void replaceRule(String id, String ruleId, Rule rule);

  void setStatus(String id, ObjectStatus status);

  /** A new variable with the same category, names, descriptions, unit, rules and status. */
  String copy(String id);

  /** Unlists, unpins and drops the variable locally. */
  void delete(String id);
}
