package com.winccreports.web.page;

import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.PackageVerifications;
import com.winccreports.web.PublishedFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Verification of a published package for auditors: pick a version, see every check and the verdict. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class VerifyPage {

    private final PublishedFiles published;
    private final PackageVerifications verifications;

    VerifyPage(PublishedFiles published, PackageVerifications verifications) {
        this.published = published;
        this.verifications = verifications;
    }

    @GetMapping("/verify")
    String form(Model model) {
        model.addAttribute("versions", published.recent(null, 200));
        return "verify";
    }

    /** {@code version} is {@code <job>/<period>/v<n>}. */
    @PostMapping("/verify")
    String verify(@RequestParam String version, Authentication user, Model model) {
        String[] parts = version.split("/");
        FormAction.run(model, "verification", () -> {
            if (parts.length != 3) {
                throw new InvalidParameterException("version", "choose a published version");
            }
            return verifications.verify(parts[0], parts[1], parts[2], user.getName());
        });
        model.addAttribute("selected", version);
        return form(model);
    }
}
