package dev.sobes.discord;

import dev.sobes.core.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The adapter's own words in every language, from {@code texts_<lang>.properties}. */
final class AdapterTexts {
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

    String get(Lang lang, String key, Object... args) {
        Properties bundle = bundles.get(lang);
        String template = bundle == null ? null : bundle.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no adapter text '" + key + "' in " + lang.code());
        }
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }

    Set<String> keys(Lang lang) {
        Properties bundle = bundles.get(lang);
        return bundle == null ? Set.of() : bundle.stringPropertyNames();
    }
}
