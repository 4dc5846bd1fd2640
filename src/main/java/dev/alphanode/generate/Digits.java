package dev.alphanode.generate;

final class Digits {

    private Digits() {
    }

    /** Zero-padded to at least {@code width} digits, as in the seeds' "alphanode-018394". */
    static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
