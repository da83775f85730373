package dev.sobes.discord;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
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
import java.util.regex.Pattern;
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
 * Russian; their options become the engine command's arguments in a fixed order. The group
 * interview's commands are offered in servers only.
 */
final class SlashCommands {
    /** Commands that start a person's own practice: in a shared channel they move to a thread or DMs. */
    static final Set<String> SOLO = Set.of("practice", "mock", "review", "ask");

    /** Commands of the group flows, which only make sense in a server. */
    static final Set<String> GROUP =
            Set.of("group", "join", "leave", "begin", "reveal", "end", "leaderboard", "interview");

    /**
     * Commands whose answers a shared channel sees: the group flows', and the controls a host uses
     * in a game (no practice of one's own runs in a shared channel). The rest are answered to their
     * person only.
     */
    static final Set<String> FOR_EVERYONE = Set.of(
            "group", "join", "leave", "begin", "reveal", "end", "leaderboard", "interview", "next", "skip", "stop");

    /**
     * Options in the order the engine reads its arguments: a report's question id comes before its
     * comment, a reminder's time before its zone.
     */
    static final List<String> ARGUMENT_ORDER = List.of(
            "candidate",
            "pack",
            "topic",
            "level",
            "questions",
            "minutes",
            "open",
            "period",
            "language",
            "id",
            "question",
            "comment",
            "time",
            "zone",
            "text");

    /** The command that takes a file, and its attachment option. */
    static final String UPLOAD = "upload";

    static final String FILE = "file";

    /** The longest text a string option takes here: a comment or a notice. */
    static final int MAX_TEXT = 1000;

    private static final int MAX_ZONE = 64;

    /** The engine's bounds for a group interview and a mock interview: questions, and minutes a question. */
    static final int MAX_QUESTIONS = 20;

    static final int MOCK_MIN_QUESTIONS = 3;

    static final double MIN_MINUTES = 0.5;
    static final double MAX_MINUTES = 30;

    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE_TEXT = 100;
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final Pattern TOPICS = Pattern.compile("[\\s,]+");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final AdapterTexts texts;

    SlashCommands(AdapterTexts texts) {
        this.texts = texts;
    }

