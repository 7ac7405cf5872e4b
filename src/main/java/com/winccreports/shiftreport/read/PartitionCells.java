package com.winccreports.shiftreport.read;

import com.winccreports.shift.calendar.ShiftPart;
import com.winccreports.shiftreport.ShiftWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The fixed cells a partition's values are aggregated in: the partition cut at every shift boundary and every
 * boundary of a shift's planned stops (so planned busy time and breaks can be told apart), the time between
 * shifts included. The cells depend on the plan and the calendar only — never on how the values arrive.
 */
final class PartitionCells {

    /** A cell {@code [start, end)} and the shift it lies in (its index in the run), or −1 between shifts. */
    record Cell(long start, long end, int shiftIndex) {
    }

    private PartitionCells() {
    }

    static List<Cell> of(long from, long to, List<ShiftWindow> shifts) {
        TreeSet<Long> cuts = new TreeSet<>(List.of(from, to));
        for (ShiftWindow shift : shifts) {
            cut(cuts, shift.from(), from, to);
            cut(cuts, shift.to(), from, to);
            for (ShiftPart part : shift.shift().parts()) {
                cut(cuts, part.startMillis(), from, to);
                cut(cuts, part.endMillis(), from, to);
            }
        }
        List<Cell> cells = new ArrayList<>();
        Long start = null;
        for (long cut : cuts) {
            if (start != null) {
                cells.add(new Cell(start, cut, shiftOf(start, shifts)));
            }
            start = cut;
        }
        return cells;
    }

    private static void cut(TreeSet<Long> cuts, long at, long from, long to) {
        if (at > from && at < to) {
            cuts.add(at);
        }
    }

    private static int shiftOf(long t, List<ShiftWindow> shifts) {
        for (ShiftWindow shift : shifts) {
            if (shift.contains(t)) {
                return shift.index();
            }
        }
        return -1;
    }
}
