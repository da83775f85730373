package dev.sobes.discord;

import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The slash commands, mirroring the chat commands, with names and descriptions in English and
 * Russian; their options become the engine command's arguments in a fixed order.
 */
final class SlashCommands {
    /** Commands that start a person's own practice: in a shared channel they move to a thread or DMs. */
    static final Set<String> SOLO = Set.of("practice", "mock", "review", "ask");

    /** Options in the order the engine reads its arguments. */
    static final List<String> ARGUMENT_ORDER =
            List.of("pack", "topic", "level", "language", "id", "questions", "minutes");

    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE_TEXT = 100;

    private final AdapterTexts texts;

    SlashCommands(AdapterTexts texts) {
        this.texts = texts;
    }

    List<SlashCommandData> all() {
        Map<String, List<OptionData>> commands = new LinkedHashMap<>();
        commands.put("practice", List.of(pack(), topic(), level()));
        commands.put("mock", List.of(pack(), number("questions", 3, 20), number("minutes", 1, 30)));
        commands.put("review", List.of());
        commands.put("stats", List.of());
        commands.put("hint", List.of());
        commands.put("skip", List.of());
        commands.put("next", List.of());
        commands.put("stop", List.of());
        commands.put("lang", List.of(language()));
        commands.put("help", List.of());
        commands.put("ask", List.of(option("id", true)));
        List<SlashCommandData> out = new ArrayList<>();
        for (Map.Entry<String, List<OptionData>> command : commands.entrySet()) {
            String name = command.getKey();
            out.add(Commands.slash(name, texts.get(Lang.EN, "command." + name + ".description"))
                    .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "command." + name + ".name"))
                    .setDescriptionLocalization(
                            DiscordLocale.RUSSIAN, texts.get(Lang.RU, "command." + name + ".description"))
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                    .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                    .addOptions(command.getValue()));
        }
        return out;
    }

    private OptionData option(String name, boolean required) {
        return new OptionData(OptionType.STRING, name, texts.get(Lang.EN, "option." + name + ".description"), required)
                .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + name + ".name"))
                .setDescriptionLocalization(
                        DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + name + ".description"));
    }

    private OptionData number(String name, int min, int max) {
        return new OptionData(OptionType.INTEGER, name, texts.get(Lang.EN, "option." + name + ".description"), false)
                .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + name + ".name"))
                .setDescriptionLocalization(
                        DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + name + ".description"))
                .setRequiredRange(min, max);
    }

    private OptionData pack() {
        return option("pack", false).setAutoComplete(true);
    }

    private OptionData topic() {
        return option("topic", false).setAutoComplete(true);
    }

    private OptionData level() {
        OptionData level = option("level", false);
        for (String code : List.of("junior", "middle", "senior", "mixed")) {
            level.addChoices(new Command.Choice(texts.get(Lang.EN, "level." + code), code)
                    .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "level." + code)));
        }
        return level;
    }

    private OptionData language() {
        OptionData language = option("language", false);
        for (Lang lang : Lang.values()) {
            language.addChoice(texts.get(lang, "language." + lang.code()), lang.code());
        }
        return language;
    }

    /** The command's option values as the engine's arguments: pack, topic, level, then the rest. */
    static List<String> arguments(CommandInteractionPayload command) {
        List<String> args = new ArrayList<>();
        for (String name : ARGUMENT_ORDER) {
            OptionMapping option = command.getOption(name);
            if (option != null && !option.getAsString().isBlank()) {
                // The engine reads a number with a unit as a time limit: "5m" is five minutes a question.
                args.add(option.getAsString().strip() + (name.equals("minutes") ? "m" : ""));
            }
        }
        return args;
    }

    /** Autocomplete choices for the pack or topic option, matching what was typed so far. */
    static List<Command.Choice> choices(QuestionBank bank, String option, String typed, String packTyped, Lang lang) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        List<Command.Choice> out = new ArrayList<>();
        List<Pack> packs =
                bank.packs().stream().filter(p -> !p.questions().isEmpty()).toList();
        if (option.equals("pack")) {
            for (Pack pack : packs) {
                String title = pack.title().in(lang);
                if (matches(needle, pack.id(), title)) {
                    out.add(new Command.Choice(clip(title + " (" + pack.id() + ")"), clip(pack.id())));
                }
            }
        } else if (option.equals("topic")) {
            String packId = packTyped.strip().toLowerCase(Locale.ROOT);
            for (Pack pack : packs) {
                if (!packId.isEmpty() && !pack.id().equals(packId)) {
                    continue;
                }
                for (Topic topic : pack.topics()) {
                    String title = topic.title().in(lang);
                    if (!pack.questions(topic.id(), null).isEmpty() && matches(needle, topic.id(), title)) {
                        String name = packs.size() > 1 && packId.isEmpty() ? title + " · " + pack.id() : title;
                        out.add(new Command.Choice(clip(name), clip(topic.id())));
                    }
                }
            }
        }
        return out.size() > MAX_CHOICES ? out.subList(0, MAX_CHOICES) : out;
    }

    private static boolean matches(String needle, String id, String title) {
        return needle.isEmpty()
                || id.toLowerCase(Locale.ROOT).contains(needle)
                || title.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String clip(String text) {
        return text.length() <= MAX_CHOICE_TEXT ? text : text.substring(0, MAX_CHOICE_TEXT - 1) + "…";
    }
}
