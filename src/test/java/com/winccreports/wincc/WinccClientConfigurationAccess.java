package com.winccreports.wincc;

/** Lets tests in other packages name the package-private {@link WinccClientConfiguration}. */
public final class WinccClientConfigurationAccess {

    private WinccClientConfigurationAccess() {
    }

    public static Class<?> type() {
        return WinccClientConfiguration.class;
    }
}
