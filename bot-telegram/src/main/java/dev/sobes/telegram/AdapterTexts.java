package dev.sobes.telegram;

import dev.sobes.core.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The few words the adapter says itself, about Telegram rather than interviews (a note to open a
 * private chat, a request to slow down, the command menu), in every language. Placeholders
 * {@code {0}}, {@code {1}} take already escaped HTML.
 */
final class AdapterTexts {
    /**
     * The commands of the menu in private chats, in menu order; descriptions are {@code
     * command.<name>}. The administrators' commands are left out: they work when typed.
     */
    static final List<String> MENU = List.of(
            "practice",
            "mock",
            "review",
            "stats",
            "next",
            "hint",
            "skip",
            "stop",
            "ask",
            "remind",
            "timezone",
            "report",
            "packs",
            "export",
            "forget",
            "lang",
            "menu",
            "help");

    /** The menu in groups: group interviews and interviewer mode first, then practice. */
    static final List<String> GROUP_MENU = List.of(
            "group",
            "join",
            "leave",
            "begin",
            "reveal",
            "next",
            "end",
            "leaderboard",
            "interview",
            "practice",
            "report",
            "help");

    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    AdapterTexts() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, load("texts_" + lang.code() + ".properties"));
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = AdapterTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing adapter texts " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A text with no placeholders, as a message. */
    Outgoing.Text text(Lang lang, String key) {
        String plain = plain(lang, key);
        return new Outgoing.Text(HtmlRenderer.escape(plain), plain, true);
    }

    /**
     * A text with placeholders, as a message: {@code plainArgs} go into the plain version,
     * {@code htmlArgs} (already escaped) into the HTML one.
     */
    Outgoing.Text text(Lang lang, String key, List<String> plainArgs, List<String> htmlArgs) {
        String template = plain(lang, key);
        String html = HtmlRenderer.escape(template);
        String plain = template;
        for (int i = 0; i < plainArgs.size(); i++) {
            plain = plain.replace("{" + i + "}", plainArgs.get(i));
            html = html.replace("{" + i + "}", htmlArgs.get(i));
        }
        return new Outgoing.Text(html, plain, true);
    }

    String plain(Lang lang, String key) {
        Properties bundle = bundles.get(lang);
        String template = bundle == null ? null : bundle.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no adapter text '" + key + "' in " + lang.code());
        }
        return template;
    }
}
