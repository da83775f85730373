package dev.sobes.testkit.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Telegram's HTML parse mode, as strict as Telegram: only the documented tags, properly nested and
 * closed, no markup inside {@code code} or {@code pre} (except one {@code code} directly in a
 * {@code pre}), {@code <} and {@code &} only as markup or as one of the supported entities.
 * Returns the text a person sees; a text Telegram would refuse gets the reason Telegram gives.
 */
public final class TelegramHtml {
    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "code",
            "pre",
            "blockquote",
            "tg-emoji");
    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s*([a-zA-Z-]+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    private TelegramHtml() {}

    /** Why Telegram refused a text. */
    public static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;

        ParseError(String message) {
            super(message);
        }
    }

    /** The visible text of {@code html}, or the reason Telegram would refuse it. */
    public static String visibleText(String html) throws ParseError {
        StringBuilder text = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new ParseError("Unsupported start tag at byte offset " + byteOffset(html, i));
                }
                String inside = html.substring(i + 1, end);
                if (inside.startsWith("/")) {
                    closeTag(inside.substring(1).trim().toLowerCase(Locale.ROOT), open, html, i);
                } else {
                    openTag(inside, open, html, i);
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                @Nullable String decoded = end < 0 || end - i > 10 ? null : entity(html.substring(i + 1, end));
                if (decoded == null) {
                    throw new ParseError("Character '&' is reserved and must be escaped with the preceding '\\' at"
                            + " byte offset " + byteOffset(html, i));
                }
                text.append(decoded);
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new ParseError("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return text.toString();
    }

    private static void openTag(String inside, Deque<String> open, String html, int at) throws ParseError {
        Matcher name = Pattern.compile("^([a-zA-Z-]+)").matcher(inside);
        if (!name.find()) {
            throw new ParseError("Unsupported start tag at byte offset " + byteOffset(html, at));
        }
        String tag = name.group(1).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) {
            throw new ParseError("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(html, at));
        }
        String parent = open.peek();
        if (parent != null && (parent.equals("code") || (parent.equals("pre") && !tag.equals("code")))) {
            throw new ParseError(
                    "Entities can't be nested inside \"" + parent + "\" at byte offset " + byteOffset(html, at));
        }
        Map<String, String> attributes = attributes(inside.substring(name.end()), html, at);
        switch (tag) {
            case "a" -> {
                if (!attributes.containsKey("href")) {
                    throw new ParseError("Can't find href in a tag at byte offset " + byteOffset(html, at));
                }
            }
            case "span" -> {
                if (!"tg-spoiler".equals(attributes.get("class"))) {
                    throw new ParseError(
                            "Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(html, at));
                }
            }
            case "code" -> {
                String language = attributes.get("class");
                if (language != null && (!"pre".equals(parent) || !language.startsWith("language-"))) {
                    throw new ParseError("Unsupported attribute of code tag at byte offset " + byteOffset(html, at));
                }
            }
            case "tg-emoji" -> {
                if (!attributes.containsKey("emoji-id")) {
                    throw new ParseError("Can't find emoji-id in tg-emoji tag");
                }
            }
            default -> {
                // the other tags take no attributes that change how they parse
            }
        }
        open.push(tag);
    }

    private static Map<String, String> attributes(String rest, String html, int at) throws ParseError {
        Map<String, String> attributes = new java.util.HashMap<>();
        String remaining = rest.strip();
        Matcher m = ATTRIBUTE.matcher(remaining);
        int pos = 0;
        while (pos < remaining.length()) {
            if (!m.find(pos) || m.start() != pos || m.end() == pos) {
                throw new ParseError("Unsupported start tag attributes at byte offset " + byteOffset(html, at));
            }
            String value = m.group(2) == null ? "" : m.group(2);
            if (value.startsWith("\"") || value.startsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), value);
            pos = m.end();
        }
        return attributes;
    }

    private static void closeTag(String tag, Deque<String> open, String html, int at) throws ParseError {
        String expected = open.peek();
        if (expected == null) {
            throw new ParseError("Unexpected end tag at byte offset " + byteOffset(html, at));
        }
        if (!expected.equals(tag)) {
            throw new ParseError("Unmatched end tag at byte offset " + byteOffset(html, at) + ", expected \"</"
                    + expected + ">\", found \"</" + tag + ">\"");
        }
        open.pop();
    }

    private static @Nullable String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        return NAMED.get(name);
    }

    private static @Nullable String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? Character.toString(cp) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int byteOffset(String html, int charIndex) {
        return html.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }
}
