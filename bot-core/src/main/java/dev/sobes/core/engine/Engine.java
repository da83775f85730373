package dev.sobes.core.engine;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.chat.Unreachable;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.group.GroupFlow;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.srs.Scheduler;
import dev.sobes.core.srs.SchedulerSettings;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.InMemoryGroupStore;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.core.store.ProgressStore;
import dev.sobes.core.store.SessionStore;
import dev.sobes.core.store.Store;
import dev.sobes.core.store.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The interview engine: takes an input, applies it to its conversation's session, and returns the
 * replies. Inputs of one conversation are applied one at a time, in arrival order, whichever
 * thread calls; the session and every accepted answer and grade are stored before the replies are
 * returned, so what a reply confirms is already saved.
 *
 * <p>What an input changed is committed to the {@link Store} at once, against the session version
 * it was applied to. When another process sharing the store wrote first, the input is applied
 * again to the session as it now is (which may find that it no longer applies, and say so); after
 * a few lost races the person is asked to send it again. An input whose platform id was seen
 * before is ignored and gets no reply, so a redelivered update changes nothing.
 *
 * <p>Group interviews run in the session of their group conversation (see {@link GroupFlow}); a
 * participant's private answer or button press that arrives in their direct chat with the bot is
 * applied to the game's conversation, under that conversation's lock, and committed there.
 *
 * <p>A person's daily reminder of due cards ({@code /remind}, {@code /timezone}) lives in the
 * session of their direct conversation, which asks for a {@link Tick} at its time like any other
 * timer. An adapter that cannot deliver to a conversation says so with an {@link Unreachable}, and
 * the reminder there turns off.
 */
public final class Engine {
    /** The longest answer accepted: the size of a Discord modal's text box. */
    public static final int MAX_ANSWER_LENGTH = 4000;

    /** How many times an input is applied when other processes keep changing its session. */
    static final int MAX_ATTEMPTS = 5;

    private final Supplier<QuestionBank> bank;
    private final Store store;
    private final TurnProgress progress;
    private final Clock clock;
    private final long seed;
    private final ActionCodec actions;
    private final Texts texts = new Texts();
    private final AnswerCheck answerCheck = new AnswerCheck();
    private final ConversationLocks locks = new ConversationLocks(1024);
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
    private final GroupFlow groups;

    /**
     * @param bank the current question bank (read on every input, so content can be reloaded)
     * @param seed the seed from which question order is drawn; fixed in tests, random in production
     */
    public Engine(Supplier<QuestionBank> bank, Store store, Clock clock, long seed, ActionCodec actions) {
        this(bank, store, clock, seed, actions, new InMemoryGroupStore());
    }

    /** @param groups keeps finished group interviews (leaderboards, reports) and who plays where */
    public Engine(
            Supplier<QuestionBank> bank, Store store, Clock clock, long seed, ActionCodec actions, GroupStore groups) {
        this.bank = Objects.requireNonNull(bank);
        this.store = Objects.requireNonNull(store);
        this.progress = new TurnProgress(store);
        this.clock = Objects.requireNonNull(clock);
        this.seed = seed;
        this.actions = Objects.requireNonNull(actions);
        this.groups =
                new GroupFlow(bank, progress, Objects.requireNonNull(groups), clock, seed, actions, texts, answerCheck);
    }

    /** An engine over a session store and a progress store, committed one input at a time in memory. */
    public Engine(
            Supplier<QuestionBank> bank,
            SessionStore sessions,
            ProgressStore progress,
            Clock clock,
            long seed,
            ActionCodec actions) {
        this(bank, asStore(sessions, progress), clock, seed, actions);
    }

    /** As above, with a store for group interviews. */
    public Engine(
            Supplier<QuestionBank> bank,
            SessionStore sessions,
            ProgressStore progress,
            Clock clock,
            long seed,
            ActionCodec actions,
            GroupStore groups) {
        this(bank, asStore(sessions, progress), clock, seed, actions, groups);
    }

