package dev.sobes.content;

import dev.sobes.core.model.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads values out of a {@link YamlNode} tree of one file, reporting every value of the wrong shape
 * with its position. Each method returns empty when the value is unusable; the reason is already
 * reported.
 */
final class Nodes {
    /** The shape of pack, topic and question ids. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    static final int MAX_ID_LENGTH = 60;

    static final List<String> LANGUAGES = List.of("ru", "en");

    private final Path file;
    private final List<ContentError> errors;

    Nodes(Path file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    Path file() {
        return file;
    }

    void error(YamlNode at, String message) {
        error(at.line(), at.column(), message);
    }

    void error(YamlNode.Entry at, String message) {
        error(at.line(), at.column(), message);
    }

    void error(int line, int column, String message) {
        errors.add(new ContentError(file, line, column, message));
    }

    int errorCount() {
        return errors.size();
    }

    /** The node as a mapping of the given fields; unknown fields are reported. */
    Optional<Fields> fields(YamlNode node, String what, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            error(
                    node,
                    what + " must be a mapping of fields (" + String.join(", ", allowed) + "), found " + node.shape());
            return Optional.empty();
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key())) {
                String suggestion = closest(entry.key(), allowed)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                error(
                        entry,
                        "unknown field '" + entry.key() + "' in " + what + suggestion + "; allowed fields: "
                                + String.join(", ", allowed));
            }
        }
        return Optional.of(new Fields(mapping, what));
    }

    Optional<List<YamlNode>> list(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence.items());
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.of(List.of());
        }
        error(node, what + " must be a list, found " + node.shape());
        return Optional.empty();
    }

    /** A non-blank scalar, stripped of surrounding whitespace. */
    Optional<String> text(YamlNode node, String what) {
        return verbatim(node, what).map(String::strip);
    }

    /** A non-blank scalar exactly as written, for code and program output. */
    Optional<String> verbatim(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            error(node, what + " must be text, found " + node.shape());
            return Optional.empty();
        }
        if (scalar.isNull() || scalar.text().isBlank()) {
            error(node, what + " is empty");
            return Optional.empty();
        }
        return Optional.of(scalar.text());
    }

    /** An id: lowercase letters, digits and '-', at most 60 characters. */
    Optional<String> id(YamlNode node, String what) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return text;
        }
        String id = text.get();
        if (!ID.matcher(id).matches()) {
            error(
                    node,
                    "bad " + what + " '" + id + "': use lowercase Latin letters, digits and '-',"
                            + " starting with a letter or digit");
            return Optional.empty();
        }
        if (id.length() > MAX_ID_LENGTH) {
            error(node, what + " '" + id + "' is " + id.length() + " characters long; at most " + MAX_ID_LENGTH);
            return Optional.empty();
        }
        return text;
    }

    /** A value from a closed set, such as a level. */
    Optional<String> oneOf(YamlNode node, String what, Collection<String> allowed) {
        Optional<String> text = text(node, what);
        if (text.isPresent() && !allowed.contains(text.get())) {
            error(node, "unknown " + what + " '" + text.get() + "'; allowed: " + String.join(", ", allowed));
            return Optional.empty();
        }
        return text;
    }

    /** A {@code {ru: ..., en: ...}} text. */
    Optional<LocalizedText> localized(YamlNode node, String what) {
        return fields(node, what, LANGUAGES).flatMap(f -> languages(f, what));
    }

    /** The {@code ru} and {@code en} fields of a mapping that may also hold other fields. */
    Optional<LocalizedText> languages(Fields fields, String what) {
        List<String> texts = new ArrayList<>();
        boolean ok = true;
        for (String lang : LANGUAGES) {
            Optional<YamlNode> value = fields.mapping().get(lang);
            if (value.isEmpty()) {
                error(
                        fields.mapping(),
                        "missing language '" + lang + "' in " + what + ": every text needs both ru and en");
                ok = false;
                continue;
            }
            Optional<String> text = text(value.get(), "the " + lang + " text of " + what);
            ok &= text.isPresent();
            text.ifPresent(texts::add);
        }
        return ok ? Optional.of(new LocalizedText(texts.get(0), texts.get(1))) : Optional.empty();
    }

    /** The allowed word within two edits of {@code word}, if any. */
    static Optional<String> closest(String word, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The fields of one mapping, looked up by name. */
    final class Fields {
        private final YamlNode.Mapping mapping;
        private final String what;

        Fields(YamlNode.Mapping mapping, String what) {
            this.mapping = mapping;
            this.what = what;
        }

        YamlNode.Mapping mapping() {
            return mapping;
        }

        /** The field's value; absent when the field is missing or has no value. */
        Optional<YamlNode> present(String key) {
            return mapping.get(key).filter(v -> !isEmptyScalar(v));
        }

        /** The field's value, or absent after reporting it missing. */
        Optional<YamlNode> required(String key) {
            Optional<YamlNode.Entry> entry = mapping.entry(key);
            if (entry.isEmpty()) {
                error(mapping, "missing field '" + key + "' in " + what);
                return Optional.empty();
            }
            if (isEmptyScalar(entry.get().value())) {
                error(entry.get(), "field '" + key + "' in " + what + " has no value");
                return Optional.empty();
            }
            return Optional.of(entry.get().value());
        }

        Optional<YamlNode.Entry> entry(String key) {
            return mapping.entry(key);
        }

        boolean has(String key) {
            return mapping.entry(key).isPresent();
        }
    }

    private static boolean isEmptyScalar(@Nullable YamlNode node) {
        return node instanceof YamlNode.Scalar scalar
                && (scalar.isNull() || scalar.text().isBlank());
    }
}
