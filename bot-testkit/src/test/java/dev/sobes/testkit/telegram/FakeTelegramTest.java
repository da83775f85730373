package dev.sobes.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's own contract, spoken to in plain HTTP as Telegram is. */
class FakeTelegramTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTelegram telegram = FakeTelegram.builder().start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        telegram.close();
    }

    private JsonNode call(String method, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void getUpdatesGivesUpdatesFromTheOffsetAndConfirmsEarlierOnes() throws Exception {
        FakeUser anna = telegram.user(7, "Anna");
        anna.sends("/start");
        anna.sends("hello");

        JsonNode first = call("getUpdates", "{\"timeout\":0}");
        assertThat(first.get("result")).hasSize(2);
        assertThat(first.at("/result/0/message/entities/0/type").asText()).isEqualTo("bot_command");
        int second = first.at("/result/1/update_id").asInt();

        JsonNode next = call("getUpdates", "{\"offset\":" + second + ",\"timeout\":0}");
        assertThat(next.get("result")).hasSize(1);
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void whatTelegramRefusesIsRefusedAndRecorded() throws Exception {
        telegram.user(7, "Anna").sends("/start");

        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"" + "x".repeat(4097) + "\"}")
                        .get("description")
                        .asText())
                .isEqualTo("Bad Request: message is too long");
        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"a <b\",\"parse_mode\":\"HTML\"}")
                        .get("error_code")
                        .asInt())
                .isEqualTo(400);
        String data = "d".repeat(65);
        assertThat(call(
                                "sendMessage",
                                "{\"chat_id\":7,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"b\","
                                        + "\"callback_data\":\"" + data + "\"}]]}}")
                        .get("description")
                        .asText())
                .contains("BUTTON_DATA_INVALID");
        assertThat(call("editMessageText", "{\"chat_id\":7,\"message_id\":99,\"text\":\"x\"}")
                        .get("description")
                        .asText())
                .isEqualTo("Bad Request: message to edit not found");
        assertThat(call("sendMessage", "{\"chat_id\":8,\"text\":\"x\"}")
                        .get("error_code")
                        .asInt())
                .isEqualTo(400);

        assertThat(telegram.violations()).hasSize(5);
        assertThat(telegram.messages(7)).isEmpty();
    }

    @Test
    void aPersonWhoBlockedTheBotIsRefusedWith403UntilTheyUnblockIt() throws Exception {
        FakeUser anna = telegram.user(7, "Anna");
        anna.sends("/start");
        call("getUpdates", "{\"timeout\":0}");

        anna.blocksBot();
        JsonNode refused = call("sendMessage", "{\"chat_id\":7,\"text\":\"hi\"}");
        assertThat(refused.get("error_code").asInt()).isEqualTo(403);
        assertThat(refused.get("description").asText()).isEqualTo("Forbidden: bot was blocked by the user");
        JsonNode updates = call("getUpdates", "{\"timeout\":0}").get("result");
        JsonNode blocked = updates.get(updates.size() - 1).get("my_chat_member");
        assertThat(blocked.at("/chat/type").asText()).isEqualTo("private");
        assertThat(blocked.at("/new_chat_member/status").asText()).isEqualTo("kicked");
        assertThat(telegram.refusals()).containsExactly("sendmessage: Forbidden: bot was blocked by the user");

        anna.unblocksBot();
        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"hi\"}")
                        .get("ok")
                        .asBoolean())
                .isTrue();
        assertThat(telegram.calls("sendMessage", 7)).isEqualTo(2);
        assertThat(telegram.calls("sendMessage", 8)).isZero();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void overTheLimitsIsA429WithRetryAfter() throws Exception {
        telegram.user(7, "Anna").sends("/start");

        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"one\"}")
                        .get("ok")
                        .asBoolean())
                .isTrue();
        JsonNode second = call("sendMessage", "{\"chat_id\":7,\"text\":\"two\"}");

        assertThat(second.get("error_code").asInt()).isEqualTo(429);
        assertThat(second.at("/parameters/retry_after").asInt()).isEqualTo(1);
        assertThat(second.get("description").asText()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(telegram.rateLimited()).isEqualTo(1);
    }

    @Test
    void photosArriveAsMultipartWithTheirCaption() throws Exception {
        telegram.user(7, "Anna").sends("/start");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

        JsonNode answer = sendPhoto(png);
        JsonNode refused = sendPhoto("PNGDATA".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
        assertThat(telegram.messages(7)).singleElement().satisfies(m -> {
            assertThat(m.photo()).isTrue();
            assertThat(m.text()).isEqualTo("Chart ✓");
            SentFile file = java.util.Objects.requireNonNull(m.file());
            assertThat(file.content()).isEqualTo(png);
            assertThat(file.fileName()).isEqualTo("c.png");
        });
        assertThat(refused.get("description").asText()).isEqualTo("Bad Request: IMAGE_PROCESS_FAILED");
    }

    private JsonNode sendPhoto(byte[] image) throws Exception {
        String boundary = "----fake-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n7\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n<b>Chart</b> ✓\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"parse_mode\"\r\n\r\nHTML\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"c.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(image);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/sendPhoto"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void aFilePeopleSentIsServedOnceLocatedAndAFileOverTwentyMegabytesIsNot() throws Exception {
        ChatView chat = telegram.user(7, "Anna").dm();
        chat.sendsDocument("a.md", "text/markdown", "# A".getBytes(StandardCharsets.UTF_8), "");
        chat.sendsDocumentOfSize("big.md", "text/markdown", 21L * 1024 * 1024, "");
        List<JsonNode> updates = new ArrayList<>();
        call("getUpdates", "{}").get("result").forEach(updates::add);
        String small = updates.get(0).at("/message/document/file_id").asText();
        String big = updates.get(1).at("/message/document/file_id").asText();

        JsonNode located = call("getFile", "{\"file_id\":\"" + small + "\"}");
        JsonNode tooBig = call("getFile", "{\"file_id\":\"" + big + "\"}");
        String path = located.at("/result/file_path").asText();
        HttpResponse<byte[]> file = http.send(
                HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/file/bot" + telegram.token() + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> unknown = http.send(
                HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/file/bot" + telegram.token() + "/nope.md"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(updates.get(0).at("/message/document/file_name").asText()).isEqualTo("a.md");
        assertThat(updates.get(0).at("/message/document/file_size").asLong()).isEqualTo(3);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("# A");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(tooBig.get("description").asText()).isEqualTo("Bad Request: file is too big");
        assertThat(telegram.downloads()).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot1:wrong/getMe"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonsMessageInAGroupIsDeletedOnlyWhereTheBotMayDeleteMessages() throws Exception {
        FakeGroup group = telegram.group(-100, "Club");
        UserMessage first = telegram.user(7, "Anna").in(group).sends("my answer");
        String delete = "{\"chat_id\":-100,\"message_id\":" + first.messageId() + "}";

        assertThat(call("deleteMessage", delete).get("description").asText())
                .isEqualTo("Bad Request: message can't be deleted");
        group.promoteBot(false);
        assertThat(call("deleteMessage", delete).get("description").asText())
                .isEqualTo("Bad Request: message can't be deleted");
        assertThat(telegram.deleted(first)).isFalse();

        group.promoteBot(true);
        assertThat(call("deleteMessage", delete).get("result").asBoolean()).isTrue();
        assertThat(telegram.deleted(first)).isTrue();
        assertThat(call("deleteMessage", delete).get("description").asText())
                .isEqualTo("Bad Request: message to delete not found");
        assertThat(telegram.violations()).hasSize(3);
    }

    @Test
    void administratorsAndMembersAreAsTheGroupMadeThem() throws Exception {
        FakeGroup group = telegram.group(-100, "Club");
        FakeUser anna = telegram.user(7, "Anna");
        FakeUser boris = telegram.user(8, "Boris");
        FakeUser chris = telegram.user(9, "Chris");
        group.owner(anna).admin(boris);
        chris.in(group).sends("hi all");

        JsonNode admins = call("getChatAdministrators", "{\"chat_id\":-100}").get("result");
        assertThat(admins).hasSize(2);
        assertThat(admins.get(0).get("status").asText()).isEqualTo("creator");
        assertThat(admins.get(1).at("/user/id").asLong()).isEqualTo(8);
        assertThat(member(-100, 9).get("status").asText()).isEqualTo("member");
        assertThat(member(-100, 7).get("status").asText()).isEqualTo("creator");
        assertThat(member(-100, telegram.botId()).get("status").asText()).isEqualTo("member");

        group.promoteBot(true);
        JsonNode bot = member(-100, telegram.botId());
        assertThat(bot.get("status").asText()).isEqualTo("administrator");
        assertThat(bot.get("can_delete_messages").asBoolean()).isTrue();
        JsonNode updates = call("getUpdates", "{\"timeout\":0}").get("result");
        JsonNode change = updates.get(updates.size() - 1).get("my_chat_member");
        assertThat(change.at("/old_chat_member/status").asText()).isEqualTo("member");
        assertThat(change.at("/new_chat_member/status").asText()).isEqualTo("administrator");
        assertThat(change.at("/from/id").asLong()).isEqualTo(7);
    }

    @Test
    void aMentionOfSomeoneWithoutAUsernameCarriesTheirId() throws Exception {
        FakeGroup group = telegram.group(-100, "Club");
        FakeUser boris = telegram.user(8, "Boris");
        telegram.user(7, "Anna").in(group).sendsMentioning("/interview ", boris, " go 3");

        JsonNode message = call("getUpdates", "{\"timeout\":0}").at("/result/0/message");
        assertThat(message.get("text").asText()).isEqualTo("/interview Boris go 3");
        assertThat(message.at("/entities/0/type").asText()).isEqualTo("bot_command");
        assertThat(message.at("/entities/1/type").asText()).isEqualTo("text_mention");
        assertThat(message.at("/entities/1/offset").asInt()).isEqualTo(11);
        assertThat(message.at("/entities/1/user/id").asLong()).isEqualTo(8);
    }

    @Test
    void aMessageInAForumTopicRepliesToTheTopicsFirstMessage() throws Exception {
        FakeGroup forum = telegram.forum(-100, "Club");
        int topic = forum.topic("Mocks");
        telegram.user(7, "Anna").inTopic(forum, topic).sends("/practice");

        JsonNode message = call("getUpdates", "{\"timeout\":0}").at("/result/0/message");
        assertThat(message.get("message_thread_id").asInt()).isEqualTo(topic);
        assertThat(message.at("/reply_to_message/message_id").asInt()).isEqualTo(topic);
        assertThat(message.at("/reply_to_message/forum_topic_created/name").asText())
                .isEqualTo("Mocks");
    }

    private JsonNode member(long chatId, long userId) throws Exception {
        return call("getChatMember", "{\"chat_id\":" + chatId + ",\"user_id\":" + userId + "}")
                .get("result");
    }
}
