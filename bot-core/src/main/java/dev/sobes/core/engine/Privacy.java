package dev.sobes.core.engine;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * People own their progress: {@code /export} sends everything kept about the person as a file, and
 * {@code /forget} deletes it after a confirmation that only that person can give, on the day it was
 * asked or the next.
 */
final class Privacy {
    private static final String FORGET = "forget";
    private static final String CONFIRM_KEY = "forget";

    private Privacy() {}

    static boolean handles(Command command) {
        return command.name().equals("export") || command.name().equals(FORGET);
    }

    /** The payload of a button of this flow, when {@code action} is one. */
    static Optional<String> action(Turn turn, String action) {
        return turn.engine()
                .actions()
                .verify(turn.conversation(), action)
                .filter(payload -> payload.startsWith(FORGET + ":"));
    }

    static void onCommand(Turn turn, Command command) {
        if (command.name().equals("export")) {
            export(turn);
        } else {
            askToConfirm(turn);
        }
    }

    static void onButton(Turn turn, String payload) {
        String[] parts = payload.split(":", -1);
        if (parts.length == 4 && parts[1].equals("yes")) {
            confirm(turn, parts[2], parts[3]);
        } else {
            send(
                    turn,
                    Reply.to(turn.conversation(), RichText.of(turn.t("forget.kept")))
                            .replacing(CONFIRM_KEY));
        }
    }

    private static void export(Turn turn) {
        PersonId person = turn.person();
        Attachment file = turn.engine().store().export(person);
        int answers = turn.engine().progress().answers(person).size();
        int grades = turn.engine().progress().grades(person).size();
        RichText text = RichText.of(turn.t("export.done", file.fileName(), answers, grades));
        send(turn, Reply.to(turn.conversation(), text).withAttachment(file));
    }

    private static void askToConfirm(Turn turn) {
        PersonId person = turn.person();
        int answers = turn.engine().progress().answers(person).size();
        int grades = turn.engine().progress().grades(person).size();
        long day = today(turn);
        List<Button> row = List.of(
                turn.button("forget.yes", FORGET + ":yes:" + tag(person) + ":" + day),
                turn.button("forget.no", FORGET + ":no"));
        Reply confirm = Reply.to(turn.conversation(), RichText.of(turn.t("forget.confirm", answers, grades)))
                .withButtons(List.of(row))
                .withKey(CONFIRM_KEY);
        send(turn, confirm);
    }

    private static void confirm(Turn turn, String tag, String day) {
        PersonId person = turn.person();
        if (!tag.equals(tag(person))) {
            turn.say("forget.not-yours");
            return;
        }
        long issued;
        try {
            issued = Long.parseLong(day);
        } catch (NumberFormatException e) {
            turn.say("error.forged-button");
            return;
        }
        long age = today(turn) - issued;
        if (age < 0 || age > 1) {
            send(
                    turn,
                    Reply.to(turn.conversation(), RichText.of(turn.t("forget.expired")))
                            .replacing(CONFIRM_KEY));
            return;
        }
        turn.engine().progress().forget(person);
        send(
                turn,
                Reply.to(turn.conversation(), RichText.of(turn.t("forget.done")))
                        .replacing(CONFIRM_KEY));
    }

    /** Replies about a person's data go to that person only when the conversation is a group. */
    private static void send(Turn turn, Reply reply) {
        turn.send(turn.conversation().group() ? reply.privateTo(turn.person()) : reply);
    }

    private static long today(Turn turn) {
        return turn.engine().clock().instant().getEpochSecond() / 86_400;
    }

    /** A short tag of a person, so that a confirmation is accepted only from the person asked. */
    static String tag(PersonId person) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(person.key().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(digest, 6)).toString(36);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
