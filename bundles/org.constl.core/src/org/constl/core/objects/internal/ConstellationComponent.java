package org.constl.core.objects.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.constl.core.objects.Account;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.Databases;
import org.constl.core.objects.Keywords;
import org.constl.core.objects.PassphraseFile;
import org.constl.core.objects.Projects;
import org.constl.core.objects.StorageFailureException;
import org.constl.core.objects.Tables;
import org.constl.core.objects.Translations;
import org.constl.core.objects.Variables;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Constellation} as a service, once a {@link DataFolder} service is there (the workbench
 * registers the folder it opened): opens the folder's store and this device's identity (creating
 * it on first use), then the account. Keys encrypted with a passphrase are read with the
 * passphrase in the file named by the framework property {@value #PASSPHRASE_FILE}.
 */
@Component(service = Constellation.class)
public final class ConstellationComponent implements Constellation {

  /** Framework property: a file holding the passphrase of this device's keys. */
  static final String PASSPHRASE_FILE = "constellation.passphrase.file";

  private final LocalStore store;
  private final OrbitDb orbitDb;
  private final Constellation services;

  @Activate
  public ConstellationComponent(@Reference DataFolder folder, BundleContext context) {
    String passphraseFile = context.getProperty(PASSPHRASE_FILE);
    char[] passphrase = passphraseFile == null ? null : PassphraseFile.read(Path.of(passphraseFile));
    LogWriter writer;
    try {
      writer = DeviceIdentity.loadOrCreate(folder.path(), passphrase);
    } catch (IOException e) {
      throw new ConstellationException("cannot read this device's identity in " + folder.path() + ": "
          + e.getMessage(), e);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
    try {
      store = LocalStore.open(folder);
    } catch (StoreException e) {
      throw new StorageFailureException("cannot open the store of " + folder.path() + ": " + e.getMessage(), e);
    }
    orbitDb = new OrbitDb(store, writer, List.of());
    try {
      services = ObjectServices.open(orbitDb);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Deactivate
  void close() {
    orbitDb.close();
    store.close();
  }

  @Override
  public Account account() {
    return services.account();
  }

  @Override
  public Databases databases() {
    return services.databases();
  }

  @Override
  public Tables tables() {
    return services.tables();
  }

  @Override
  public Variables variables() {
    return services.variables();
  }

  @Override
  public Keywords keywords() {
    return services.keywords();
  }

  @Override
  public Projects projects() {
    return services.projects();
  }

  @Override
  public Translations translations() {
    return services.translations();
  }

  @Override
  public OrbitDb orbitDb() {
    return orbitDb;
  }
}
