package com.winccreports.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a produced workbook back, as a reader that does not recalculate would (the cells as stored), and finds
 * what an auditor must never see: a placeholder left as {@code ${…}}, an error value ({@code #NUM!}), a number
 * stored as text, a formula without a stored result. Streams every sheet (SAX), so a million-row sheet costs no
 * heap. Used by the tests on every workbook they produce and by {@code templates inspect}.
 */
public final class WorkbookInspection {

    /** At most this many findings of one kind are listed; the rest are counted. */
    static final int LISTED = 20;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?");

    /**
     * What was found.
     *
     * @param cells    cells read
     * @param formulas formula cells read
     * @param findings one line per finding ({@code Sheet!B7: …}), at most {@value #LISTED} of a kind, then a count
     */
    public record Result(long cells, long formulas, List<String> findings) {

        public boolean clean() {
            return findings.isEmpty();
        }
    }

    private WorkbookInspection() {
    }

    /**
     * Placeholders still stored in the shared-string table, used by no cell but there for anyone who reads the
     * file's XML.
     */
    private static List<String> storedPlaceholders(ReadOnlySharedStringsTable strings) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < strings.getUniqueCount(); i++) {
            String text = strings.getItemAt(i).getString();
            if (text != null && text.contains("${")) {
                found.add("placeholder left in the shared-string table: " + text);
            }
        }
        return found;
    }

    public static Result inspect(Path xlsx) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Handler handler = new Handler(strings);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    handler.sheet = sheets.getSheetName();
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                }
            }
            List<String> findings = new ArrayList<>(handler.findings());
            findings.addAll(storedPlaceholders(strings));
            return new Result(handler.cells, handler.formulas, findings);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("cannot read " + xlsx + " as a workbook: " + e.getMessage(), e);
        }
    }

    /** The cells of one sheet as stored: type, formula, value. */
    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final Findings placeholders = new Findings("placeholder left in the cell");
        private final Findings errors = new Findings("error value");
        private final Findings numbersAsText = new Findings("number stored as text");
        private final Findings blankFormulas = new Findings("formula without a stored result");
        private String sheet;
        private String ref;
        private String type;
        private boolean formula;
        private StringBuilder value;
        private StringBuilder inline;
        private boolean inValue;
        private boolean inInline;
        long cells;
        long formulas;

        Handler(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            switch (localName) {
                case "c" -> {
                    ref = attributes.getValue("r");
                    type = attributes.getValue("t");
                    formula = false;
                    value = new StringBuilder();
                    inline = new StringBuilder();
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInline = value != null;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInline) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInline = false;
                case "c" -> cell();
                default -> {
                }
            }
        }

        private void cell() {
            cells++;
            String where = sheet + "!" + ref;
            String text = text();
            if (formula) {
                formulas++;
                if (value.length() == 0) {
                    blankFormulas.add(where);
                }
            }
            if ("e".equals(type)) {
                errors.add(where + " (" + value + ")");
            } else if (text != null && text.contains("${")) {
                placeholders.add(where + " (" + text + ")");
            } else if (text != null && !formula && NUMBER.matcher(text.trim()).matches()) {
                numbersAsText.add(where + " (" + text + ")");
            }
            value = null;
            inline = null;
        }

        /** The cell's text, or null for a number, boolean or blank. */
        private String text() {
            if ("s".equals(type) && value.length() > 0) {
                return strings.getItemAt(Integer.parseInt(value.toString().trim())).getString();
            }
            if ("inlineStr".equals(type)) {
                return inline.toString();
            }
            return "str".equals(type) ? value.toString() : null;
        }

        List<String> findings() {
            List<String> all = new ArrayList<>();
            for (Findings f : List.of(placeholders, errors, numbersAsText, blankFormulas)) {
                f.into(all);
            }
            return all;
        }
    }

    /** Findings of one kind: the first ones listed, the rest counted. */
    private static final class Findings {
        private final String kind;
        private final List<String> listed = new ArrayList<>();
        private long count;

        Findings(String kind) {
            this.kind = kind;
        }

        void add(String where) {
            if (count++ < LISTED) {
                listed.add(where + ": " + kind);
            }
        }

        void into(List<String> all) {
            all.addAll(listed);
            if (count > LISTED) {
                all.add((count - LISTED) + " more: " + kind);
            }
        }
    }
}
