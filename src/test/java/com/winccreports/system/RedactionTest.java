package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.wincc.SourceSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void userAndPasswordAreRemovedFromEveryUrlInAText() {
        String text = "cannot reach https://ops:s3cret@scada1:34569/WinCCRestService and http://u@h/x, "
                + "nor ftp://a:b@c/d; mail me at me@plant.example";

        assertThat(Redaction.urls(text)).isEqualTo("cannot reach https://scada1:34569/WinCCRestService and "
                + "http://h/x, nor ftp://c/d; mail me at me@plant.example");
    }

    @Test
    void aSourceNeverKeepsCredentialsInItsBaseUri() {
        URI configured = URI.create("https://reports:pa%40ss@scada1.plant.local:34569/WinCCRestService/");

        assertThat(SourceSettings.withoutUserInfo(configured))
                .hasToString("https://scada1.plant.local:34569/WinCCRestService/");
        assertThat(Redaction.url(configured)).doesNotContain("pa%40ss").doesNotContain("reports");
    }
}
