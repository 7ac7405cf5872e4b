package com.winccreports.simulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fields of a user archive ({@code UA#<name>} in WinCC): name, type (Integer, Double, String, DateTime), length. */
record UserArchiveSchema(String name, List<Field> fields, long firstInsertId) {

    record Field(String name, String type, Integer length) {
        boolean isString() {
            return type.equals("String");
        }

        boolean isTime() {
            return type.equals("DateTime");
        }

        boolean isInteger() {
            return type.equals("Integer");
        }
    }

    static final UserArchiveSchema BATCH_RECORDS = new UserArchiveSchema("BatchRecords", List.of(
            new Field("ID", "Integer", null), new Field("BatchId", "String", 32), new Field("Line", "String", 16),
            new Field("Product", "String", 64), new Field("Recipe", "String", 32), new Field("StartTime", "DateTime", null),
            new Field("EndTime", "DateTime", null), new Field("PlannedQty", "Integer", null),
            new Field("GoodQty", "Integer", null), new Field("ScrapQty", "Integer", null),
            new Field("ReworkQty", "Integer", null), new Field("Operator", "String", 32),
            new Field("LastAccess", "DateTime", null), new Field("LastUser", "String", 32)), 1_000_000_000L);

    static final UserArchiveSchema RECIPES = new UserArchiveSchema("Recipes", List.of(
            new Field("ID", "Integer", null), new Field("Recipe", "String", 32), new Field("Product", "String", 64),
            new Field("IdealCycleTimeS", "Double", null), new Field("TemperatureSetpoint", "Double", null),
            new Field("LastAccess", "DateTime", null), new Field("LastUser", "String", 32)), 1000L);

    /** The field with this name, ignoring case (as SQL Server's default collation does). */
    Optional<Field> field(String wanted) {
        String key = wanted.toLowerCase(Locale.ROOT);
        return fields.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    void writeDefinition(JsonBuffer out) {
        out.raw("{\"name\":").string(name).raw(",\"fields\":[");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            out.raw(i == 0 ? "" : ",").raw("{\"name\":").string(f.name()).raw(",\"type\":").string(f.type());
            if (f.length() != null) {
                out.raw(",\"length\":").number(f.length());
            }
            out.raw('}');
        }
        out.raw("]}");
    }
}
