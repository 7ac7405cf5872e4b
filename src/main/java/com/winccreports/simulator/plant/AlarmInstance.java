package com.winccreports.simulator.plant;

import java.util.List;

/**
 * One occurrence of an alarm: raised, acknowledged (or never: {@code -1}) and cleared, in epoch
 * milliseconds. Its messages are what the alarm archives serve.
 */
public record AlarmInstance(int msgNo, String className, int priority, String text, double value, String line,
        long raisedMillis, long acknowledgedMillis, long clearedMillis, String acknowledgedBy, String computerName) {

    /** The instance's messages stamped in {@code [from, to]}, in time order. */
    List<AlarmMessage> messages(long from, long to) {
        List<AlarmMessage> out = new java.util.ArrayList<>(3);
        add(out, AlarmMessage.CAME_IN, raisedMillis, "", from, to);
        if (acknowledgedMillis >= 0) {
            add(out, AlarmMessage.ACKNOWLEDGED, acknowledgedMillis, acknowledgedBy, from, to);
        }
        add(out, AlarmMessage.WENT_OUT, clearedMillis, "", from, to);
        return out;
    }

    /** True while raised and not yet cleared at {@code now}. */
    boolean activeAt(long now) {
        return raisedMillis <= now && now < clearedMillis;
    }

    /** The "came in" message, state 3 if acknowledged by {@code now}. */
    AlarmMessage current(long now) {
        boolean acked = acknowledgedMillis >= 0 && acknowledgedMillis <= now;
        return new AlarmMessage(msgNo, acked ? AlarmMessage.ACKNOWLEDGED : AlarmMessage.CAME_IN, raisedMillis,
                className, priority, text, value, computerName, acked ? acknowledgedBy : "", line);
    }

    private void add(List<AlarmMessage> out, int state, long at, String user, long from, long to) {
        if (at >= from && at <= to) {
            out.add(new AlarmMessage(msgNo, state, at, className, priority, text, value, computerName, user, line));
        }
    }
}
