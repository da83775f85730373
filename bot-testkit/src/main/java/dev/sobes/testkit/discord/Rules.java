package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Discord's limits on what a bot sends. Each check returns the problems found, worded like
 * Discord's "Invalid Form Body" errors; an empty list means Discord would accept it.
 */
final class Rules {
    static final int CONTENT = 2000;
    static final int EMBEDS = 10;
    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int EMBED_FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int AUTHOR = 256;
    static final int EMBED_TOTAL = 6000;
    static final int ROWS = 5;
    static final int ROW_BUTTONS = 5;
    static final int CUSTOM_ID = 100;
    static final int BUTTON_LABEL = 80;
    static final int MODAL_TITLE = 45;
    static final int MODAL_LABEL = 45;
    static final int TEXT_INPUT = 4000;
    static final int CHOICES = 25;
    static final int CHOICE_TEXT = 100;
    static final int THREAD_NAME = 100;
    static final int COMMANDS = 100;

    private static final Pattern COMMAND_NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    private Rules() {}

    /** A whole new message: it must say something, within every limit. */
    static List<String> message(JsonNode message) {
        return message(message, 0);
    }

    /** A whole new message with {@code files} files: it must say something or carry a file. */
    static List<String> message(JsonNode message, int files) {
        List<String> problems = new ArrayList<>(parts(message));
        boolean hasContent = !message.path("content").asText("").isBlank();
        boolean hasEmbeds = message.path("embeds").size() > 0;
        if (!hasContent && !hasEmbeds && files == 0) {
            problems.add("Cannot send an empty message");
        }
        return problems;
    }

    /** Whatever parts of a message are present (an edit may carry only some). */
    static List<String> parts(JsonNode message) {
        List<String> problems = new ArrayList<>();
        String content = message.path("content").asText("");
        if (content.length() > CONTENT) {
            problems.add("content: Must be " + CONTENT + " or fewer in length (was " + content.length() + ").");
        }
        problems.addAll(embeds(message.path("embeds")));
        problems.addAll(components(message.path("components")));
        return problems;
    }

    static List<String> embeds(JsonNode embeds) {
        List<String> problems = new ArrayList<>();
        if (embeds.size() > EMBEDS) {
            problems.add("embeds: Must be " + EMBEDS + " or fewer in length.");
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            JsonNode embed = embeds.get(i);
            String at = "embeds." + i + ".";
            total += limit(problems, at + "title", embed.path("title").asText(""), EMBED_TITLE);
            total += limit(
                    problems, at + "description", embed.path("description").asText(""), EMBED_DESCRIPTION);
            total += limit(
                    problems,
                    at + "footer.text",
                    embed.path("footer").path("text").asText(""),
                    FOOTER);
            total += limit(
                    problems,
                    at + "author.name",
                    embed.path("author").path("name").asText(""),
                    AUTHOR);
            JsonNode fields = embed.path("fields");
            if (fields.size() > EMBED_FIELDS) {
                problems.add(at + "fields: Must be " + EMBED_FIELDS + " or fewer in length.");
            }
            for (int f = 0; f < fields.size(); f++) {
                total += limit(
                        problems,
                        at + "fields." + f + ".name",
                        fields.get(f).path("name").asText(""),
                        FIELD_NAME);
                total += limit(
                        problems,
                        at + "fields." + f + ".value",
                        fields.get(f).path("value").asText(""),
                        FIELD_VALUE);
            }
        }
        if (total > EMBED_TOTAL) {
            problems.add("embeds: Embed size exceeds maximum size of " + EMBED_TOTAL + " (was " + total + ").");
        }
        return problems;
    }

