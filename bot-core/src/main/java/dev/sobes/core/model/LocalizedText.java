package dev.sobes.core.model;

import java.util.Objects;

/** A text in every supported language. */
public record LocalizedText(String ru, String en) {
    public LocalizedText {
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    public String in(Lang lang) {
        return lang == Lang.RU ? ru : en;
    }

    /** The same text in every language, for names that are not translated. */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, text);
    }
}
