package com.winccreports.render;

/**
 * A problem found in a template before a night run meets it.
 *
 * @param file     template file name
 * @param location where in the file (sheet and cell, section number, key); empty for the whole file
 * @param message  what is wrong
 */
public record TemplateFinding(String file, String location, String message) {

    @Override
    public String toString() {
        return file + (location.isEmpty() ? "" : " " + location) + ": " + message;
    }
}
