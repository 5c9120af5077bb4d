package org.constl.orbitdb.internal;

import java.util.Comparator;
import java.util.List;

/**
 * {@code Array.prototype.sort} as V8 11 (Node 20) runs it: TimSort after CPython's listsort,
 * with V8's run length, galloping and merge rules. With a consistent comparator any stable sort
 * gives the same result; this one also gives V8's result when the comparator is not consistent
 * (JS {@code >} on values of mixed types), since it makes the same comparisons in the same order.
 * Later V8 versions sort arrays shorter than 10 by binary insertion alone, which can differ then.
 */
public final class V8Sort<T> {

    private static final int MIN_GALLOP = 7;
    private static final int TEMP_MIN_SIZE = 32;

    private final Object[] work;
    private final Comparator<? super T> comparator;
    private Object[] temp = new Object[0];
    private int minGallop = MIN_GALLOP;
    /** Pending runs: base and length of each. */
    private final int[] runBase = new int[85];
    private final int[] runLength = new int[85];
    private int runs;

    private V8Sort(Object[] work, Comparator<? super T> comparator) {
        this.work = work;
        this.comparator = comparator;
    }

    /** Sorts the list in place. */
    public static <T> void sort(List<T> list, Comparator<? super T> comparator) {
        if (list.size() < 2) {
            return;
        }
        V8Sort<T> sort = new V8Sort<>(list.toArray(), comparator);
        sort.timSort();
        for (int i = 0; i < sort.work.length; i++) {
            @SuppressWarnings("unchecked")
            T element = (T) sort.work[i];
            list.set(i, element);
        }
    }

    private void timSort() {
        int low = 0;
        int remaining = work.length;
        int minRun = minRunLength(remaining);
        while (remaining != 0) {
            int current = countAndMakeRun(low, low + remaining);
            if (current < minRun) {
                int forced = Math.min(minRun, remaining);
                binaryInsertionSort(low, low + current, low + forced);
                current = forced;
            }
            runBase[runs] = low;
            runLength[runs] = current;
            runs++;
            mergeCollapse();
            low += current;
            remaining -= current;
        }
        mergeForceCollapse();
    }

    @SuppressWarnings("unchecked")
    private int compare(Object x, Object y) {
        return comparator.compare((T) x, (T) y);
    }