    static List<String> components(JsonNode rows) {
        List<String> problems = new ArrayList<>();
        if (rows.size() > ROWS) {
            problems.add("components: Must be " + ROWS + " or fewer in length (was " + rows.size() + ").");
        }
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            String at = "components." + r;
            if (row.path("type").asInt() != 1) {
                problems.add(at + ": a message's top-level components must be action rows.");
                continue;
            }
            JsonNode buttons = row.path("components");
            if (buttons.size() == 0 || buttons.size() > ROW_BUTTONS) {
                problems.add(at + ".components: Must be between 1 and " + ROW_BUTTONS + " in length (was "
                        + buttons.size() + ").");
            }
            for (int b = 0; b < buttons.size(); b++) {
                JsonNode button = buttons.get(b);
                String bat = at + ".components." + b;
                if (button.path("type").asInt() != 2) {
                    continue;
                }
                limit(problems, bat + ".label", button.path("label").asText(""), BUTTON_LABEL);
                if (button.path("style").asInt() != 5) {
                    String id = button.path("custom_id").asText("");
                    if (id.isEmpty()) {
                        problems.add(bat + ".custom_id: This field is required.");
                    }
                    limit(problems, bat + ".custom_id", id, CUSTOM_ID);
                    if (!ids.add(id)) {
                        problems.add(bat + ".custom_id: Component custom id cannot be duplicated.");
                    }
                }
            }
        }
        return problems;
    }

    static List<String> modal(JsonNode modal) {
        List<String> problems = new ArrayList<>();
        limit(problems, "title", modal.path("title").asText(""), MODAL_TITLE);
        if (modal.path("title").asText("").isBlank()) {
            problems.add("title: This field is required.");
        }
        String id = modal.path("custom_id").asText("");
        if (id.isEmpty()) {
            problems.add("custom_id: This field is required.");
        }
        limit(problems, "custom_id", id, CUSTOM_ID);
        JsonNode components = modal.path("components");
        if (components.size() == 0 || components.size() > 5) {
            problems.add("components: Must be between 1 and 5 in length.");
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode label = components.get(i);
            String at = "components." + i;
            if (label.path("type").asInt() != 18) {
                problems.add(at + ": a modal's top-level components must be labels (type 18).");
                continue;
            }
            limit(problems, at + ".label", label.path("label").asText(""), MODAL_LABEL);
            JsonNode input = label.path("component");
            if (input.path("type").asInt() == 4) {
                limit(
                        problems,
                        at + ".component.custom_id",
                        input.path("custom_id").asText(""),
                        CUSTOM_ID);
                if (input.path("max_length").asInt(TEXT_INPUT) > TEXT_INPUT) {
                    problems.add(at + ".component.max_length: Must be " + TEXT_INPUT + " or less.");
                }
                limit(problems, at + ".component.value", input.path("value").asText(""), TEXT_INPUT);
                limit(
                        problems,
                        at + ".component.placeholder",
                        input.path("placeholder").asText(""),
                        100);
            }
        }
        return problems;
    }

    static List<String> choices(JsonNode data) {
        List<String> problems = new ArrayList<>();
        JsonNode choices = data.path("choices");
        if (choices.size() > CHOICES) {
            problems.add("choices: Must be " + CHOICES + " or fewer in length.");
        }
        for (int i = 0; i < choices.size(); i++) {
            String name = choices.get(i).path("name").asText("");
            if (name.isEmpty()) {
                problems.add("choices." + i + ".name: This field is required.");
            }
            limit(problems, "choices." + i + ".name", name, CHOICE_TEXT);
            limit(
                    problems,
                    "choices." + i + ".value",
                    choices.get(i).path("value").asText(""),
                    CHOICE_TEXT);
        }
        return problems;
    }

    static List<String> commands(JsonNode commands) {
        List<String> problems = new ArrayList<>();
        if (commands.size() > COMMANDS) {
            problems.add("Maximum number of application commands reached (" + COMMANDS + ").");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            JsonNode command = commands.get(i);
            String at = i + ".";
            String name = command.path("name").asText("");
            if (!COMMAND_NAME.matcher(name).matches() || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(at + "name: Command name is invalid: \"" + name + "\".");
            }
            if (!names.add(name)) {
                problems.add(at + "name: Application command names must be unique.");
            }
            String description = command.path("description").asText("");
            if (description.isEmpty() || description.length() > 100) {
                problems.add(at + "description: Must be between 1 and 100 in length.");
            }
            command.path("name_localizations").properties().forEach(e -> {
                String localized = e.getValue().asText("");
                if (!COMMAND_NAME.matcher(localized).matches()) {
                    problems.add(at + "name_localizations." + e.getKey() + ": Command name is invalid: \"" + localized
                            + "\".");
                }
            });
            command.path("description_localizations")
                    .properties()
                    .forEach(e -> limit(
                            problems,
                            at + "description_localizations." + e.getKey(),
                            e.getValue().asText(""),
                            100));
            JsonNode options = command.path("options");
            if (options.size() > 25) {
                problems.add(at + "options: Must be 25 or fewer in length.");
            }
            boolean optionalSeen = false;
            for (int o = 0; o < options.size(); o++) {
                JsonNode option = options.get(o);
                boolean required = option.path("required").asBoolean(false);
                if (required && optionalSeen) {
                    problems.add(at + "options." + o + ".required: Required options must be placed before"
                            + " non-required options.");
                }
                optionalSeen |= !required;
                int type = option.path("type").asInt();
                if (type < 3 || type > 11) {
                    problems.add(at + "options." + o + ".type: Value must be one of {3, 4, 5, 6, 7, 8, 9, 10, 11}.");
                }
                if (option.has("min_value")
                        && option.has("max_value")
                        && option.path("min_value").asDouble()
                                > option.path("max_value").asDouble()) {
                    problems.add(at + "options." + o + ".min_value: Must be less than or equal to max_value.");
                }
                if (!COMMAND_NAME.matcher(option.path("name").asText("")).matches()) {
                    problems.add(at + "options." + o + ".name: Command option name is invalid.");
                }
                if (option.path("choices").size() > 25) {
                    problems.add(at + "options." + o + ".choices: Must be 25 or fewer in length.");
                }
                if (option.path("autocomplete").asBoolean()
                        && option.path("choices").size() > 0) {
                    problems.add(at + "options." + o + ": Autocomplete cannot be set with choices.");
                }
            }
        }
        return problems;
    }

    private static int limit(List<String> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(field + ": Must be " + max + " or fewer in length (was " + value.length() + ").");
        }
        return value.length();
    }
}
