package dev.sobes.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake holds Discord's rules, so a rule the bot breaks fails a test. */
class FakeDiscordTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeDiscord discord;
    private GatewayClient gateway;
    private FakeChannel general;

    @BeforeEach
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        FakeGuild guild = discord.addGuild("Rules")
                .botPermissions(FakeGuild.BOT_PERMISSIONS | FakeGuild.Permissions.MENTION_EVERYONE);
        general = guild.addTextChannel("general");
        gateway = new GatewayClient(discord.gatewayUrl(), discord.token(), 1L << 12 | 1L << 9).connectAndIdentify();
    }

    @AfterEach
    void stop() throws InterruptedException {
        gateway.closeBlocking();
        discord.close();
    }

    private HttpResponse<String> call(String method, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode message(String content) {
        ObjectNode message = Payloads.object().put("content", content);
        message.set("allowed_mentions", Payloads.object().set("parse", Payloads.array()));
        return message;
    }

    private static ObjectNode buttons(int rows, int perRow) {
        ObjectNode message = message("choose");
        ArrayNode components = message.putArray("components");
        for (int r = 0; r < rows; r++) {
            ArrayNode row = components.addObject().put("type", 1).putArray("components");
            for (int b = 0; b < perRow; b++) {
                row.addObject().put("type", 2).put("style", 2).put("label", "B").put("custom_id", "id-" + r + "-" + b);
            }
        }
        return message;
    }

    private FakeChannel general() {
        return general;
    }

    @Test
    void theGatewaySendsReadyThenTheFullGuild() {
        assertThat(gateway.eventTypes()).startsWith("READY", "GUILD_CREATE");
        JsonNode ready = Objects.requireNonNull(gateway.last("READY"));
        assertThat(ready.path("guilds").get(0).path("unavailable").asBoolean()).isTrue();
        assertThat(ready.path("application").path("id").asLong()).isEqualTo(discord.botId());
        JsonNode guild = Objects.requireNonNull(gateway.last("GUILD_CREATE"));
        assertThat(guild.path("roles").get(0).path("colors").has("primary_color"))
                .isTrue();
        assertThat(guild.path("afk_timeout").asInt()).isIn(60, 300, 900, 1800, 3600);
    }

    @Test
    void heartbeatsAreAcknowledged() throws InterruptedException {
        assertThat(gateway.heartbeat()).isTrue();
    }

    @Test
    void aRequestWithoutTheTokenIsUnauthorized() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restUrl() + "users/@me"))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aMessageOverTwoThousandCharactersIsRefused() throws Exception {
        HttpResponse<String> response =
                call("POST", "channels/" + general().id() + "/messages", message("x".repeat(2001)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("50035").contains("2000 or fewer");
        assertThat(discord.rejections()).hasSize(1);
        assertThat(call("POST", "channels/" + general().id() + "/messages", message("x".repeat(2000)))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void embedsOverTheirLimitsAreRefused() throws Exception {
        ObjectNode tooLong = message("");
        tooLong.putArray("embeds").addObject().put("description", "d".repeat(4097));
        assertThat(call("POST", "channels/" + general().id() + "/messages", tooLong)
                        .statusCode())
                .isEqualTo(400);

        ObjectNode tooMuch = message("");
        ArrayNode embeds = tooMuch.putArray("embeds");
        embeds.addObject().put("description", "d".repeat(4000));
        embeds.addObject().put("description", "d".repeat(2001));
        assertThat(call("POST", "channels/" + general().id() + "/messages", tooMuch)
                        .body())
                .contains("6000");
    }

    @Test
    void moreThanFiveRowsOrFiveButtonsARowAreRefused() throws Exception {
        String path = "channels/" + general().id() + "/messages";
        assertThat(call("POST", path, buttons(6, 1)).statusCode()).isEqualTo(400);
        assertThat(call("POST", path, buttons(1, 6)).statusCode()).isEqualTo(400);
        assertThat(call("POST", path, buttons(5, 5)).statusCode()).isEqualTo(200);
    }

    @Test
    void aMentionAllowedByTheMessageIsRecordedAsAPing() throws Exception {
        String path = "channels/" + general().id() + "/messages";
        call("POST", path, message("@everyone look"));
        assertThat(discord.pings()).isEmpty();
        call("POST", path, Payloads.object().put("content", "@everyone look <@42>"));
        assertThat(discord.pings()).hasSize(2);
    }

    @Test
    void anInteractionTakesOneResponseWithinTheLimit() throws Exception {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeInteraction first = alice.runsUnchecked(alice.dm(), "help", java.util.Map.of());
        String callback = "interactions/" + first.id() + "/" + first.token() + "/callback";
        ObjectNode reply = Payloads.object().put("type", 4);
        reply.set("data", message("hi"));
        assertThat(call("POST", callback, reply).statusCode()).isEqualTo(200);
        HttpResponse<String> again = call("POST", callback, reply);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("40060");

        discord.acknowledgeWithin(Duration.ofMillis(50));
        FakeInteraction late = alice.runsUnchecked(alice.dm(), "help", java.util.Map.of());
        Thread.sleep(150);
        HttpResponse<String> tooLate =
                call("POST", "interactions/" + late.id() + "/" + late.token() + "/callback", reply);
        assertThat(tooLate.statusCode()).isEqualTo(404);
        assertThat(tooLate.body()).contains("10062");
    }

    @Test
    void aScriptedRateLimitAnswers429WithRetryAfter() throws Exception {
        String path = "channels/" + general().id() + "/messages";
        discord.rateLimitNext("POST", "channels/\\d+/messages", 2);
        HttpResponse<String> limited = call("POST", path, message("hi"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(limited.headers().firstValue("Via")).isPresent();
        assertThat(limited.body()).contains("retry_after");
        assertThat(call("POST", path, message("hi")).statusCode()).isEqualTo(200);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aModalTextBoxTakesNoMoreThanItsMaximum() throws Exception {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeInteraction opener = alice.runsUnchecked(alice.dm(), "answer", java.util.Map.of());
        ObjectNode modal = Payloads.object().put("type", 9);
        ObjectNode data = modal.putObject("data").put("custom_id", "m").put("title", "Your answer");
        data.putArray("components")
                .addObject()
                .put("type", 18)
                .put("label", "Answer")
                .set(
                        "component",
                        Payloads.object()
                                .put("type", 4)
                                .put("custom_id", "a")
                                .put("style", 2)
                                .put("max_length", 4000));
        assertThat(call("POST", "interactions/" + opener.id() + "/" + opener.token() + "/callback", modal)
                        .statusCode())
                .isEqualTo(200);
        assertThatThrownBy(() -> alice.submits(opener, "x".repeat(4001))).isInstanceOf(IllegalArgumentException.class);
        alice.submits(opener, "x".repeat(4000));
        JsonNode submission = gateway.await("INTERACTION_CREATE", 2);
        assertThat(submission.path("type").asInt()).isEqualTo(5);
        JsonNode input = submission.path("data").path("components").get(0).path("component");
        assertThat(input.path("custom_id").asText()).isEqualTo("a");
        assertThat(input.path("value").asText()).hasSize(4000);
    }

    @Test
    void aDirectMessageChannelNamesItsRecipientAndOpensAgainAsTheSameChannel() throws Exception {
        FakeUser alice = discord.addUser("alice", "en-US");
        HttpResponse<String> fetched = call("GET", "channels/" + alice.dm().id(), Payloads.object());
        assertThat(fetched.statusCode()).isEqualTo(200);
        JsonNode channel = Payloads.JSON.readTree(fetched.body());
        assertThat(channel.path("type").asInt()).isEqualTo(1);
        assertThat(channel.path("recipients").get(0).path("id").asText()).isEqualTo(Long.toString(alice.id()));

        HttpResponse<String> opened =
                call("POST", "users/@me/channels", Payloads.object().put("recipient_id", Long.toString(alice.id())));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Payloads.JSON.readTree(opened.body()).path("id").asText())
                .isEqualTo(Long.toString(alice.dm().id()));
        assertThat(call("POST", "users/@me/channels", Payloads.object()).statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "channels/1234567890", Payloads.object()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aServerChannelTheBotMayNotViewIsMissingAccess() throws Exception {
        FakeGuild hidden = discord.addGuild("Hidden").botPermissions(FakeGuild.Permissions.SEND_MESSAGES);
        FakeChannel secret = hidden.addTextChannel("secret");
        HttpResponse<String> fetched = call("GET", "channels/" + secret.id(), Payloads.object());
        assertThat(fetched.statusCode()).isEqualTo(403);
        assertThat(Payloads.JSON.readTree(fetched.body()).path("code").asInt()).isEqualTo(50001);
        assertThat(call("GET", "channels/" + general().id(), Payloads.object()).statusCode())
                .isEqualTo(200);
    }
}
