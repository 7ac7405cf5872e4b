package com.winccreports.simulator.plant;

/** OPC/PROFIBUS quality bytes the simulator writes. */
public final class Quality {
    public static final int GOOD = 0x80;
    public static final int UNCERTAIN_SENSOR = 0x48;
    public static final int BAD_DEVICE_FAILURE = 0x0C;

    private Quality() {
    }
}
