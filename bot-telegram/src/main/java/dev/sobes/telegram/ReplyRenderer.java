package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.chart.ChartImages;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Chart;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.model.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Turns one reply into the Bot API calls that show it: its attachment as a document and its chart
 * as a photo, then its text in one or more messages (buttons under the last), edits of the
 * messages it replaces, and a private message's way to its person.
 */
final class ReplyRenderer {
    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    /** Telegram's limit on a caption's visible characters. */
    static final int MAX_CAPTION = 1024;

    private final MessageIds ids;
    private final AdapterTexts texts;
    private final String botUsername;

    /**
     * The actions of buttons shown that ask for text only the engine should see (a group
     * interview's Answer): Telegram has no private forms, so a press of one is answered with a
     * note on where to write (see {@link Button#asksForText()}). Kept as long as messages stay
     * editable.
     */
    private final Cache<String, Boolean> asking = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(2))
            .build();

    ReplyRenderer(MessageIds ids, AdapterTexts texts, String botUsername) {
        this.ids = ids;
        this.texts = texts;
        this.botUsername = botUsername;
    }

    /**
     * @param asker the person whose input this reply answers: names the private note in a group,
     *     and chooses its language
     */
    List<Outgoing> render(Reply reply, @Nullable Person asker) {
        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(reply.text());
        Conversation conversation = reply.conversation();
        PersonId privateTo = reply.privateTo();
        String chatId = conversation.chatId();
        Integer thread = thread(conversation);
        Outgoing.PrivateFallback fallback = null;
        if (privateTo != null && conversation.group()) {
            chatId = privateTo.userId();
            fallback = new Outgoing.PrivateFallback(conversation.chatId(), thread, startPrivately(privateTo, asker));
            thread = null;
        }
        List<Outgoing> calls = new ArrayList<>(files(reply, chatId, thread, fallback));
        if (chunks.isEmpty()) {
            if (calls.isEmpty()) {
                log.warn(
                        "The engine replied with empty text in {}; nothing sent",
                        reply.conversation().key());
            }
            return calls;
        }
        for (Button button : reply.allButtons()) {
            if (button.asksForText()) {
                asking.put(button.action(), Boolean.TRUE);
            }
        }
        InlineKeyboardMarkup keyboard = Keyboards.of(reply.buttons());
        Delivered previous = reply.replace() ? ids.get(reply) : null;
        if (previous != null && !previous.chatId().equals(chatId)) {
            previous = null;
        }
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            InlineKeyboardMarkup buttons = i == chunks.size() - 1 ? keyboard : null;
            contents.add(chunks.get(i).html() + "\u0000" + buttons);
        }
        Delivered record = new Delivered(chatId, contents);
        for (int i = 0; i < chunks.size(); i++) {
            HtmlRenderer.Chunk chunk = chunks.get(i);
            Outgoing.Text text = new Outgoing.Text(chunk.html(), chunk.plain(), true);
            InlineKeyboardMarkup buttons = i == chunks.size() - 1 ? keyboard : null;
            if (previous != null && i < previous.pieces() && previous.showsSame(i, record)) {
                record.keeps(i, previous);
            } else if (previous != null && i < previous.pieces()) {
                calls.add(new Outgoing.Edit(chatId, thread, previous, i, text, buttons, record));
            } else {
                calls.add(new Outgoing.Send(chatId, thread, text, buttons, record, i, i == 0 ? fallback : null));
            }
        }
        if (previous != null) {
            for (int i = chunks.size(); i < previous.pieces(); i++) {
                calls.add(new Outgoing.Delete(chatId, previous, i));
            }
        }
        if (reply.key() != null) {
            ids.put(reply, record);
        }
        return calls;
    }

    /**
     * The files that go before a reply's text: its attachment as a document, and its chart as a
     * photo (the text carries the same numbers, so a chart that cannot be drawn is left out).
     */
    private static List<Outgoing.SendFile> files(
            Reply reply, String chatId, @Nullable Integer thread, Outgoing.@Nullable PrivateFallback fallback) {
        List<Outgoing.SendFile> files = new ArrayList<>();
        Attachment attachment = reply.attachment();
        if (attachment != null) {
            files.add(new Outgoing.SendFile(chatId, thread, attachment, false, null, fallback));
        }
        Chart chart = reply.chart();
        if (chart != null) {
            byte[] png = png(chart);
            if (png != null) {
                String title = chart.title().length() > MAX_CAPTION
                        ? chart.title().substring(0, MAX_CAPTION - 1) + "…"
                        : chart.title();
                Outgoing.Text caption =
                        title.isBlank() ? null : new Outgoing.Text(HtmlRenderer.escape(title), title, true);
                files.add(new Outgoing.SendFile(
                        chatId,
                        thread,
                        new Attachment("chart.png", "image/png", png),
                        true,
                        caption,
                        files.isEmpty() ? fallback : null));
            }
        }
        return files;
    }

    private static byte @Nullable [] png(Chart chart) {
        try {
            return ChartImages.png(chart);
        } catch (RuntimeException | LinkageError | InternalError e) {
            // No fonts or no graphics in this runtime: the text still says everything.
            log.warn("Could not draw the chart \"{}\": {}", chart.title(), e.toString());
            return null;
        }
    }

    /** Whether {@code action} is the action of a button shown that asks for text. */
    boolean asksForText(String action) {
        return asking.getIfPresent(action) != null;
    }

    /** A note from the adapter to one chat. */
    static Outgoing notice(String chatId, @Nullable Integer thread, Outgoing.Text text) {
        return new Outgoing.Send(chatId, thread, text, null, null, 0, null);
    }

    private Outgoing.Text startPrivately(PersonId person, @Nullable Person asker) {
        String name = "id" + person.userId();
        Lang lang = Lang.EN;
        if (asker != null && asker.id().equals(person)) {
            name = asker.displayName();
            lang = Lang.fromTag(asker.languageTag());
        }
        String mention = "<a href=\"tg://user?id=" + HtmlRenderer.escape(person.userId()) + "\">"
                + HtmlRenderer.escape(name) + "</a>";
        String bot = "@" + botUsername;
        return texts.text(lang, "notice.start-private", List.of(name, bot), List.of(mention, HtmlRenderer.escape(bot)));
    }

    static @Nullable Integer thread(Conversation conversation) {
        String thread = conversation.threadId();
        if (thread == null) {
            return null;
        }
        try {
            return Integer.valueOf(thread);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
