package com.winccreports.wincc;

import java.time.Instant;

/**
 * One message of WinCC's alarm logging (docs/wincc-rest.md §6), after WinCC's alarm view.
 *
 * @param msgNo        message number
 * @param state        state (came in, went out, acknowledged ... as WinCC numbers them)
 * @param timestamp    time of the state change (UTC)
 * @param className    message class, e.g. "Alarm", "Warning"
 * @param priority     priority
 * @param text1        first text block
 * @param pValue1      first process value, as text
 * @param computerName station that raised it
 * @param userName     user (acknowledgement)
 */
public record AlarmMessage(long msgNo, int state, Instant timestamp, String className, int priority, String text1,
        String pValue1, String computerName, String userName) {
}
