package org.constl.core.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.ConstellationController;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.OrbitDb;
import org.constl.orbitdb.OrbitDbAddress;

/** Reads what was stored straight from OrbitDB, to check layouts without the services. */
final class Layouts {

  private Layouts() {
  }

  static Database open(OrbitDb orbitDb, String address) throws Exception {
    return orbitDb.open(OrbitDbAddress.parse(address));
  }

  static Map<String, IpldValue> keyValues(OrbitDb orbitDb, String address) throws Exception {
    Map<String, IpldValue> entries = new LinkedHashMap<>();
    new KeyValue(open(orbitDb, address)).all().forEach(item -> entries.put(item.key(), item.value()));
    return entries;
  }

  static String type(OrbitDb orbitDb, String address) throws Exception {
    return open(orbitDb, address).type();
  }

  static ConstellationController controller(OrbitDb orbitDb, String address) throws Exception {
    return (ConstellationController) open(orbitDb, address).accessController();
  }

  static String string(Map<String, IpldValue> entries, String key) {
    return entries.get(key).asString();
  }
}
