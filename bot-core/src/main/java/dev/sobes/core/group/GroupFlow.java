package dev.sobes.core.group;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.AnswerCheck;
import dev.sobes.core.engine.Texts;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.ProgressStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The group flows as the engine sees them: which inputs they take, and what they make of them.
 *
 * <h2>Commands</h2>
 *
 * In a group chat, channel or thread: {@code /group [pack] [topic…] [level] [N] [Nm|Ns] [open]}
 * opens a lobby (defaults: the first pack, every topic, mixed levels, 5 questions, 2 minutes each;
 * {@code open} shows every answer's text at the reveal, otherwise only coverage); {@code /join},
 * {@code /leave}; for the host or a manager of the chat: {@code /begin}, {@code /reveal},
 * {@code /next} (skips an open question, or asks the next one), {@code /end};
 * {@code /leaderboard [week|month|all]}; {@code /interview [person] [pack] [topic] [level] [N]}, the
 * person as {@link Command#mention} makes (without one, anyone may take the candidate's seat).
 * While a game runs, {@code /skip} and {@code /stop} mean {@code /next} and {@code /end}.
 *
 * <h2>What adapters send</h2>
 *
 * <ul>
 *   <li>An answer written in a private form opened by an {@link dev.sobes.core.chat.Button#asksForText()
 *       asking button} (a Discord modal): a {@link TextMessage} in the game's conversation whose
 *       {@code form} is the button's action.
 *   <li>An answer written in a direct chat with the bot (Telegram): an ordinary {@link TextMessage}
 *       in that direct conversation. While the person is a participant of an open question, the
 *       engine takes it as their answer there, under the game conversation's lock; otherwise the
 *       direct conversation gets it as usual.
 *   <li>An answer written as a reply to the bot in the group: a {@link TextMessage} in the group.
 *       It is accepted, and the engine asks for the message to be deleted with a reply that has
 *       {@link Reply#removeInput()}: the adapter deletes the message where it may, and sends that
 *       reply (a warning that others can read it) only where it cannot.
 *   <li>A press of a button from a private message (Telegram delivers those in the direct chat):
 *       an ordinary {@link ButtonPress} in the direct conversation; the engine sends it to the game
 *       conversation its action was issued for.
 *   <li>{@link dev.sobes.core.chat.Person#manager()} when the platform lets the person manage the chat.
 * </ul>
 *
 * <h2>What adapters receive</h2>
 *
 * Replies to the game's conversation; those only one person may see carry {@link
 * Reply#privateTo()} (an ephemeral message on Discord, a direct message on Telegram). The count of
 * answers is one message edited in place ({@link Reply#replace()}), so a busy game stays within a
 * group's message limits. A timed question's deadline is kept in the game, so the store finds the
 * conversation when it is due and the application delivers a {@link Tick}; early, late and
 * repeated ticks are harmless.
 */
public final class GroupFlow {
    private static final Set<String> OWN_COMMANDS =
            Set.of("group", "join", "leave", "begin", "reveal", "end", "leaderboard", "interview");

    /** Commands of solo practice that still work while a game runs: they change nothing in it. */
    private static final Set<String> PASS_THROUGH = Set.of("help", "lang", "stats", "menu");

    final Supplier<QuestionBank> bank;
    final ProgressStore progress;
    final GroupStore store;
    final Clock clock;
    final long seed;
    final ActionCodec actions;
    final Texts texts;
    final AnswerCheck answerCheck;
    private final SplittableRandom ids;

    public GroupFlow(
            Supplier<QuestionBank> bank,
            ProgressStore progress,
            GroupStore store,
            Clock clock,
            long seed,
            ActionCodec actions,
            Texts texts,
            AnswerCheck answerCheck) {
        this.bank = bank;
        this.progress = progress;
        this.store = store;
        this.clock = clock;
        this.seed = seed;
        this.actions = actions;
        this.texts = texts;
        this.answerCheck = answerCheck;
        this.ids = new SplittableRandom(seed);
    }

    /**
     * A new id for a game or an interview: the moment in base 36 and a few characters drawn from
     * the engine's seed, so two games opened at the same moment still differ.
     */
    synchronized String newId(Instant now) {
        return Long.toString(now.toEpochMilli(), 36)
                + Integer.toString(36 * 36 * 36 + ids.nextInt(35 * 36 * 36 * 36), 36);
    }

    /**
     * What the group flows made of an input.
     *
     * @param game the group interview after the input; null when none runs
     * @param interview the interview between members after the input; null when none runs
     * @param takesOver true when a game or interview opened: whatever solo practice ran in the
     *     conversation ends
     */
    public record Outcome(
            List<Reply> replies,
            @Nullable GroupGame game,
            @Nullable PairInterview interview,
            boolean takesOver) {
        public Outcome {
            replies = List.copyOf(replies);
        }
    }

    /**
     * The group conversation that a private input may belong to: for a text or a button press in a
     * direct conversation by someone playing in a group, that group. The input is then offered to
     * {@link #handle} for that conversation first, under its lock.
     */
    public Optional<Conversation> routeOf(Input input) {
        if (!(input instanceof TextMessage || input instanceof ButtonPress)
                || input.conversation().group()) {
            return Optional.empty();
        }
        UserInput userInput = (UserInput) input;
        Optional<Conversation> game = store.playing(userInput.person().id());
        if (game.isEmpty() || game.get().equals(input.conversation())) {
            return Optional.empty();
        }
        if (input instanceof ButtonPress press) {
            Optional<String> payload = actions.verify(game.get(), press.action());
            if (payload.isEmpty() || !ownsPayload(payload.get())) {
                return Optional.empty();
            }
        }
        return game;
    }

    /**
     * Applies {@code input} to the group flows of conversation {@code where}, whose session holds
     * {@code game} and {@code interview}; null when the input is not theirs (solo practice takes it).
     * {@code where} differs from the input's conversation when the input was routed there from a
     * direct chat (see {@link #routeOf}).
     *
     * @param lang the language of the person behind the input (ignored for ticks)
     */
    public @Nullable Outcome handle(
            Conversation where, Input input, @Nullable GroupGame game, @Nullable PairInterview interview, Lang lang) {
        boolean routed = !input.conversation().equals(where);
        if (input instanceof Tick tick) {
            if (game == null) {
                return null;
            }
            Play play = new Play(this, where, null, game.lang(), game, interview);
            Rounds.onTick(play, tick.at());
            return play.outcome();
        }
        UserInput userInput = (UserInput) input;
        Play play = new Play(this, where, userInput.person(), lang, game, interview);
        boolean running = game != null || interview != null;
        if (input instanceof Command command) {
            if (routed) {
                return null;
            }
            if (!OWN_COMMANDS.contains(command.name()) && !running) {
                return null;
            }
            if (PASS_THROUGH.contains(command.name())) {
                return null;
            }
            onCommand(play, command);
            return play.outcome();
        }
        if (input instanceof ButtonPress press) {
            Optional<String> payload = actions.verify(where, press.action());
            if (payload.isPresent() && ownsPayload(payload.get())) {
                onButton(play, payload.get());
                return play.outcome();
            }
            if (routed || !running || payload.isEmpty() || PASS_THROUGH.contains(payload.get())) {
                return null;
            }
            play.tell("group.busy");
            return play.outcome();
        }
        TextMessage text = (TextMessage) input;
        if (routed) {
            if (game == null || !Rounds.claimsPrivateText(game, text.person().id())) {
                return null;
            }
            Rounds.answer(play, text.text(), false, null);
            return play.outcome();
        }
        String form = text.form();
        if (form != null) {
            Optional<String> payload = actions.verify(where, form);
            if (payload.isEmpty() || !payload.get().startsWith(Rounds.PREFIX)) {
                play.tell("error.forged-button");
            } else {
                Rounds.onForm(play, payload.get(), text.text());
            }
            return play.outcome();
        }
        if (game != null) {
            Rounds.answer(play, text.text(), text.seenByOthers(), null);
            return play.outcome();
        }
        if (interview != null) {
            // The candidate may answer in writing for the interviewer to read; the bot stays quiet.
            return play.outcome();
        }
        return null;
    }

    /** The group commands, for /help. */
    public Reply help(Conversation conversation, Lang lang) {
        RichText text = RichText.builder()
                .paragraph(Span.bold(texts.get(lang, "help.group.header")))
                .bullets(List.of(
                        item("/group [pack] [topic] [level] [N] [Nm] [open]", texts.get(lang, "help.group")),
                        item("/join, /leave", texts.get(lang, "help.group.join")),
                        item("/begin, /reveal, /next, /end", texts.get(lang, "help.group.host")),
                        item("/leaderboard [week|month|all]", texts.get(lang, "help.leaderboard")),
                        item("/interview [@member] [pack] [N]", texts.get(lang, "help.interview"))))
                .text(texts.get(lang, "help.group.footer"))
                .build();
        return Reply.to(conversation, text);
    }

    private static List<Span> item(String command, String what) {
        return List.of(Span.code(command), Span.plain(" — " + what));
    }

    private static boolean ownsPayload(String payload) {
        return payload.startsWith(Rounds.PREFIX)
                || payload.startsWith(Pairs.PREFIX)
                || payload.startsWith(Boards.PREFIX);
    }

    private static void onCommand(Play play, Command command) {
        List<String> args = command.args();
        GroupGame game = play.game();
        PairInterview interview = play.interview();
        switch (command.name()) {
            case "group" -> Rounds.open(play, command);
            case "interview" -> Pairs.open(play, command);
            case "leaderboard" -> Boards.show(play, args.isEmpty() ? null : args.get(0), false);
            case "join" -> {
                if (interview != null) {
                    play.tell("interview.busy");
                } else {
                    Rounds.join(play);
                }
            }
            case "leave" -> {
                if (interview != null) {
                    Pairs.end(play);
                } else {
                    Rounds.leave(play);
                }
            }
            case "begin" -> {
                if (interview != null) {
                    play.tell("interview.busy");
                } else {
                    Rounds.begin(play);
                }
            }
            case "reveal" -> {
                if (interview != null) {
                    play.tell("interview.busy");
                } else {
                    Rounds.reveal(play, null);
                }
            }
            case "next", "skip" -> {
                if (interview != null) {
                    Pairs.next(play, null);
                } else {
                    Rounds.next(play, null);
                }
            }
            case "end", "stop" -> {
                if (interview != null) {
                    Pairs.end(play);
                } else {
                    Rounds.end(play);
                }
            }
            case "hint" -> play.tell(game != null ? "group.no-hints" : "interview.busy");
            default -> play.tell(game != null ? "group.busy" : "interview.busy");
        }
    }

    private static void onButton(Play play, String payload) {
        if (payload.startsWith(Rounds.PREFIX)) {
            Rounds.onButton(play, payload);
        } else if (payload.startsWith(Pairs.PREFIX)) {
            Pairs.onButton(play, payload);
        } else {
            Boards.show(play, payload.substring(Boards.PREFIX.length()), true);
        }
    }

    static String board(Conversation conversation) {
        return conversation.platform().code() + ":" + conversation.chatId();
    }

    static boolean controls(Person person, PersonId... allowed) {
        if (person.manager()) {
            return true;
        }
        for (PersonId id : allowed) {
            if (id.equals(person.id())) {
                return true;
            }
        }
        return false;
    }
}
