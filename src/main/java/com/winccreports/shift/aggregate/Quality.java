package com.winccreports.shift.aggregate;

/**
 * Quality codes after the OPC DA / PROFIBUS convention WinCC uses: the top two bits are
 * {@code 11}/{@code 10} good, {@code 01} uncertain, {@code 00} bad. A value without a quality code
 * is passed in as {@link #GOOD}.
 */
public final class Quality {

    /** Plain "good" (0xC0). */
    public static final int GOOD = 0xC0;
    /** Plain "uncertain" (0x40). */
    public static final int UNCERTAIN = 0x40;
    /** Plain "bad" (0x00). */
    public static final int BAD = 0x00;

    private Quality() {
    }

    /** Good or uncertain: the value is used by every aggregate. */
    public static boolean isUsable(int q) {
        return (q & 0xC0) != 0;
    }

    /** Top bits {@code 01}: used, but counted separately. */
    public static boolean isUncertain(int q) {
        return (q & 0xC0) == 0x40;
    }

    /** Top bits {@code 00}: the value is unknown. */
    public static boolean isBad(int q) {
        return (q & 0xC0) == 0;
    }
}
