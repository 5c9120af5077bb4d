package org.constl.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under target/screenshots, for people to look at. */
final class Screenshots {

  private Screenshots() {}

  static Path folder() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("constl.screenshots", "target/screenshots")));
  }

  /** Captures the shell as it is on screen, after pending paints. */
  static Path take(Shell shell, String name) throws IOException {
    Display display = shell.getDisplay();
    UiEvents.process(display);
    Rectangle bounds = shell.getBounds();
    Image image = new Image(display, bounds.width, bounds.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, bounds.x, bounds.y);
    } finally {
      gc.dispose();
    }
    try {
      ImageLoader loader = new ImageLoader();
      loader.data = new ImageData[] {image.getImageData()};
      Path file = folder().resolve(name + ".png");
      loader.save(file.toString(), SWT.IMAGE_PNG);
      return file;
    } finally {
      image.dispose();
    }
  }
}
