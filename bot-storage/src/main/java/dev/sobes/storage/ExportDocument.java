package dev.sobes.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.InterviewRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's data as one JSON document: what {@code /export} sends. The format is versioned
 * ({@code "format": "sobes-export", "formatVersion": 1}) so that a later import can read it.
 */
final class ExportDocument {
    static final String MEDIA_TYPE = "application/json";

    /** A session of one of the person's conversations, as stored. */
    record StoredSession(String conversationKey, long version, Instant updatedAt, String state) {}

    /**
     * What group interviews keep about the person: where they last joined a game, their own
     * results in finished games, and the interviews they held or sat.
     */
    record GroupData(
            @Nullable String playingIn, List<SqlGroupStore.PlayedGame> games, List<InterviewRecord> interviews) {}

    private final ObjectMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Attachment write(
            PersonId person,
            Instant exportedAt,
            @Nullable Lang language,
            List<AnswerRecord> answers,
            List<GradeRecord> grades,
            List<StoredSession> sessions,
            GroupData groups,
            List<PackShelf.Kept> packs) {
        ObjectNode root = json.createObjectNode();
        root.put("format", "sobes-export");
        root.put("formatVersion", 1);
        root.put("exportedAt", exportedAt.toString());
        root.put("person", person.key());
        ObjectNode settings = root.putObject("settings");
        settings.put("language", language == null ? null : language.code());
        ArrayNode answerList = root.putArray("answers");
        for (AnswerRecord answer : answers) {
            answerList
                    .addObject()
                    .put("questionId", answer.questionId())
                    .put("at", answer.at().toString())
                    .put("text", answer.text())
                    .put("coveredPoints", answer.coveredPoints())
                    .put("totalPoints", answer.totalPoints())
                    .put("coveredMask", SqlStore.toMask(answer.covered()))
                    .put("suggestedGrade", answer.suggested().code());
        }
        ArrayNode gradeList = root.putArray("grades");
        for (GradeRecord grade : grades) {
            gradeList
                    .addObject()
                    .put("questionId", grade.questionId())
                    .put("at", grade.at().toString())
                    .put("grade", grade.grade().code())
                    .put("chosenByPerson", grade.chosen());
        }
        ArrayNode sessionList = root.putArray("sessions");
        for (StoredSession session : sessions) {
            ObjectNode entry = sessionList
                    .addObject()
                    .put("conversation", session.conversationKey())
                    .put("version", session.version())
                    .put("updatedAt", session.updatedAt().toString());
            try {
                entry.set("state", json.readTree(session.state()));
            } catch (JsonProcessingException e) {
                entry.put("state", session.state());
            }
        }
        writeGroups(root, person, groups);
        ArrayNode packList = root.putArray("ownPacks");
        for (PackShelf.Kept pack : packs) {
            packList.addObject()
                    .put("packId", pack.packId())
                    .put("fileName", pack.file().fileName())
                    .put("keptAt", pack.keptAt().toString())
                    .put("content", new String(pack.file().content(), StandardCharsets.UTF_8));
        }
        try {
            return new Attachment(fileName(person), MEDIA_TYPE, json.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export could not be written as JSON", e);
        }
    }

    private static void writeGroups(ObjectNode root, PersonId person, GroupData groups) {
        ObjectNode group = root.putObject("groupInterviews");
        group.put("playingIn", groups.playingIn());
        ArrayNode games = group.putArray("games");
        for (SqlGroupStore.PlayedGame game : groups.games()) {
            ObjectNode entry = games.addObject()
                    .put("board", game.board())
                    .put("gameId", game.gameId())
                    .put("conversation", game.conversationKey())
                    .put("finishedAt", game.finishedAt().toString())
                    .put("packId", game.packId())
                    .put("name", game.result().name())
                    .put("rank", game.result().rank())
                    .put("points", game.result().points());
            ArrayNode answers = entry.putArray("answers");
            for (GameRecord.AnswerResult answer : game.result().answers()) {
                answers.addObject()
                        .put("questionId", answer.questionId())
                        .put("answered", answer.answered())
                        .put("points", answer.points())
                        .put("coveredMask", SqlStore.toMask(answer.covered()));
            }
        }
        ArrayNode interviews = group.putArray("interviews");
        for (InterviewRecord interview : groups.interviews()) {
            boolean interviewer = interview.interviewer().equals(person);
            ObjectNode entry = interviews
                    .addObject()
                    .put("board", interview.board())
                    .put("interviewId", interview.interviewId())
                    .put("at", interview.at().toString())
                    .put("role", interviewer ? "interviewer" : "candidate")
                    .put("with", interviewer ? interview.candidateName() : interview.interviewerName());
            ArrayNode questions = entry.putArray("questions");
            for (int i = 0; i < interview.questionIds().size(); i++) {
                questions
                        .addObject()
                        .put("questionId", interview.questionIds().get(i))
                        .put("coveredMask", SqlStore.toMask(interview.covered().get(i)));
            }
        }
    }

    /** {@code sobes-telegram-42.json}: the platform and the user id, in characters safe in a file name. */
    static String fileName(PersonId person) {
        String user = person.userId().replaceAll("[^A-Za-z0-9._-]", "_");
        return "sobes-" + person.platform().code() + "-" + user + ".json";
    }
}
