package com.winccreports.web.page;

import com.winccreports.web.PublishedFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads: the published versions, and one version's files with their sizes and SHA-256. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class FilesPage {

    private final PublishedFiles published;

    FilesPage(PublishedFiles published) {
        this.published = published;
    }

    @GetMapping("/files")
    String versions(Model model) {
        model.addAttribute("versions", published.recent(null, 200));
        return "files";
    }

    @GetMapping("/files/{job}/{period}/{version}")
    String version(@PathVariable String job, @PathVariable String period, @PathVariable String version,
            Model model) {
        model.addAttribute("version", published.version(job, period, version));
        return "version";
    }
}
