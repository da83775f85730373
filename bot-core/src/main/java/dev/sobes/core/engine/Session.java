package dev.sobes.core.engine;

import dev.sobes.core.group.GroupGame;
import dev.sobes.core.group.PairInterview;
import dev.sobes.core.group.Stage;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one conversation. Immutable: every step of the engine makes a new session, so a
 * store can compare versions and a failed write leaves the old state intact.
 *
 * @param conversationKey the conversation this session belongs to
 * @param version incremented on every saved change
 * @param mode where the conversation stands
 * @param selection what the current practice run asks from, once chosen
 * @param pendingPack the pack chosen so far while the topic or level is still being chosen
 * @param pendingTopic the topic chosen so far while the level is still being chosen ("" = all)
 * @param questionId the open or last answered question
 * @param seq the number of the current question in this run; buttons carry it, so a button
 *     from an earlier question is recognised as stale
 * @param hintsShown how many hints of the open question were revealed
 * @param asked ids of the questions asked in this run, so they are not repeated
 * @param covered for the last answer, which key points it covered
 * @param suggested the grade suggested for the last answer (a Grade code), or null
 * @param graded the grade the person chose for the last answer (a Grade code), or null
 * @param tally totals of this run
 * @param kind practice, review or mock interview
 * @param mock the mock interview's progress, during one
 * @param deadline when the open question's time runs out, for timed questions
 * @param game the group interview running in this conversation, if any
 * @param interview the interview between two members running in this conversation, if any
 * @param reminder the daily reminder of due cards and the time zone of the person of a direct
 *     conversation, once they set either
 * @param notes for the last answer, why it earned less than its words might suggest (codes of
 *     {@link dev.sobes.core.feedback.Assessment.Note}), shown on its feedback card
 */
public record Session(
        String conversationKey,
        long version,
        Mode mode,
        @Nullable Selection selection,
        @Nullable String pendingPack,
        @Nullable String pendingTopic,
        @Nullable String questionId,
        int seq,
        int hintsShown,
        List<String> asked,
        List<Boolean> covered,
        @Nullable String suggested,
        @Nullable String graded,
        Tally tally,
        RunKind kind,
        @Nullable MockState mock,
        @Nullable Instant deadline,
        @Nullable GroupGame game,
        @Nullable PairInterview interview,
        @Nullable Reminder reminder,
        List<String> notes) {

    public Session {
        asked = List.copyOf(asked);
        covered = List.copyOf(covered);
        notes = List.copyOf(notes);
    }

    public static Session start(String conversationKey) {
        return new Session(
                conversationKey,
                0,
                Mode.IDLE,
                null,
                null,
                null,
                null,
                0,
                0,
                List.of(),
                List.of(),
                null,
                null,
                Tally.EMPTY,
                RunKind.PRACTICE,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes several fields at once; only the engine makes sessions. */
    static final class Builder {
        private final String conversationKey;
        private final long version;
        private Mode mode;
        private @Nullable Selection selection;
        private @Nullable String pendingPack;
        private @Nullable String pendingTopic;
        private @Nullable String questionId;
        private int seq;
        private int hintsShown;
        private List<String> asked;
        private List<Boolean> covered;
        private @Nullable String suggested;
        private @Nullable String graded;
        private Tally tally;
        private RunKind kind;
        private @Nullable MockState mock;
        private @Nullable Instant deadline;
        private @Nullable GroupGame game;
        private @Nullable PairInterview interview;
        private @Nullable Reminder reminder;
        private List<String> notes;

        private Builder(Session s) {
            this(s, s.version);
        }

        private Builder(Session s, long version) {
            conversationKey = s.conversationKey;
            this.version = version;
            mode = s.mode;
            selection = s.selection;
            pendingPack = s.pendingPack;
            pendingTopic = s.pendingTopic;
            questionId = s.questionId;
            seq = s.seq;
            hintsShown = s.hintsShown;
            asked = s.asked;
            covered = s.covered;
            suggested = s.suggested;
            graded = s.graded;
            tally = s.tally;
            kind = s.kind;
            mock = s.mock;
            deadline = s.deadline;
            game = s.game;
            interview = s.interview;
            reminder = s.reminder;
            notes = s.notes;
        }

        Builder mode(Mode value) {
            mode = value;
            return this;
        }

        Builder selection(@Nullable Selection value) {
            selection = value;
            return this;
        }

        Builder pendingPack(@Nullable String value) {
            pendingPack = value;
            return this;
        }

        Builder pendingTopic(@Nullable String value) {
            pendingTopic = value;
            return this;
        }

        Builder questionId(@Nullable String value) {
            questionId = value;
            return this;
        }

        Builder seq(int value) {
            seq = value;
            return this;
        }

        Builder hintsShown(int value) {
            hintsShown = value;
            return this;
        }

        Builder asked(List<String> value) {
            asked = value;
            return this;
        }

        Builder covered(List<Boolean> value) {
            covered = value;
            return this;
        }

        Builder suggested(@Nullable String value) {
            suggested = value;
            return this;
        }

        Builder graded(@Nullable String value) {
            graded = value;
            return this;
        }

        Builder tally(Tally value) {
            tally = value;
            return this;
        }

        Builder kind(RunKind value) {
            kind = value;
            return this;
        }

        Builder mock(@Nullable MockState value) {
            mock = value;
            return this;
        }

        Builder deadline(@Nullable Instant value) {
            deadline = value;
            return this;
        }

        Builder game(@Nullable GroupGame value) {
            game = value;
            return this;
        }

        Builder interview(@Nullable PairInterview value) {
            interview = value;
            return this;
        }

        Builder reminder(@Nullable Reminder value) {
            reminder = value;
            return this;
        }

        Builder notes(List<String> value) {
            notes = value;
            return this;
        }

        Session build() {
            return new Session(
                    conversationKey,
                    version,
                    mode,
                    selection,
                    pendingPack,
                    pendingTopic,
                    questionId,
                    seq,
                    hintsShown,
                    asked,
                    covered,
                    suggested,
                    graded,
                    tally,
                    kind,
                    mock,
                    deadline,
                    game,
                    interview,
                    reminder,
                    notes);
        }
    }

    /**
     * When this session next needs a tick: the deadline of an open timed question, of a solo run or
     * of a group interview, or the next daily reminder, whichever comes first. Null when nothing is
     * waiting for time to pass.
     */
    public @Nullable Instant wakeAt() {
        Instant solo = mode == Mode.ASKING ? deadline : null;
        Instant round = game != null && game.stage() == Stage.ASKING ? game.deadline() : null;
        Instant remind = reminder == null ? null : reminder.next();
        return earliest(earliest(solo, round), remind);
    }

    private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** The same session, one version on: what a store writes after a change. */
    public Session nextVersion() {
        return new Builder(this, version + 1).build();
    }
}
