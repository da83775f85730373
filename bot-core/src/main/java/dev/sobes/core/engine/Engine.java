package dev.sobes.core.engine;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.srs.Scheduler;
import dev.sobes.core.srs.SchedulerSettings;
import dev.sobes.core.store.ProgressStore;
import dev.sobes.core.store.SessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The interview engine: takes an input, applies it to its conversation's session, and returns the
 * replies. Inputs of one conversation are applied one at a time, in arrival order, whichever
 * thread calls; the session and every accepted answer and grade are stored before the replies are
 * returned, so what a reply confirms is already saved.
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
        this.alarms = Objects.requireNonNull(alarms);
        this.bank = Objects.requireNonNull(bank);
        this.sessions = Objects.requireNonNull(sessions);
        this.progress = Objects.requireNonNull(progress);
        this.clock = Objects.requireNonNull(clock);
        this.seed = seed;
        this.actions = Objects.requireNonNull(actions);
    }

    public List<Reply> handle(Input input) {
        String key = input.conversation().key();
        ReentrantLock lock = locks.lockFor(key);
        lock.lock();
        try {
            Session before = sessions.load(key).orElseGet(() -> Session.start(key));
            Turn turn;
            if (input instanceof UserInput userInput) {
                Lang lang = progress.language(userInput.person().id())
                        .orElseGet(() -> Lang.fromTag(userInput.person().languageTag()));
                turn = new Turn(this, input.conversation(), userInput.person().id(), lang, before);
            } else {
                MockState mock = before.mock();
                if (mock == null) {
                    return List.of();
                }
                turn = new Turn(this, input.conversation(), mock.person(), mock.lang(), before);
            }
            if (input instanceof Tick tick) {
                Practice.onTick(turn, tick.at());
            } else if (input instanceof Command command) {
                Practice.onCommand(turn, command);
            } else if (input instanceof TextMessage text) {
                Practice.onText(turn, text.text());
            } else if (input instanceof ButtonPress press) {
                Practice.onButton(turn, press.action());
            } else {
                throw new IllegalStateException("unknown input " + input);
            }
            Session after = turn.session();
            if (!after.equals(before)) {
                sessions.save(after.nextVersion());
            }
            return turn.replies();
        } finally {
            lock.unlock();
        }
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
