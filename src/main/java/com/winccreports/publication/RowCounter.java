package com.winccreports.publication;

import com.winccreports.publication.PackageFile.RowCount;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the rows of the files that have rows, from their bytes alone (no POI): CSV records (RFC 4180, so a
 * line break inside a quoted field does not start a record; the header is a record) and, per worksheet of an
 * {@code .xlsx}, the rows stored with at least one cell. The same count at sealing and at {@code verify}
 * makes a changed or cut table visible even to a reader who trusts no hash. Memory stays flat for any size
 * (a workbook is spooled to a temporary file to be read through its central directory).
 */
public final class RowCounter {

    /** An {@code .xlsx} may inflate to this many times its size plus a margin; more is refused as a bomb. */
    private static final long MAX_INFLATION = 200;
    private static final long INFLATION_MARGIN = 64L << 20;

    private RowCounter() {
    }

    /** Whether files of this name are counted ({@code .csv}, {@code .xlsx}). */
    public static boolean counts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /**
     * The rows of {@code content} (read up to its end or, for a workbook, its last entry), or null when the file
     * is not of a counted kind or not a readable workbook.
     */
    public static List<RowCount> count(String fileName, InputStream content) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return List.of(new RowCount(null, csvRecords(content)));
        }
        if (name.endsWith(".xlsx")) {
            return worksheetRows(content);
        }
        return null;
    }

    static long csvRecords(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long records = 0;
        boolean quoted = false;
        int last = -1;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '"') {
                    quoted = !quoted; // an escaped quote ("") toggles twice
                } else if (b == '\n' && !quoted) {
                    records++;
                }
            }
            if (read > 0) {
                last = buffer[read - 1];
            }
        }
        return last == -1 || last == '\n' ? records : records + 1;
    }

    /**
     * Rows per worksheet in workbook order, or null if the bytes are not a workbook. A workbook is read through
     * its central directory, as Excel and POI read it (a local header may leave sizes to the directory), so
     * it is spooled to a temporary file first.
     */
    private static List<RowCount> worksheetRows(InputStream in) throws IOException {
        Path spool = Files.createTempFile("wincc-reports-rows-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                in.transferTo(out);
            }
            try (ZipFile workbook = new ZipFile(spool.toFile())) {
                return worksheetRows(workbook, new long[] {Files.size(spool) * MAX_INFLATION + INFLATION_MARGIN});
            } catch (ZipException | XMLStreamException e) {
                return null;
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static List<RowCount> worksheetRows(ZipFile workbook, long[] budget)
            throws IOException, XMLStreamException {
        ZipEntry book = workbook.getEntry("xl/workbook.xml");
        ZipEntry relations = workbook.getEntry("xl/_rels/workbook.xml.rels");
        if (book == null || relations == null) {
            return null;
        }
        List<String[]> sheets;
        Map<String, String> partByRelationship;
        try (InputStream in = new InflationLimit(workbook.getInputStream(book), budget)) {
            sheets = WorkbookParts.sheets(in);
        }
        try (InputStream in = new InflationLimit(workbook.getInputStream(relations), budget)) {
            partByRelationship = WorkbookParts.relationships(in);
        }
        List<RowCount> rows = new ArrayList<>();
        for (String[] sheet : sheets) {
            String part = partByRelationship.get(sheet[1]);
            ZipEntry entry = part == null ? null : workbook.getEntry(part);
            if (entry == null) {
                rows.add(new RowCount(sheet[0], 0));
                continue;
            }
            try (InputStream in = new InflationLimit(workbook.getInputStream(entry), budget)) {
                rows.add(new RowCount(sheet[0], rowsWithCells(in)));
            }
        }
        return rows;
    }

    private static long rowsWithCells(InputStream sheetXml) throws XMLStreamException {
        XMLStreamReader xml = WorkbookParts.reader(sheetXml);
        long rows = 0;
        boolean inRow = false;
        boolean hasCell = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("row")) {
                    inRow = true;
                    hasCell = false;
                } else if (inRow && element.equals("c")) {
                    hasCell = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                rows += hasCell ? 1 : 0;
                inRow = false;
            }
        }
        return rows;
    }

    /** Fails a read once a workbook's parts together inflate to more than their shared budget. */
    private static final class InflationLimit extends FilterInputStream {
        private final long[] budget;

        InflationLimit(InputStream in, long[] budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            spend(Math.max(0, n));
            return n;
        }

        private void spend(int n) throws IOException {
            budget[0] -= n;
            if (budget[0] < 0) {
                throw new IOException("the workbook inflates to more than " + MAX_INFLATION + " times its size");
            }
        }
    }

    /** Factory for readers of untrusted XML: no DTDs, no external entities. */
    static final class WorkbookParts {
        private static final XMLInputFactory FACTORY = newFactory();

        private static XMLInputFactory newFactory() {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory;
        }

        static XMLStreamReader reader(InputStream in) throws XMLStreamException {
            return FACTORY.createXMLStreamReader(in);
        }

        /** {@code <sheet name=".." r:id="..">} of {@code xl/workbook.xml}, in order. */
        static List<String[]> sheets(InputStream in) throws XMLStreamException {
            XMLStreamReader xml = reader(in);
            List<String[]> sheets = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String id = null;
                    String name = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String attribute = xml.getAttributeLocalName(i);
                        if (attribute.equals("name")) {
                            name = xml.getAttributeValue(i);
                        } else if (attribute.equals("id")) {
                            id = xml.getAttributeValue(i);
                        }
                    }
                    sheets.add(new String[] {name, id});
                }
            }
            return sheets;
        }

        /** Relationship id → part name ({@code xl/worksheets/sheet1.xml}) of {@code xl/_rels/workbook.xml.rels}. */
        static Map<String, String> relationships(InputStream in) throws XMLStreamException {
            XMLStreamReader xml = reader(in);
            Map<String, String> parts = new LinkedHashMap<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null) {
                        parts.put(xml.getAttributeValue(null, "Id"),
                                target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
            return parts;
        }
    }
}
