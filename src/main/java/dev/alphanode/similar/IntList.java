package dev.alphanode.similar;

import java.util.Arrays;

/** A growable int array: posting lists without boxing. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    int[] raw() {
        return values;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void set(int i, int value) {
        values[i] = value;
    }

    int indexOf(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Removes position {@code i} by moving the last value there; posting order does not matter. */
    void swapRemove(int i) {
        values[i] = values[--size];
    }

    /** Removes {@code value}, which must be present, by {@link #swapRemove}. */
    void remove(int value) {
        swapRemove(indexOf(value));
    }

    int removeLast() {
        return values[--size];
    }
}
