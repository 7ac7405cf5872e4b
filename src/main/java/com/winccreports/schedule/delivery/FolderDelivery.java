package com.winccreports.schedule.delivery;

import com.winccreports.system.ConfinedFolder;
import com.winccreports.system.SafeName;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies a report version to {@code <folder>/<job>/<period>/v<n>/}: each file to a temporary name first,
 * flushed to disk, then renamed, so a reader of the share never sees half a file. The destination is built
 * from safe names and checked to lie inside the share ({@link ConfinedFolder}).
 */
final class FolderDelivery {

    String deliver(ReportVersion report, DeliveryTarget.Folder target) throws IOException {
        ConfinedFolder share = new ConfinedFolder(target.folder());
        Path destination = share.resolve(report.job(), report.period().label(), "v" + report.version());
        Files.createDirectories(destination);
        for (Path file : report.files()) {
            String name = SafeName.check("report file name", file.getFileName().toString());
            Path finalName = share.inside(destination.resolve(name));
            Path temporary = share.inside(destination.resolve("." + name + ".part"));
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, finalName);
        }
        return report.files().size() + " file(s) to " + destination;
    }

    private static void moveIntoPlace(Path temporary, Path finalName) throws IOException {
        try {
            Files.move(temporary, finalName, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            // some network shares cannot rename atomically; a plain replace is the best they offer
            Files.move(temporary, finalName, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
