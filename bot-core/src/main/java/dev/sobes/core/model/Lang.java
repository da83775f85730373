package dev.sobes.core.model;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An interface and content language. Every text a person reads exists in each of them. */
public enum Lang {
    RU("ru"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The two-letter code used in content files and commands. */
    public String code() {
        return code;
    }

    /** Parses a two-letter code, ignoring case; empty when it names no supported language. */
    public static Optional<Lang> parse(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (lang.code.equals(c)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * The language to speak to a person whose platform reports {@code tag} (an IETF tag such as
     * {@code ru-RU}): Russian for Russian and the languages whose speakers usually read it, English
     * otherwise.
     */
    public static Lang fromTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return EN;
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "ru", "uk", "be", "kk" -> RU;
            default -> EN;
        };
    }
}
