package com.winccreports.recordexport.plan;

import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import java.util.List;

/** What planning an export asks of the WinCC source: archive variable lists and user-archive records. */
public interface ExportSource {

    /** The tags logged in {@code archive} ({@code GET /tagLogging/Archive/{archive}/Variables}). */
    List<String> archiveVariables(String archive);

    /** The records of user archive {@code archive} matching {@code filter}, ordered by ID. */
    List<UserArchiveRecord> records(String archive, RecordFilter filter);
}