    private static Store asStore(SessionStore sessions, ProgressStore progress) {
        if (sessions == progress && sessions instanceof Store both) {
            return both;
        }
        return new InMemoryStore(sessions, progress);
    }

    public List<Reply> handle(Input input) {
        return handle(input, replies -> {});
    }

    /**
     * As {@link #handle(Input)}, and hands the replies to {@code sink} before the conversation's
     * lock is released: the replies of one conversation reach the sink in the order their inputs
     * were applied, whichever threads apply them, so a message edited in place (a count of answers)
     * never shows an older state last. The sink should be quick, and must not call the engine.
     */
    public List<Reply> handle(Input input, Consumer<List<Reply>> sink) {
        Optional<Conversation> game = groups.routeOf(input);
        if (game.isPresent()) {
            List<Reply> routed = handleIn(game.get(), input, true, sink);
            if (routed != null) {
                return routed;
            }
        }
        return Objects.requireNonNull(handleIn(input.conversation(), input, false, sink));
    }

    /**
     * Applies {@code input} to the session of {@code where}, under that conversation's lock, and
     * commits it there. An input routed from a direct chat to the group game its person plays in
     * is applied there only if the group flows take it; null means they did not, and it goes to its
     * own conversation instead.
     */
    private @Nullable List<Reply> handleIn(
            Conversation where, Input input, boolean routed, Consumer<List<Reply>> sink) {
        ReentrantLock lock = locks.lockFor(where.key());
        lock.lock();
        try {
            List<Reply> replies = applyAndCommit(where, input, routed);
            if (replies != null) {
                sink.accept(replies);
            }
            return replies;
        } finally {
            lock.unlock();
        }
    }

