package com.winccreports.simulator.plant;

/** Codes of the {@code <line>.MachineState} tag. */
public final class MachineState {
    public static final int RUNNING = 1;
    public static final int IDLE = 2;
    public static final int SETUP = 3;
    public static final int DOWN = 4;

    private MachineState() {
    }
}
