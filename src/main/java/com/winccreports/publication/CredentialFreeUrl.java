package com.winccreports.publication;

import java.net.URI;
import java.net.URISyntaxException;

/** A URL as a manifest may show it: without user, password, query or fragment, which can carry secrets. */
final class CredentialFreeUrl {

    private CredentialFreeUrl() {
    }

    static String of(String url) {
        if (url == null || url.isBlank()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return uri.getUserInfo() == null && uri.getQuery() == null ? url : "(not shown: not a plain URL)";
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "(not shown: not a valid URL)";
        }
    }
}
