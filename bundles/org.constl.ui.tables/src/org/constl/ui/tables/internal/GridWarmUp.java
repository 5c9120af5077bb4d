package org.constl.ui.tables.internal;

import java.util.List;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.factory.primitive.IntBooleanMaps;
import org.eclipse.collections.api.factory.primitive.IntDoubleMaps;
import org.eclipse.collections.api.factory.primitive.IntIntMaps;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.factory.primitive.IntObjectMaps;
import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.factory.primitive.ObjectIntMaps;
import org.eclipse.ui.IStartup;

/**
 * Done once, off the UI thread, when the workbench has started, so that the first table opened
 * does not wait for it: NatTable's collection factories. Each one finds its implementation
 * through a ServiceLoader, which SPI Fly answers by scanning every bundle's headers: 0.4 s or more
 * for the sets alone, which the first grid's first paint would otherwise wait for.
 */
public final class GridWarmUp implements IStartup {

  @Override
  public void earlyStartup() {
    // Reading a factory initialises its class. The sets first, and one made: every grid's paint
    // makes sets, and making the first loads their implementation's classes too.
    Sets.mutable.empty();
    List.of(Maps.mutable, IntLists.mutable, IntSets.mutable, IntIntMaps.mutable, IntObjectMaps.mutable,
        ObjectIntMaps.mutable, IntDoubleMaps.mutable, IntBooleanMaps.mutable);
  }
}
