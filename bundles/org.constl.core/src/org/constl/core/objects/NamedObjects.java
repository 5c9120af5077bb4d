package org.constl.core.objects;

/** Objects with multilingual names, each a keyvalue database {@code noms} of {@code {language: text}}. */
public interface NamedObjects {

  /** Sets the object's name in {@code language} (a free language code, e.g. {@code fr}). */
  void setName(String id, String language, String name);

  void removeName(String id, String language);
}
