package dev.sobes.core.engine;

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

/**
 * The interface's words in every language, read from {@code messages_<lang>.properties}. A
 * placeholder {@code {0}}, {@code {1}}… is replaced by the arguments in order.
 */
public final class Texts {
    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    public Texts() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, load("messages_" + lang.code() + ".properties"));
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing interface texts " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private Properties bundle(Lang lang) {
        Properties bundle = bundles.get(lang);
        if (bundle == null) {
            throw new IllegalStateException("no interface texts for " + lang);
        }
        return bundle;
    }

    public String get(Lang lang, String key, Object... args) {
        String template = bundle(lang).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + lang.code());
        }
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }

    /** The keys defined for a language; every language defines the same keys. */
    public Set<String> keys(Lang lang) {
        return bundle(lang).stringPropertyNames();
    }
}
