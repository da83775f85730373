package dev.sobes.core.engine;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.group.GroupFlow;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.srs.Scheduler;
import dev.sobes.core.srs.SchedulerSettings;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.InMemoryGroupStore;
import dev.sobes.core.store.ProgressStore;
import dev.sobes.core.store.SessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The interview engine: takes an input, applies it to its conversation's session, and returns the
 * replies. Inputs of one conversation are applied one at a time, in arrival order, whichever
 * thread calls; the session and every accepted answer and grade are stored before the replies are
 * returned, so what a reply confirms is already saved.
 *
 * <p>Group interviews run in the session of their group conversation (see {@link GroupFlow}); a
 * participant's private answer or button press that arrives in their direct chat with the bot is
 * applied to the game's conversation, under that conversation's lock.
 */
public final class Engine {
    /** The longest answer accepted: the size of a Discord modal's text box. */
    public static final int MAX_ANSWER_LENGTH = 4000;

    private final Supplier<QuestionBank> bank;
    private final SessionStore sessions;
    private final ProgressStore progress;
    private final Clock clock;
    private final long seed;
    private final ActionCodec actions;
    private final Alarms alarms;
    private final Texts texts = new Texts();
    private final AnswerCheck answerCheck = new AnswerCheck();
    private final ConversationLocks locks = new ConversationLocks(1024);
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
    private final GroupFlow groups;

    /**
     * @param bank the current question bank (read on every input, so content can be reloaded)
     * @param seed the seed from which question order is drawn; fixed in tests, random in production
     */
    public Engine(
            Supplier<QuestionBank> bank,
            SessionStore sessions,
            ProgressStore progress,
            Clock clock,
            long seed,
            ActionCodec actions) {
        this(bank, sessions, progress, clock, seed, actions, Alarms.NONE);
    }

    /** @param alarms delivers the ticks that end timed questions */
    public Engine(
            Supplier<QuestionBank> bank,
            SessionStore sessions,
            ProgressStore progress,
            Clock clock,
            long seed,
            ActionCodec actions,
            Alarms alarms) {
        this(bank, sessions, progress, clock, seed, actions, alarms, new InMemoryGroupStore());
    }

    /** @param groups keeps finished group interviews (leaderboards, reports) and who plays where */
    public Engine(
            Supplier<QuestionBank> bank,
            SessionStore sessions,
            ProgressStore progress,
            Clock clock,
            long seed,
            ActionCodec actions,
            Alarms alarms,
            GroupStore groups) {
        this.alarms = Objects.requireNonNull(alarms);
        this.bank = Objects.requireNonNull(bank);
        this.sessions = Objects.requireNonNull(sessions);
        this.progress = Objects.requireNonNull(progress);
        this.clock = Objects.requireNonNull(clock);
        this.seed = seed;
        this.actions = Objects.requireNonNull(actions);
        this.groups = new GroupFlow(
                bank, progress, Objects.requireNonNull(groups), clock, seed, actions, alarms, texts, answerCheck);
    }

    public List<Reply> handle(Input input) {
        Optional<Conversation> game = groups.routeOf(input);
        if (game.isPresent()) {
            List<Reply> routed = handleIn(game.get(), input, true);
            if (routed != null) {
                return routed;
            }
        }
        return Objects.requireNonNull(handleIn(input.conversation(), input, false));
    }

    /**
     * Applies {@code input} to the session of {@code where}, under that conversation's lock. An input
     * routed from a direct chat to the group game its person plays in is applied there only if the
     * group flows take it; null means they did not, and it goes to its own conversation instead.
     */
    private @Nullable List<Reply> handleIn(Conversation where, Input input, boolean routed) {
        String key = where.key();
        ReentrantLock lock = locks.lockFor(key);
        lock.lock();
        try {
            Session before = sessions.load(key).orElseGet(() -> Session.start(key));
            Lang lang = input instanceof UserInput userInput ? language(userInput) : Lang.EN;
            GroupFlow.Outcome group = groups.handle(where, input, before.game(), before.interview(), lang);
            Session after;
            List<Reply> replies;
            if (group != null) {
                Session.Builder changed = before.toBuilder().game(group.game()).interview(group.interview());
                if (group.takesOver()) {
                    changed.mode(Mode.IDLE)
                            .kind(RunKind.PRACTICE)
                            .mock(null)
                            .deadline(null)
                            .questionId(null)
                            .pendingPack(null)
                            .pendingTopic(null);
                }
                after = changed.build();
                replies = group.replies();
            } else if (routed) {
                return null;
            } else {
                Turn turn = practiceTurn(input, before, lang);
                if (turn == null) {
                    return List.of();
                }
                after = turn.session();
                replies = turn.replies();
            }
            if (!after.equals(before)) {
                sessions.save(after.nextVersion());
            }
            return replies;
        } finally {
            lock.unlock();
        }
    }

    /** Solo practice, mock interviews and reviews; null for a tick no run is waiting for. */
    private @Nullable Turn practiceTurn(Input input, Session before, Lang lang) {
        Turn turn;
        if (input instanceof UserInput userInput) {
            turn = new Turn(this, input.conversation(), userInput.person().id(), lang, before);
        } else {
            MockState mock = before.mock();
            if (mock == null) {
                return null;
            }
            turn = new Turn(this, input.conversation(), mock.person(), mock.lang(), before);
        }
        if (input instanceof Tick tick) {
            Practice.onTick(turn, tick.at());
        } else if (input instanceof Command command) {
            Practice.onCommand(turn, command);
            if (command.name().equals("help")) {
                turn.send(groups.help(input.conversation(), turn.lang()));
            }
        } else if (input instanceof TextMessage text) {
            Practice.onText(turn, text.text());
        } else if (input instanceof ButtonPress press) {
            Practice.onButton(turn, press.action());
            if (actions.verify(input.conversation(), press.action())
                    .filter("help"::equals)
                    .isPresent()) {
                turn.send(groups.help(input.conversation(), turn.lang()));
            }
        } else {
            throw new IllegalStateException("unknown input " + input);
        }
        return turn;
    }

    private Lang language(UserInput input) {
        return progress.language(input.person().id())
                .orElseGet(() -> Lang.fromTag(input.person().languageTag()));
    }

    QuestionBank bank() {
        return bank.get();
    }

    ProgressStore progress() {
        return progress;
    }

    Clock clock() {
        return clock;
    }

    long seed() {
        return seed;
    }

    ActionCodec actions() {
        return actions;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** The person's cards as their stored grades make them now. */
    Deck deck(PersonId person) {
        return Deck.of(person, progress, scheduler, bank.get());
    }

    Alarms alarms() {
        return alarms;
    }

    Texts texts() {
        return texts;
    }

    AnswerCheck answerCheck() {
        return answerCheck;
    }
}
