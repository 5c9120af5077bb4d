package org.constl.core.objects;

/** Objects with multilingual names and descriptions ({@code descriptions}: {@code {language: text}}). */
public interface DescribedObjects extends NamedObjects {

  void setDescription(String id, String language, String description);

  void removeDescription(String id, String language);
}
