package org.constl.core.objects;

/** The limit ipa puts on the images of profiles, databases and projects ({@code MAX_TAILLE_IMAGE}). */
public final class Images {

  /** 500 kB. */
  public static final int MAX_BYTES = 500 * 1000;

  private Images() {
  }
}
