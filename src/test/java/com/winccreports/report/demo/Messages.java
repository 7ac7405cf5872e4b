package com.winccreports.report.demo;

import java.util.Locale;
import java.util.Map;

/** The few texts of the demo plant itself (shift names, reasons, tags) in English and German. */
final class Messages {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("shortShift.Early", new String[] {"Early", "Früh"}),
            Map.entry("shortShift.Late", new String[] {"Late", "Spät"}),
            Map.entry("shortShift.Night", new String[] {"Night", "Nacht"}),
            Map.entry("alarmClass.Fault", new String[] {"Fault", "Störung"}),
            Map.entry("alarmClass.Warning", new String[] {"Warning", "Warnung"}),
            Map.entry("alarmClass.Operator", new String[] {"Operator message", "Bedienmeldung"}),
            Map.entry("alarm.1001", new String[] {"Infeed jam detected", "Stau am Einlauf erkannt"}),
            Map.entry("alarm.1002", new String[] {"Oven temperature low", "Ofentemperatur zu niedrig"}),
            Map.entry("alarm.1003", new String[] {"Hydraulic pressure high", "Hydraulikdruck zu hoch"}),
            Map.entry("alarm.1004", new String[] {"Drive overcurrent", "Überstrom Antrieb"}),
            Map.entry("alarm.1005", new String[] {"Dimension check due", "Maßprüfung fällig"}),
            Map.entry("alarm.1006", new String[] {"Shift handover not confirmed", "Schichtübergabe nicht bestätigt"}),
            Map.entry("shift.Early", new String[] {"Early shift", "Frühschicht"}),
            Map.entry("shift.Late", new String[] {"Late shift", "Spätschicht"}),
            Map.entry("shift.Night", new String[] {"Night shift", "Nachtschicht"}),
            Map.entry("reason.1", new String[] {"Material shortage", "Materialmangel"}),
            Map.entry("reason.2", new String[] {"Tool change", "Werkzeugwechsel"}),
            Map.entry("reason.3", new String[] {"Jam at infeed", "Stau am Einlauf"}),
            Map.entry("reason.4", new String[] {"Cleaning", "Reinigung"}),
            Map.entry("reason.5", new String[] {"Electrical fault", "Elektrische Störung"}),
            Map.entry("reason.6", new String[] {"Dimension check", "Maßprüfung"}),
            Map.entry("tag.Temperature", new String[] {"Oven temperature", "Ofentemperatur"}),
            Map.entry("tag.Pressure", new String[] {"Hydraulic pressure", "Hydraulikdruck"}),
            Map.entry("tag.Speed", new String[] {"Line speed", "Liniengeschwindigkeit"}),
            Map.entry("tag.Power", new String[] {"Electrical power", "Elektrische Leistung"}),
            Map.entry("tag.Vibration", new String[] {"Drive vibration", "Schwingung Antrieb"}),
            Map.entry("tag.GoodCount", new String[] {"Good units", "Gutteile"}),
            Map.entry("tag.EnergyMeter", new String[] {"Energy meter", "Energiezähler"}),
            Map.entry("tag.AmbientHumidity", new String[] {"Ambient humidity", "Luftfeuchte Halle"}),
            Map.entry("line", new String[] {"Line 1 – extrusion", "Linie 1 – Extrusion"}),
            Map.entry("note.gap", new String[] {
                "Vibration sensor offline during shift handover check; values were not interpolated.",
                "Schwingungssensor während der Übergabeprüfung offline; Werte wurden nicht interpoliert."}),
            Map.entry("note.rollover", new String[] {
                "Good count rolled over at 65536 and was unwrapped.",
                "Gutmengenzähler ist bei 65536 übergelaufen und wurde fortgeschrieben."}),
            Map.entry("table.perMinute", new String[] {"Per-minute values", "Minutenwerte"}),
            Map.entry("table.raw", new String[] {"Raw values", "Rohwerte"}),
            Map.entry("column.time", new String[] {"Time", "Zeit"}));

    private final int index;

    Messages(Locale locale) {
        this.index = "de".equals(locale.getLanguage()) ? 1 : 0;
    }

    String get(String key) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no demo text " + key);
        }
        return texts[index];
    }
}
