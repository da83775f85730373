package dev.sobes.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree with Jackson's streaming YAML parser, reporting
 * what the tree cannot hold: syntax errors, duplicate keys, anchors and aliases, and more than one
 * document.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final Path file;
    private final List<ContentError> errors;

    private YamlReader(Path file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The file's single document, or empty when it cannot be read (the reason is in errors). */
    static Optional<YamlNode> read(Path file, List<ContentError> errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new ContentError(file, 1, 1, "the file is not valid UTF-8 text"));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new ContentError(file, 1, 1, "cannot read the file: " + e));
            return Optional.empty();
        }
        return parse(file, text, errors);
    }

    /** Parses {@code text} as the content of {@code file}. */
    static Optional<YamlNode> parse(Path file, String text, List<ContentError> errors) {
        return new YamlReader(file, errors).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private Optional<YamlNode> parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new ContentError(file, 1, 1, "the file is empty"));
                return Optional.empty();
            }
            YamlNode root = node(parser, first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                errors.add(error(
                        at, "a second YAML document ('---') starts here; a content file holds exactly one document"));
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            errors.add(syntaxError(e));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new ContentError(file, 1, 1, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (checkAnchorAndAlias(parser, at)) {
            // An alias reads as its name; report it once and let the value count as absent.
            return new YamlNode.Scalar("", true, at.getLineNr(), at.getColumnNr());
        }
        return switch (token) {
            case START_OBJECT -> mapping(parser, at);
            case START_ARRAY -> sequence(parser, at);
            case VALUE_NULL -> new YamlNode.Scalar("", true, at.getLineNr(), at.getColumnNr());
            default -> {
                if (!token.isScalarValue()) {
                    throw new JsonParseProblem(at, "unexpected " + token.asString());
                }
                String text = parser.getText();
                yield new YamlNode.Scalar(text == null ? "" : text, false, at.getLineNr(), at.getColumnNr());
            }
        };
    }

    private YamlNode.Mapping mapping(JsonParser parser, JsonLocation at) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                throw new JsonParseProblem(parser.currentTokenLocation(), "expected a key");
            }
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            YamlNode value = node(parser, next(parser));
            YamlNode.Entry entry = new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value);
            YamlNode.Entry first = seen.putIfAbsent(key, entry);
            if (first == null) {
                entries.add(entry);
            } else {
                errors.add(error(
                        keyAt,
                        "duplicate field '" + key + "': it is already set at line " + first.line() + ", column "
                                + first.column()));
            }
        }
        return new YamlNode.Mapping(entries, at.getLineNr(), at.getColumnNr());
    }

    private YamlNode.Sequence sequence(JsonParser parser, JsonLocation at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = next(parser)) != JsonToken.END_ARRAY) {
            items.add(node(parser, token));
        }
        return new YamlNode.Sequence(items, at.getLineNr(), at.getColumnNr());
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseProblem(parser.currentLocation(), "unexpected end of the file");
        }
        return token;
    }

    /** Reports anchors and aliases; true when the current token is an alias. */
    private boolean checkAnchorAndAlias(JsonParser parser, JsonLocation at) throws IOException {
        if (parser instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                errors.add(error(at, "aliases (*name) are not supported: write the value out in full"));
                return true;
            }
            if (yaml.getObjectId() != null) {
                errors.add(error(at, "anchors (&name) are not supported: write the value out in full"));
            }
        }
        return false;
    }

    private ContentError error(JsonLocation at, String message) {
        return new ContentError(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }

    private ContentError syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            Mark problemMark = marked.getProblemMark();
            Mark contextMark = marked.getContextMark();
            String problem = orEmpty(marked.getProblem());
            String context = orEmpty(marked.getContext());
            StringBuilder message = new StringBuilder("malformed YAML: ").append(problem.strip());
            if (!context.isBlank()) {
                message.append(" (").append(context.strip());
                if (contextMark != null && problemMark != null && contextMark.getLine() != problemMark.getLine()) {
                    message.append(" at line ")
                            .append(contextMark.getLine() + 1)
                            .append(", column ")
                            .append(contextMark.getColumn() + 1);
                }
                message.append(')');
            }
            Mark at = problemMark != null ? problemMark : contextMark;
            if (at != null) {
                return new ContentError(file, at.getLine() + 1, at.getColumn() + 1, message.toString());
            }
            return new ContentError(file, 1, 1, message.toString());
        }
        if (e instanceof JsonParseProblem problem) {
            return error(problem.at, "malformed YAML: " + problem.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        String message = "malformed YAML: " + orEmpty(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        return at == null ? new ContentError(file, 1, 1, message) : error(at, message);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** A structural problem found while walking the tokens. */
    private static final class JsonParseProblem extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialised: caught within the reader
        private final JsonLocation at;

        JsonParseProblem(JsonLocation at, String message) {
            super(message, at);
            this.at = at;
        }
    }
}
