package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates as Telegram sends them (JSON read by TelegramBots), turned into the engine's inputs. */
class UpdateTranslatorTest {
    private static final long BOT = 555;
    private final UpdateTranslator translator = new UpdateTranslator(BOT, "sobes_bot");

    private static final String ANNA =
            "{\"id\":7,\"is_bot\":false,\"first_name\":\"Anna\",\"last_name\":\"K\"," + "\"language_code\":\"ru\"}";
    private static final String DM = "{\"id\":7,\"type\":\"private\",\"first_name\":\"Anna\"}";
    private static final String GROUP = "{\"id\":-1001,\"type\":\"supergroup\",\"title\":\"Go\"}";
    private static final String BOT_USER =
            "{\"id\":555,\"is_bot\":true,\"first_name\":\"Sobes\",\"username\":\"sobes_bot\"}";

    private static Update update(String json) {
        try {
            return new ObjectMapper().readValue(json, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(String chat, String text, String extra) {
        return "{\"update_id\":42,\"message\":{\"message_id\":3,\"date\":1700000000,\"from\":" + ANNA + ",\"chat\":"
                + chat + ",\"text\":\"" + text + "\"" + extra + "}}";
    }

    private static String command(String chat, String text, int commandLength) {
        return message(
                chat, text, ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + commandLength + "}]");
    }

    private UpdateTranslator.Translation translate(String json) {
        return translator.translate(update(json));
    }

    @Test
    void aCommandFreshFromTheWireIsACommandWithArguments() {
        UpdateTranslator.Translation t = translate(command(DM, "/practice go channels", 9));

        assertThat(t).isInstanceOfSatisfying(UpdateTranslator.Accepted.class, a -> {
            Command c = (Command) a.input();
            assertThat(c.name()).isEqualTo("practice");
            assertThat(c.args()).containsExactly("go", "channels");
            assertThat(c.sourceId()).isEqualTo("42");
            assertThat(c.conversation()).isEqualTo(Conversation.direct(Platform.TELEGRAM, "7"));
            assertThat(c.person().displayName()).isEqualTo("Anna K");
            assertThat(c.person().languageTag()).isEqualTo("ru");
        });
    }

    @Test
    void aDeepLinkIsStartWithItsPayload() {
        Command c = (Command) ((UpdateTranslator.Accepted) translate(command(DM, "/start q_go-1", 6))).input();
        assertThat(c.name()).isEqualTo("start");
        assertThat(c.args()).containsExactly("q_go-1");
    }

    @Test
    void commandsNamingThisBotAreTakenAndOthersAreLeft() {
        assertThat(translate(command(GROUP, "/next@Sobes_Bot", 15)))
                .isInstanceOfSatisfying(
                        UpdateTranslator.Accepted.class,
                        a -> assertThat(((Command) a.input()).name()).isEqualTo("next"));
        assertThat(translate(command(GROUP, "/next@other_bot", 15)))
                .isInstanceOfSatisfying(
                        UpdateTranslator.Ignored.class,
                        i -> assertThat(i.reason()).contains("@other_bot"));
    }

    @Test
    void aSlashWithoutACommandEntityIsText() {
        assertThat(translate(message(DM, "/tmp is a path", ",\"entities\":[]")))
                .isInstanceOfSatisfying(
                        UpdateTranslator.Accepted.class,
                        a -> assertThat(a.input()).isInstanceOf(TextMessage.class));
    }

    @Test
    void inAGroupOnlyRepliesToTheBotAndMentionsAreAnswers() {
        assertThat(translate(message(GROUP, "lunch?", ""))).isInstanceOf(UpdateTranslator.Ignored.class);

        String reply = ",\"reply_to_message\":{\"message_id\":2,\"date\":1700000000,\"from\":" + BOT_USER + ",\"chat\":"
                + GROUP + ",\"text\":\"Question\"}";
        assertThat(translate(message(GROUP, "it blocks", reply)))
                .isInstanceOfSatisfying(UpdateTranslator.Accepted.class, a -> {
                    assertThat(((TextMessage) a.input()).text()).isEqualTo("it blocks");
                    assertThat(a.input().conversation().group()).isTrue();
                    assertThat(a.input().conversation().chatId()).isEqualTo("-1001");
                });

        assertThat(translate(message(GROUP, "@sobes_bot it blocks", "")))
                .isInstanceOfSatisfying(
                        UpdateTranslator.Accepted.class,
                        a -> assertThat(((TextMessage) a.input()).text()).isEqualTo("it blocks"));
    }

    @Test
    void aForumTopicIsItsOwnConversation() {
        String forum = "{\"id\":-1002,\"type\":\"supergroup\",\"title\":\"F\",\"is_forum\":true}";
        UpdateTranslator.Translation t = translate(command(forum, "/practice", 9)
                .replace("\"text\":", "\"message_thread_id\":77,\"is_topic_message\":true,\"text\":"));

        assertThat(((UpdateTranslator.Accepted) t).input().conversation())
                .isEqualTo(new Conversation(Platform.TELEGRAM, "-1002", "77", true));
    }

    @Test
    void aButtonPressCarriesItsDataAndItsCallbackToAnswer() {
        String json = "{\"update_id\":43,\"callback_query\":{\"id\":\"cb1\",\"from\":" + ANNA
                + ",\"chat_instance\":\"x\",\"data\":\"next:1.abc\",\"message\":{\"message_id\":5,\"date\":1700000000,"
                + "\"from\":" + BOT_USER + ",\"chat\":" + DM + ",\"text\":\"Q\"}}}";

        UpdateTranslator.Translation t = translate(json);

        assertThat(t.callbackId()).isEqualTo("cb1");
        ButtonPress press = (ButtonPress) ((UpdateTranslator.Accepted) t).input();
        assertThat(press.action()).isEqualTo("next:1.abc");
        assertThat(press.sourceId()).isEqualTo("43");
    }

    @Test
    void aButtonUnderAnInaccessibleMessageStillWorks() {
        String json = "{\"update_id\":44,\"callback_query\":{\"id\":\"cb2\",\"from\":" + ANNA
                + ",\"chat_instance\":\"x\",\"data\":\"menu.abc\",\"message\":{\"message_id\":5,\"date\":0,"
                + "\"chat\":" + DM + "}}}";

        assertThat(translate(json)).isInstanceOfSatisfying(UpdateTranslator.Accepted.class, a -> {
            assertThat(a.callbackId()).isEqualTo("cb2");
            assertThat(a.input().conversation().chatId()).isEqualTo("7");
        });
    }

    @Test
    void anEditedMessageIsLeftAloneWithANoticeInPrivate() {
        String json = message(DM, "fixed", "").replace("\"message\":", "\"edited_message\":");

        assertThat(translate(json)).isInstanceOfSatisfying(UpdateTranslator.Ignored.class, i -> {
            assertThat(i.reason()).contains("edited");
            assertThat(i.notice()).isEqualTo(new UpdateTranslator.Notice("7", null, "notice.edit-ignored", Lang.RU));
        });
    }

    @Test
    void messagesFromBotsAndChannelsAreLeftAlone() {
        assertThat(translate(message(DM, "hi", "").replace(ANNA, BOT_USER)))
                .isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate(message("{\"id\":-1003,\"type\":\"channel\",\"title\":\"C\"}", "post", "")))
                .isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate("{\"update_id\":45,\"poll\":{\"id\":\"p\",\"question\":\"?\",\"options\":[],"
                        + "\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\","
                        + "\"allows_multiple_answers\":false}}"))
                .isInstanceOf(UpdateTranslator.Ignored.class);
    }

    private static final String BORIS = "{\"id\":8,\"is_bot\":false,\"first_name\":\"Boris\",\"username\":\"boris_k\"}";

    private static String entities(String... entities) {
        return ",\"entities\":[" + String.join(",", entities) + "]";
    }

    private static String entity(String type, int offset, int length) {
        return "{\"type\":\"" + type + "\",\"offset\":" + offset + ",\"length\":" + length + "}";
    }

    private Command commandOf(UpdateTranslator.Translation t) {
        assertThat(t).isInstanceOf(UpdateTranslator.Accepted.class);
        return (Command) ((UpdateTranslator.Accepted) t).input();
    }

    @Test
    void aMentionByIdOfSomeoneWithoutAUsernameIsOneArgumentNamingThem() {
        String mention = "{\"type\":\"text_mention\",\"offset\":11,\"length\":12,\"user\":"
                + "{\"id\":9,\"is_bot\":false,\"first_name\":\"Chris\",\"last_name\":\"Lee Jr\"}}";
        Command c = commandOf(translate(
                message(GROUP, "/interview Chris Lee Jr go 3", entities(entity("bot_command", 0, 10), mention))));

        assertThat(c.name()).isEqualTo("interview");
        assertThat(c.args()).containsExactly("user:9", "go", "3");
        assertThat(c.mentioned(c.args().get(0)).orElseThrow().userId()).isEqualTo("9");
    }

    @Test
    void anAtUsernameNamesSomeoneTheBotHasSeenAndIsExplainedOtherwise() {
        String interview = "/interview @boris_k go";
        String marked = entities(entity("bot_command", 0, 10), entity("mention", 11, 8));

        UpdateTranslator.Translation unknown = translate(message(GROUP, interview, marked));
        assertThat(unknown).isInstanceOfSatisfying(UpdateTranslator.Ignored.class, i -> {
            UpdateTranslator.Notice notice = Objects.requireNonNull(i.notice());
            assertThat(notice.key()).isEqualTo("notice.unknown-mention");
            assertThat(notice.chatId()).isEqualTo("-1001");
            assertThat(notice.args()).containsExactly("@boris_k", "/interview");
        });

        // Boris presses a button somewhere: from then on the bot knows his username.
        translate("{\"update_id\":46,\"callback_query\":{\"id\":\"cb3\",\"from\":" + BORIS
                + ",\"chat_instance\":\"x\",\"data\":\"g:x\",\"message\":{\"message_id\":5,"
                + "\"date\":1700000000,\"from\":" + BOT_USER + ",\"chat\":" + GROUP + ",\"text\":\"Q\"}}}");
        assertThat(commandOf(translate(message(GROUP, interview.replace("@boris_k", "@Boris_K"), marked)))
                        .args())
                .containsExactly("user:8", "go");
    }

    @Test
    void anInterviewSentAsAReplyNamesTheAuthorOfThatMessage() {
        String reply = ",\"reply_to_message\":{\"message_id\":2,\"date\":1700000000,\"from\":" + BORIS + ",\"chat\":"
                + GROUP + ",\"text\":\"I am ready\"}";

        assertThat(commandOf(translate(message(GROUP, "/interview go", entities(entity("bot_command", 0, 10)) + reply)))
                        .args())
                .containsExactly("go", "user:8");
        assertThat(commandOf(translate(message(GROUP, "/practice go", entities(entity("bot_command", 0, 9)) + reply)))
                        .args())
                .as("a reply names nobody for commands that do not take a person")
                .containsExactly("go");
        assertThat(commandOf(translate(message(
                                GROUP,
                                "/interview",
                                entities(entity("bot_command", 0, 10)) + reply.replace(BORIS, BOT_USER))))
                        .args())
                .as("a reply to the bot's own message")
                .isEmpty();
    }

    @Test
    void theFirstMessageOfAForumTopicIsNoReply() {
        String forum = "{\"id\":-1002,\"type\":\"supergroup\",\"title\":\"F\",\"is_forum\":true}";
        String topic = ",\"message_thread_id\":77,\"is_topic_message\":true,\"reply_to_message\":{\"message_id\":77,"
                + "\"date\":1700000000,\"from\":" + BORIS + ",\"chat\":" + forum
                + ",\"forum_topic_created\":{\"name\":\"Mocks\",\"icon_color\":7322096}}";

        assertThat(commandOf(translate(message(forum, "/interview", entities(entity("bot_command", 0, 10)) + topic)))
                        .args())
                .isEmpty();
        assertThat(translate(message(forum, "lunch?", topic.replace(BORIS, BOT_USER))))
                .as("chatter in a topic the bot opened is not addressed to it")
                .isInstanceOf(UpdateTranslator.Ignored.class);
    }

    @Test
    void aMessageInputKnowsItsMessageSoItCanBeDeleted() {
        String reply = ",\"reply_to_message\":{\"message_id\":2,\"date\":1700000000,\"from\":" + BOT_USER + ",\"chat\":"
                + GROUP + ",\"text\":\"Question\"}";
        assertThat(translate(message(GROUP, "it blocks", reply)))
                .isInstanceOfSatisfying(
                        UpdateTranslator.Accepted.class,
                        a -> assertThat(a.messageId()).isEqualTo(3));
    }

    @Test
    void aChangeOfTheBotsRightsInAGroupIsNoInput() {
        String json = "{\"update_id\":47,\"my_chat_member\":{\"chat\":" + GROUP + ",\"from\":" + ANNA
                + ",\"date\":1700000000,\"old_chat_member\":{\"status\":\"member\",\"user\":" + BOT_USER
                + "},\"new_chat_member\":{\"status\":\"administrator\",\"user\":" + BOT_USER
                + ",\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
                + "\"can_delete_messages\":true,\"can_manage_video_chats\":false,\"can_restrict_members\":false,"
                + "\"can_promote_members\":false,\"can_change_info\":false,\"can_invite_users\":true,"
                + "\"can_post_stories\":false,\"can_edit_stories\":false,\"can_delete_stories\":false}}}";

        assertThat(translate(json)).isEqualTo(new UpdateTranslator.RightsChanged("-1001"));
    }

    private static String document(String chat, String fileName, String caption, String extra) {
        return "{\"update_id\":43,\"message\":{\"message_id\":4,\"date\":1700000000,\"from\":" + ANNA
                + ",\"chat\":" + chat + ",\"document\":{\"file_id\":\"BQACAgIAAx\",\"file_unique_id\":\"AgAD\","
                + "\"file_name\":\"" + fileName + "\",\"mime_type\":\"text/markdown\",\"file_size\":1234}"
                + (caption.isEmpty() ? "" : ",\"caption\":\"" + caption + "\"") + extra + "}}";
    }

    @Test
    void aDocumentInAPrivateChatIsOfferedWithItsNameTypeAndSize() {
        UpdateTranslator.Translation t = translate(document(DM, "go-notes.md", "", ""));

        assertThat(t).isInstanceOfSatisfying(UpdateTranslator.FileOffered.class, f -> {
            assertThat(f.fileId()).isEqualTo("BQACAgIAAx");
            assertThat(f.fileName()).isEqualTo("go-notes.md");
            assertThat(f.mediaType()).isEqualTo("text/markdown");
            assertThat(f.size()).isEqualTo(1234L);
            assertThat(f.sourceId()).isEqualTo("43");
            assertThat(f.conversation()).isEqualTo(Conversation.direct(Platform.TELEGRAM, "7"));
            assertThat(f.upload(new byte[] {1, 2}).file().content()).containsExactly(1, 2);
        });
    }

    @Test
    void inAGroupADocumentIsTakenOnlyWhenItIsForTheBot() {
        String reply = ",\"reply_to_message\":{\"message_id\":2,\"date\":1700000000,\"from\":" + BOT_USER + ",\"chat\":"
                + GROUP + ",\"text\":\"Question\"}";

        assertThat(translate(document(GROUP, "a.md", "", ""))).isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate(document(GROUP, "a.md", "look at this", ""))).isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate(document(GROUP, "a.md", "/upload@other_bot", "")))
                .isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate(document(GROUP, "a.md", "@sobes_botanist", "")))
                .isInstanceOf(UpdateTranslator.Ignored.class);
        assertThat(translate(document(GROUP, "a.md", "/upload", ""))).isInstanceOf(UpdateTranslator.FileOffered.class);
        assertThat(translate(document(GROUP, "a.md", "/upload@Sobes_Bot", "")))
                .isInstanceOf(UpdateTranslator.FileOffered.class);
        assertThat(translate(document(GROUP, "a.md", "@sobes_bot my notes", "")))
                .isInstanceOf(UpdateTranslator.FileOffered.class);
        assertThat(translate(document(GROUP, "a.md", "", reply)))
                .isInstanceOfSatisfying(
                        UpdateTranslator.FileOffered.class,
                        f -> assertThat(f.conversation().group()).isTrue());
    }

    @Test
    void aFileNameIsAPlainNameEvenWhenTelegramGivesNoneOrAPath() {
        assertThat(UpdateTranslator.fileName(null)).isEqualTo("file");
        assertThat(UpdateTranslator.fileName("  ")).isEqualTo("file");
        assertThat(UpdateTranslator.fileName("../../etc/notes.md")).isEqualTo("notes.md");
        assertThat(UpdateTranslator.fileName("C:\\docs\\pack.yaml")).isEqualTo("pack.yaml");
    }
}
