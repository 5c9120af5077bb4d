package org.constl.examples.hydrology.ui;

import java.util.Arrays;
import java.util.List;
import org.constl.ipld.IpldValue;
import org.constl.ui.SelectedColumn;

/**
 * A numeric column squeezed into at most a few hundred buckets (lowest, highest and mean of the
 * numbers in each), so a chart of a million rows draws as fast as one of ten. Cells that are
 * not numbers are counted and left out.
 */
record ColumnSeries(String label, int values, int notNumbers, double lowest, double highest,
    double[] bucketLow, double[] bucketHigh, double[] bucketMean) {

  static final int MAX_BUCKETS = 600;
  private static final int PAGE = 10_000;

  static ColumnSeries of(SelectedColumn column) {
    int size = column.size();
    int buckets = Math.max(1, Math.min(size, MAX_BUCKETS));
    double[] low = new double[buckets];
    double[] high = new double[buckets];
    double[] sum = new double[buckets];
    int[] count = new int[buckets];
    Arrays.fill(low, Double.POSITIVE_INFINITY);
    Arrays.fill(high, Double.NEGATIVE_INFINITY);
    int notNumbers = 0;
    for (int from = 0; from < size; from += PAGE) {
      List<IpldValue> page = column.values(from, Math.min(PAGE, size - from));
      for (int i = 0; i < page.size(); i++) {
        IpldValue value = page.get(i);
        if (!(value instanceof IpldValue.IntValue || value instanceof IpldValue.FloatValue)) {
          notNumbers += value.isNull() ? 0 : 1;
          continue;
        }
        int bucket = (int) ((long) (from + i) * buckets / size);
        double number = value.asDouble();
        low[bucket] = Math.min(low[bucket], number);
        high[bucket] = Math.max(high[bucket], number);
        sum[bucket] += number;
        count[bucket]++;
      }
    }
    double[] mean = new double[buckets];
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < buckets; b++) {
      mean[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
      lowest = Math.min(lowest, low[b]);
      highest = Math.max(highest, high[b]);
    }
    return new ColumnSeries(column.label(), size, notNumbers, lowest, highest, low, high, mean);
  }

  boolean hasNumbers() {
    return lowest <= highest;
  }
}