    /** Applies and commits {@code input}, with the conversation's lock held. */
    private @Nullable List<Reply> applyAndCommit(Conversation where, Input input, boolean routed) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Applied applied = apply(where, input, routed);
                Commit commit = applied.commit();
                Commit.Outcome outcome = commit == null ? Commit.Outcome.SAVED : store.commit(commit);
                if (outcome == Commit.Outcome.SAVED) {
                    return applied.declined() ? null : applied.replies();
                }
                if (outcome == Commit.Outcome.DUPLICATE) {
                    return List.of();
                }
            }
            return problem(input, "error.busy");
        } catch (StoreException e) {
            if (!(input instanceof UserInput)) {
                throw e;
            }
            return problem(input, "error.store");
        }
    }

    /**
     * The replies to an input and what it changed; the commit is null when nothing needs writing.
     * {@code declined} when a routed input is not the game's: its commit only checks that the
     * session it was judged on is the stored one, since a session another process moved on (a game
     * that started there) may take it.
     */
    private record Applied(List<Reply> replies, @Nullable Commit commit, boolean declined) {
        Applied(List<Reply> replies, @Nullable Commit commit) {
            this(replies, commit, false);
        }
    }

    private Applied apply(Conversation where, Input input, boolean routed) {
        String key = where.key();
        Session before = store.load(key).orElseGet(() -> Session.start(key));
        TurnProgress.Writes writes = progress.begin();
        try {
            PersonId person = null;
            String inputId = null;
            Lang lang = Lang.EN;
            if (input instanceof UserInput userInput) {
                person = userInput.person().id();
                inputId = userInput.sourceId();
                lang = language(userInput);
            }
            GroupFlow.Outcome group = input instanceof Unreachable
                    ? null
                    : groups.handle(where, input, before.game(), before.interview(), lang);
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
                Commit check =
                        new Commit(where, null, null, before.version(), null, List.of(), List.of(), Map.of(), null);
                return new Applied(List.of(), check, true);
            } else {
                Turn turn = practiceTurn(input, before, lang);
                if (turn == null) {
                    return new Applied(List.of(), null);
                }
                if (person == null) {
                    person = turn.person();
                }
                after = turn.session();
                replies = turn.replies();
            }
            boolean changed = !after.equals(before);
            if (!changed && writes.isEmpty() && inputId == null) {
                return new Applied(replies, null);
            }
            Commit commit = new Commit(
                    where,
                    person,
                    inputId,
                    before.version(),
                    changed ? after.nextVersion() : null,
                    writes.answers,
                    writes.grades,
                    writes.languages,
                    writes.forget);
            return new Applied(replies, commit);
        } finally {
            progress.end();
        }
    }

    /**
     * Solo practice, mock interviews, reviews, reminders and privacy; null for a tick or a report of
     * an unreachable conversation that nothing in the session waits for.
     */
    private @Nullable Turn practiceTurn(Input input, Session before, Lang lang) {
        MockState mock = before.mock();
        Reminder reminder = before.reminder();
        if (input instanceof Tick tick) {
            if (mock != null) {
                Turn turn = new Turn(this, input.conversation(), mock.person(), mock.lang(), before);
                Practice.onTick(turn, tick.at());
                Reminders.onTick(turn, tick.at());
                return turn;
            }
            if (reminder == null) {
                return null;
            }
            Turn turn = new Turn(this, input.conversation(), reminder.person(), reminder.lang(), before);
            Reminders.onTick(turn, tick.at());
            return turn;
        }
        if (input instanceof Unreachable unreachable) {
            if (reminder == null) {
                return null;
            }
            Turn turn = new Turn(this, input.conversation(), reminder.person(), reminder.lang(), before);
            Reminders.onUnreachable(turn, unreachable.permanent());
            return turn;
        }
        UserInput userInput = (UserInput) input;
        Turn turn = new Turn(this, input.conversation(), userInput.person().id(), lang, before);
        Reminders.heardFrom(turn);
        if (input instanceof Command command) {
            if (Privacy.handles(command)) {
                Privacy.onCommand(turn, command);
            } else if (Reminders.handles(command)) {
                Reminders.onCommand(turn, command);
            } else {
                Practice.onCommand(turn, command);
                if (command.name().equals("help")) {
                    turn.send(groups.help(input.conversation(), turn.lang()));
                }
            }
        } else if (input instanceof TextMessage text) {
            Practice.onText(turn, text.text());
        } else if (input instanceof ButtonPress press) {
            Optional<String> privacy = Privacy.action(turn, press.action());
            if (privacy.isPresent()) {
                Privacy.onButton(turn, privacy.get());
            } else {
                Practice.onButton(turn, press.action());
                if (actions.verify(input.conversation(), press.action())
                        .filter("help"::equals)
                        .isPresent()) {
                    turn.send(groups.help(input.conversation(), turn.lang()));
                }
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

    /**
     * A reply saying the input was not applied, in the person's language as far as it is known; none
     * for a timer or a platform's report, which nobody waits on (a tick comes again).
     */
    private List<Reply> problem(Input input, String textKey) {
        if (!(input instanceof UserInput userInput)) {
            return List.of();
        }
        Lang lang = Lang.fromTag(userInput.person().languageTag());
        try {
            lang = store.language(userInput.person().id()).orElse(lang);
        } catch (StoreException e) {
            // The store is failing; the platform's language will do for saying so.
        }
        return List.of(Reply.to(input.conversation(), RichText.of(texts.get(lang, textKey))));
    }

    QuestionBank bank() {
        return bank.get();
    }

    /** Progress as the flows see it: writes are held and committed with the session. */
    ProgressStore progress() {
        return progress;
    }

    Store store() {
        return store;
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

    /** The person's cards as their stored grades (and this input's) make them now. */
    Deck deck(PersonId person) {
        return Deck.of(person, progress, scheduler, bank.get());
    }

    Texts texts() {
        return texts;
    }

    AnswerCheck answerCheck() {
        return answerCheck;
    }
}