    List<SlashCommandData> all() {
        Map<String, List<OptionData>> commands = new LinkedHashMap<>();
        commands.put("practice", List.of(pack(), topic(), level()));
        commands.put("mock", List.of(pack(), mockQuestions(), mockMinutes()));
        commands.put("review", List.of());
        commands.put("stats", List.of());
        commands.put("hint", List.of());
        commands.put("skip", List.of());
        commands.put("next", List.of());
        commands.put("stop", List.of());
        commands.put("lang", List.of(language()));
        commands.put("help", List.of());
        commands.put("ask", List.of(option("id", true)));
        commands.put("group", List.of(pack(), topic(), level(), questions(), minutes(), open()));
        commands.put("join", List.of());
        commands.put("leave", List.of());
        commands.put("begin", List.of());
        commands.put("reveal", List.of());
        commands.put("end", List.of());
        commands.put("leaderboard", List.of(period()));
        commands.put("interview", List.of(candidate(), pack(), topic(), level(), questions()));
        commands.put("report", List.of(text("comment", true), option("question", false)));
        commands.put(UPLOAD, List.of(option(OptionType.ATTACHMENT, FILE, true)));
        commands.put("packs", List.of());
        commands.put("deletepack", List.of(option(OptionType.STRING, "id", "pack-id", true)));
        commands.put("remind", List.of(option("time", false).setMaxLength(5), zone(false)));
        commands.put("timezone", List.of(zone(false)));
        commands.put("export", List.of());
        commands.put("forget", List.of());
        commands.put("reload", List.of());
        commands.put("counts", List.of());
        commands.put("broadcast", List.of(text("text", true)));
        commands.put("reports", List.of());
        List<SlashCommandData> out = new ArrayList<>();
        for (Map.Entry<String, List<OptionData>> command : commands.entrySet()) {
            String name = command.getKey();
            SlashCommandData data = Commands.slash(name, texts.get(Lang.EN, "command." + name + ".description"))
                    .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "command." + name + ".name"))
                    .setDescriptionLocalization(
                            DiscordLocale.RUSSIAN, texts.get(Lang.RU, "command." + name + ".description"))
                    .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                    .addOptions(command.getValue());
            if (GROUP.contains(name)) {
                data.setContexts(InteractionContextType.GUILD);
            } else {
                data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            }
            out.add(data);
        }
        return out;
    }

    private OptionData option(String name, boolean required) {
        return option(OptionType.STRING, name, required);
    }

    private OptionData option(OptionType type, String name, boolean required) {
        return option(type, name, name, required);
    }

    /** An option whose texts are under {@code option.<textKey>}: one name may mean other things in other commands. */
    private OptionData option(OptionType type, String name, String textKey, boolean required) {
        return new OptionData(type, name, texts.get(Lang.EN, "option." + textKey + ".description"), required)
                .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + textKey + ".name"))
                .setDescriptionLocalization(
                        DiscordLocale.RUSSIAN, texts.get(Lang.RU, "option." + textKey + ".description"));
    }

    private OptionData text(String name, boolean required) {
        return option(name, required).setMaxLength(MAX_TEXT);
    }

    private OptionData zone(boolean required) {
        return option("zone", required).setMaxLength(MAX_ZONE);
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

    private OptionData questions() {
        return option(OptionType.INTEGER, "questions", "group-questions", false).setRequiredRange(1, MAX_QUESTIONS);
    }

    private OptionData minutes() {
        return option(OptionType.NUMBER, "minutes", "group-minutes", false).setRequiredRange(MIN_MINUTES, MAX_MINUTES);
    }

    private OptionData mockQuestions() {
        return option(OptionType.INTEGER, "questions", false).setRequiredRange(MOCK_MIN_QUESTIONS, MAX_QUESTIONS);
    }

    private OptionData mockMinutes() {
        return option(OptionType.INTEGER, "minutes", false).setRequiredRange(1, (long) MAX_MINUTES);
    }

    private OptionData open() {
        return option(OptionType.BOOLEAN, "open", false);
    }

    private OptionData candidate() {
        return option(OptionType.USER, "candidate", false);
    }

    private OptionData period() {
        OptionData period = option("period", false);
        for (String code : List.of("week", "month", "all")) {
            period.addChoices(new Command.Choice(texts.get(Lang.EN, "period." + code), code)
                    .setNameLocalization(DiscordLocale.RUSSIAN, texts.get(Lang.RU, "period." + code)));
        }
        return period;
    }

    private OptionData language() {
        OptionData language = option("language", false);
        for (Lang lang : Lang.values()) {
            language.addChoice(texts.get(lang, "language." + lang.code()), lang.code());
        }
        return language;
    }

    /**
     * The command's option values as the engine's arguments, in {@link #ARGUMENT_ORDER}: a member as
     * {@link dev.sobes.core.chat.Command#mention}, the minutes a question as {@code 2m} or {@code 90s},
     * {@code open} when it is on; a group's or interview's topics may be several, separated by spaces
     * or commas.
     */
    static List<String> arguments(CommandInteractionPayload command) {
        List<String> args = new ArrayList<>();
        boolean group = GROUP.contains(command.getName());
        for (String name : ARGUMENT_ORDER) {
            OptionMapping option = command.getOption(name);
            if (option == null) {
                continue;
            }
            OptionType type = option.getType();
            if (type == OptionType.USER) {
                String id = option.getAsString();
                if (SNOWFLAKE.matcher(id).matches()) {
                    args.add(dev.sobes.core.chat.Command.mention(new PersonId(Platform.DISCORD, id)));
                }
            } else if (name.equals("minutes")) {
                args.add(duration(option.getAsDouble()));
            } else if (type == OptionType.BOOLEAN) {
                if (option.getAsBoolean()) {
                    args.add(name);
                }
            } else if (name.equals("comment")) {
                // As typed after /report: word by word.
                WORDS.splitAsStream(option.getAsString().strip())
                        .filter(word -> !word.isEmpty())
                        .forEach(args::add);
            } else if (group && name.equals("topic")) {
                TOPICS.splitAsStream(option.getAsString())
                        .filter(topic -> !topic.isEmpty())
                        .forEach(args::add);
            } else if (!option.getAsString().isBlank()) {
                args.add(option.getAsString().strip());
            }
        }
        return args;
    }

    /** Minutes as the engine's time argument: {@code 2m}, or {@code 90s} when not whole minutes. */
    static String duration(double minutes) {
        long seconds = Math.round(minutes * 60);
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
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
