package com.winccreports.xlsx;

import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The built-in cell style "Normal" that every cell format of a workbook derives from. POI writes the formats but
 * not this declaration, and a template saved by POI lacks it too; Excel and LibreOffice do not mind, but openpyxl
 * (and so pandas) warn that the workbook has no default style. Declared when a workbook has none, in the place
 * the schema gives it: before the differential formats, table styles, colours and extensions a template may hold.
 * (POI's slim schema jar has no classes for the element, so it is written through the stylesheet's DOM.) Used by
 * both workbook writers: the shift report's (templates, {@code render.excel}) and the export's ({@code
 * recordexport.write}, a workbook POI makes new).
 */
public final class NormalStyle {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Set<String> AFTER = Set.of("dxfs", "tableStyles", "colors", "extLst");

    private NormalStyle() {
    }

    /** Declares "Normal" in {@code workbook}'s stylesheet unless it has cell styles already. */
    public static void declare(XSSFWorkbook workbook) {
        Node stylesheet = workbook.getStylesSource().getCTStylesheet().getDomNode();
        Node before = null;
        for (Node child = stylesheet.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("cellStyles".equals(child.getLocalName())) {
                return;
            }
            if (before == null && AFTER.contains(child.getLocalName())) {
                before = child;
            }
        }
        Element styles = stylesheet.getOwnerDocument().createElementNS(MAIN, "cellStyles");
        styles.setAttribute("count", "1");
        Element normal = stylesheet.getOwnerDocument().createElementNS(MAIN, "cellStyle");
        normal.setAttribute("name", "Normal");
        normal.setAttribute("xfId", "0");
        normal.setAttribute("builtinId", "0");
        styles.appendChild(normal);
        stylesheet.insertBefore(styles, before);
    }
}
