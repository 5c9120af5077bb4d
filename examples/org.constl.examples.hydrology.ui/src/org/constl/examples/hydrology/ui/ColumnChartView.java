package org.constl.examples.hydrology.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.ui.DomainViews;
import org.constl.ui.SelectedColumn;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * A chart of the numeric column selected in the table editor: the mean of each stretch of rows
 * as a line, their lowest to highest as a band, in the table's current order.
 */
public final class ColumnChartView extends ViewPart implements ISelectionListener {

  public static final String ID = "org.constl.examples.hydrology.chart";
  static final String PROMPT = "Select a numeric column in a table to chart it.";
  private static final int MARGIN = 48;

  private Canvas canvas;
  private ColumnSeries series;
  private String message = PROMPT;
  private Job loading;

  @Override
  public void createPartControl(Composite parent) {
    canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
    canvas.addPaintListener(event -> paint(event.gc, canvas.getClientArea()));
    canvas.addListener(SWT.Resize, event -> canvas.redraw());
    getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(this);
    selectionChanged(null, getSite().getWorkbenchWindow().getSelectionService().getSelection());
  }

  @Override
  public void dispose() {
    getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(this);
    if (loading != null) {
      loading.cancel();
    }
    super.dispose();
  }

  @Override
  public void setFocus() {
    canvas.setFocus();
  }

  /** Charts the selected column if it holds numbers; other selections leave the chart as it is. */
  @Override
  public void selectionChanged(IWorkbenchPart part, ISelection selection) {
    if (part == this || selection == null) {
      return;
    }
    Optional<SelectedColumn> column = DomainViews.selectedColumn(selection);
    if (column.isEmpty() || column.get().category().map(c -> c.base() != BaseCategory.NUMBER).orElse(false)) {
      return;
    }
    show(column.get());
  }

  /** Reads the column in the background (it may be long), then draws it. */
  private void show(SelectedColumn column) {
    if (loading != null) {
      loading.cancel();
    }
    message = "Reading " + column.label() + "…";
    canvas.redraw();
    Display display = canvas.getDisplay();
    loading = Job.create("Charting " + column.label(), monitor -> {
      ColumnSeries read = ColumnSeries.of(column);
      if (monitor.isCanceled()) {
        return Status.CANCEL_STATUS;
      }
      display.asyncExec(() -> {
        if (!canvas.isDisposed()) {
          series = read;
          message = read.hasNumbers() ? null : column.label() + " holds no numbers.";
          setContentDescription(describe(read));
          canvas.redraw();
        }
      });
      return Status.OK_STATUS;
    });
    loading.setSystem(false);
    loading.schedule();
  }

  private static String describe(ColumnSeries read) {
    return read.label() + ": " + read.values() + " rows"
        + (read.notNumbers() == 0 ? "" : ", " + read.notNumbers() + " not numbers")
        + (read.hasNumbers() ? ", from " + number(read.lowest()) + " to " + number(read.highest()) : "");
  }

  private void paint(GC gc, Rectangle area) {
    Display display = canvas.getDisplay();
    gc.setBackground(canvas.getBackground());
    gc.fillRectangle(area);
    gc.setForeground(canvas.getForeground());
    if (message != null || series == null) {
      gc.drawText(message == null ? PROMPT : message, MARGIN / 4, MARGIN / 4, true);
      return;
    }
    Rectangle plot = new Rectangle(area.x + MARGIN, area.y + MARGIN / 2, area.width - MARGIN * 3 / 2,
        area.height - MARGIN);
    if (plot.width < 10 || plot.height < 10) {
      return;
    }
    gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
    gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
    String top = number(series.highest());
    String bottom = number(series.lowest());
    gc.drawText(top, plot.x - gc.textExtent(top).x - 4, plot.y - gc.getFontMetrics().getHeight() / 2, true);
    gc.drawText(bottom, plot.x - gc.textExtent(bottom).x - 4,
        plot.y + plot.height - gc.getFontMetrics().getHeight() / 2, true);
    String rows = series.values() + " rows";
    Point rowsSize = gc.textExtent(rows);
    gc.drawText(rows, plot.x + plot.width - rowsSize.x, plot.y + plot.height + 4, true);

    int buckets = series.bucketMean().length;
    double span = series.highest() - series.lowest();
    Color band = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
    Color line = display.getSystemColor(SWT.COLOR_LINK_FOREGROUND);
    gc.setAntialias(SWT.ON);
    int previousX = -1;
    int previousY = -1;
    for (int b = 0; b < buckets; b++) {
      if (Double.isNaN(series.bucketMean()[b])) {
        previousX = -1;
        continue;
      }
      int x = plot.x + (buckets == 1 ? plot.width / 2 : (int) ((long) b * plot.width / (buckets - 1)));
      int low = y(series.bucketLow()[b], plot, series.lowest(), span);
      int high = y(series.bucketHigh()[b], plot, series.lowest(), span);
      int mean = y(series.bucketMean()[b], plot, series.lowest(), span);
      gc.setForeground(band);
      gc.drawLine(x, low, x, high);
      gc.setForeground(line);
      gc.setLineWidth(2);
      if (previousX >= 0) {
        gc.drawLine(previousX, previousY, x, mean);
      } else {
        gc.drawPoint(x, mean);
      }
      gc.setLineWidth(1);
      previousX = x;
      previousY = mean;
    }
  }

  private static int y(double value, Rectangle plot, double lowest, double span) {
    double share = span == 0 ? 0.5 : (value - lowest) / span;
    return plot.y + plot.height - (int) Math.round(share * plot.height);
  }

  private static String number(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
