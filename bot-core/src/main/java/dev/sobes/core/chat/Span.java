package dev.sobes.core.chat;

/** A run of inline text with one style. Adapters escape the text; the engine never does. */
public sealed interface Span permits Span.Plain, Span.Bold, Span.Italic, Span.Code {
    String text();

    record Plain(String text) implements Span {}

    record Bold(String text) implements Span {}

    record Italic(String text) implements Span {}

    /** Inline code. */
    record Code(String text) implements Span {}

    static Span plain(String text) {
        return new Plain(text);
    }

    static Span bold(String text) {
        return new Bold(text);
    }

    static Span italic(String text) {
        return new Italic(text);
    }

    static Span code(String text) {
        return new Code(text);
    }
}