    private static int minRunLength(int length) {
        int n = length;
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void binaryInsertionSort(int low, int startArg, int high) {
        for (int start = low == startArg ? startArg + 1 : startArg; start < high; start++) {
            int left = low;
            int right = start;
            Object pivot = work[right];
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (compare(pivot, work[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(work, left, work, left + 1, start - left);
            work[left] = pivot;
        }
    }

    private int countAndMakeRun(int lowArg, int high) {
        int low = lowArg + 1;
        if (low == high) {
            return 1;
        }
        int length = 2;
        boolean descending = compare(work[low], work[low - 1]) < 0;
        for (int i = low + 1; i < high; i++) {
            int order = compare(work[i], work[i - 1]);
            if (descending ? order >= 0 : order < 0) {
                break;
            }
            length++;
        }
        if (descending) {
            for (int lo = lowArg, hi = lowArg + length - 1; lo < hi; lo++, hi--) {
                Object swap = work[lo];
                work[lo] = work[hi];
                work[hi] = swap;
            }
        }
        return length;
    }

    private void mergeCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if (!invariantHolds(n + 1) || !invariantHolds(n)) {
                if (runLength[n - 1] < runLength[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (runLength[n] <= runLength[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    /** Whether run n − 2 is longer than runs n − 1 and n together. */
    private boolean invariantHolds(int n) {
        return n < 2 || runLength[n - 2] > runLength[n - 1] + runLength[n];
    }

    private void mergeForceCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lengthA = runLength[i];
        int baseB = runBase[i + 1];
        int lengthB = runLength[i + 1];
        runLength[i] = lengthA + lengthB;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
        }
        runs--;

        int k = gallopRight(work, work[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(work, work[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(baseA, lengthA, baseB, lengthB);
        } else {
            mergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }

    /** The offset in [0, length] where key goes before any element equal to it. */
    private int gallopLeft(Object[] array, Object key, int base, int length, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (compare(array[base + hint], key) < 0) {
            int maxOffset = length - hint;
            while (offset < maxOffset) {
                if (compare(array[base + hint + offset], key) >= 0) {
                    break;
                }
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOffset;
                }
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        } else {
            int maxOffset = hint + 1;
            while (offset < maxOffset) {
                if (compare(array[base + hint - offset], key) < 0) {
                    break;
                }
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOffset;
                }
            }
            offset = Math.min(offset, maxOffset);
            int previous = lastOffset;
            lastOffset = hint - offset;
            offset = hint - previous;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (compare(array[base + m], key) < 0) {
                lastOffset = m + 1;
            } else {
                offset = m;
            }
        }
        return offset;
    }

    /** The offset in [0, length] where key goes after any element equal to it. */
    private int gallopRight(Object[] array, Object key, int base, int length, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (compare(key, array[base + hint]) < 0) {
            int maxOffset = hint + 1;
            while (offset < maxOffset) {
                if (compare(key, array[base + hint - offset]) >= 0) {
                    break;
                }
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOffset;
                }
            }
            offset = Math.min(offset, maxOffset);
            int previous = lastOffset;
            lastOffset = hint - offset;
            offset = hint - previous;
        } else {
            int maxOffset = length - hint;
            while (offset < maxOffset) {
                if (compare(key, array[base + hint + offset]) < 0) {
                    break;
                }
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOffset;
                }
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (compare(key, array[base + m]) < 0) {
                offset = m;
            } else {
                lastOffset = m + 1;
            }
        }
        return offset;
    }

    private Object[] temp(int size) {
        if (temp.length < Math.max(TEMP_MIN_SIZE, size)) {
            temp = new Object[Math.max(TEMP_MIN_SIZE, size)];
        }
        return temp;
    }

    /** Merges run A into run B from the left, A (copied out) being the shorter. */
    private void mergeLow(int baseA, int lengthAArg, int baseB, int lengthBArg) {
        int lengthA = lengthAArg;
        int lengthB = lengthBArg;
        Object[] tmp = temp(lengthA);
        System.arraycopy(work, baseA, tmp, 0, lengthA);
        int dest = baseA;
        int cursorTemp = 0;
        int cursorB = baseB;
        work[dest++] = work[cursorB++];
        merge: {
            if (--lengthB == 0) {
                break merge;
            }
            if (lengthA == 1) {
                copyBThenLastA(dest, cursorB, lengthB, tmp, cursorTemp);
                return;
            }
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (compare(work[cursorB], tmp[cursorTemp]) < 0) {
                        work[dest++] = work[cursorB++];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 0) {
                            break merge;
                        }
                        if (winsB >= minGallop) {
                            break;
                        }
                    } else {
                        work[dest++] = tmp[cursorTemp++];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 1) {
                            copyBThenLastA(dest, cursorB, lengthB, tmp, cursorTemp);
                            return;
                        }
                        if (winsA >= minGallop) {
                            break;
                        }
                    }
                }
                minGallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    minGallop = Math.max(1, minGallop - 1);
                    winsA = gallopRight(tmp, work[cursorB], cursorTemp, lengthA, 0);
                    if (winsA > 0) {
                        System.arraycopy(tmp, cursorTemp, work, dest, winsA);
                        dest += winsA;
                        cursorTemp += winsA;
                        lengthA -= winsA;
                        if (lengthA == 1) {
                            copyBThenLastA(dest, cursorB, lengthB, tmp, cursorTemp);
                            return;
                        }
                        // Impossible with a consistent comparator, possible without one.
                        if (lengthA == 0) {
                            break merge;
                        }
                    }
                    work[dest++] = work[cursorB++];
                    if (--lengthB == 0) {
                        break merge;
                    }
                    winsB = gallopLeft(work, tmp[cursorTemp], cursorB, lengthB, 0);
                    if (winsB > 0) {
                        System.arraycopy(work, cursorB, work, dest, winsB);
                        dest += winsB;
                        cursorB += winsB;
                        lengthB -= winsB;
                        if (lengthB == 0) {
                            break merge;
                        }
                    }
                    work[dest++] = tmp[cursorTemp++];
                    if (--lengthA == 1) {
                        copyBThenLastA(dest, cursorB, lengthB, tmp, cursorTemp);
                        return;
                    }
                }
                minGallop++;
            }
        }
        if (lengthA > 0) {
            System.arraycopy(tmp, cursorTemp, work, dest, lengthA);
        }
    }

    private void copyBThenLastA(int dest, int cursorB, int lengthB, Object[] tmp, int cursorTemp) {
        System.arraycopy(work, cursorB, work, dest, lengthB);
        work[dest + lengthB] = tmp[cursorTemp];
    }

    /** Merges run B into run A from the right, B (copied out) being the shorter. */
    private void mergeHigh(int baseA, int lengthAArg, int baseB, int lengthBArg) {
        int lengthA = lengthAArg;
        int lengthB = lengthBArg;
        Object[] tmp = temp(lengthB);
        System.arraycopy(work, baseB, tmp, 0, lengthB);
        int dest = baseB + lengthB - 1;
        int cursorTemp = lengthB - 1;
        int cursorA = baseA + lengthA - 1;
        work[dest--] = work[cursorA--];
        merge: {
            if (--lengthA == 0) {
                break merge;
            }
            if (lengthB == 1) {
                copyAThenFirstB(dest, cursorA, lengthA, tmp, cursorTemp);
                return;
            }
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (compare(tmp[cursorTemp], work[cursorA]) < 0) {
                        work[dest--] = work[cursorA--];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 0) {
                            break merge;
                        }
                        if (winsA >= minGallop) {
                            break;
                        }
                    } else {
                        work[dest--] = tmp[cursorTemp--];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 1) {
                            copyAThenFirstB(dest, cursorA, lengthA, tmp, cursorTemp);
                            return;
                        }
                        if (winsB >= minGallop) {
                            break;
                        }
                    }
                }
                minGallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    minGallop = Math.max(1, minGallop - 1);
                    int k = gallopRight(work, tmp[cursorTemp], baseA, lengthA, lengthA - 1);
                    winsA = lengthA - k;
                    if (winsA > 0) {
                        dest -= winsA;
                        cursorA -= winsA;
                        System.arraycopy(work, cursorA + 1, work, dest + 1, winsA);
                        lengthA -= winsA;
                        if (lengthA == 0) {
                            break merge;
                        }
                    }
                    work[dest--] = tmp[cursorTemp--];
                    if (--lengthB == 1) {
                        copyAThenFirstB(dest, cursorA, lengthA, tmp, cursorTemp);
                        return;
                    }
                    k = gallopLeft(tmp, work[cursorA], 0, lengthB, lengthB - 1);
                    winsB = lengthB - k;
                    if (winsB > 0) {
                        dest -= winsB;
                        cursorTemp -= winsB;
                        System.arraycopy(tmp, cursorTemp + 1, work, dest + 1, winsB);
                        lengthB -= winsB;
                        if (lengthB == 1) {
                            copyAThenFirstB(dest, cursorA, lengthA, tmp, cursorTemp);
                            return;
                        }
                        // Impossible with a consistent comparator, possible without one.
                        if (lengthB == 0) {
                            break merge;
                        }
                    }
                    work[dest--] = work[cursorA--];
                    if (--lengthA == 0) {
                        break merge;
                    }
                }
                minGallop++;
            }
        }
        if (lengthB > 0) {
            System.arraycopy(tmp, 0, work, dest - (lengthB - 1), lengthB);
        }
    }

    private void copyAThenFirstB(int destArg, int cursorAArg, int lengthA, Object[] tmp, int cursorTemp) {
        int dest = destArg - lengthA;
        int cursorA = cursorAArg - lengthA;
        System.arraycopy(work, cursorA + 1, work, dest + 1, lengthA);
        work[dest] = tmp[cursorTemp];
    }
}
