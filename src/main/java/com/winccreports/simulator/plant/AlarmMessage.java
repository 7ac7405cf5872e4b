package com.winccreports.simulator.plant;

/**
 * One entry of the alarm log, after WinCC's alarm view. {@code state}: 1 came in (raised), 2 went out
 * (cleared), 3 acknowledged. {@code line} is the plant line it belongs to (not served; used by filters).
 */
public record AlarmMessage(int msgNo, int state, long timestampMillis, String className, int priority, String text1,
        double pValue1, String computerName, String userName, String line) {

    public static final int CAME_IN = 1;
    public static final int WENT_OUT = 2;
    public static final int ACKNOWLEDGED = 3;
}
