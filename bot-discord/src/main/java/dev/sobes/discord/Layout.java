package dev.sobes.discord;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lays a reply out as Discord messages. Short text goes in the message; feedback cards and text
 * too long for a message go in embeds (split across embeds and messages at Discord's limits).
 * Buttons become action rows of at most five, at most five rows a message; more buttons than fit
 * go on to further messages. A button that asks for text gets an id that opens a modal when
 * pressed (see {@link FormIds}) and stands out.
 */
final class Layout {
    static final int CONTENT = 2000;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int EMBEDS = 10;
    static final int EMBEDS_TOTAL = 6000;
    static final int ROWS = 5;
    static final int ROW_BUTTONS = 5;
    static final int LABEL = 80;
    static final int CUSTOM_ID = 100;

    /** The engine keys question cards "q1", "q2"…, and feedback cards "f1", "f2"…. */
    private static final Pattern QUESTION_KEY = Pattern.compile("q\\d+");

    private static final Pattern FEEDBACK_KEY = Pattern.compile("f\\d+");

    private Layout() {}

    /** A question card: one to answer, so it gets an Answer button. */
    static boolean isQuestionCard(Reply reply) {
        return reply.key() != null && QUESTION_KEY.matcher(reply.key()).matches();
    }

    static boolean isQuestionKey(String key) {
        return QUESTION_KEY.matcher(key).matches();
    }

    static boolean isFeedbackCard(Reply reply) {
        return reply.key() != null && FEEDBACK_KEY.matcher(reply.key()).matches();
    }

    /**
     * @param reply what the engine said
     * @param first a button to put before the engine's buttons (the Answer button), or null
     * @param note text to add at the end (how to answer here), or null
     * @param continued the text of a message that only carries more buttons
     */
    static List<Outgoing> render(
            Reply reply, Outgoing.@Nullable OutButton first, @Nullable RichText note, String continued) {
        RichText text = note == null
                ? reply.text()
                : RichText.builder().append(reply.text()).append(note).build();
        List<List<List<Outgoing.OutButton>>> pages = pages(reply.buttons(), first);
        boolean embeds = isFeedbackCard(reply) || Markdown.render(text).length() > CONTENT;
        List<Outgoing> messages = embeds ? asEmbeds(text) : asContent(text);
        List<Outgoing> out = new ArrayList<>(messages.subList(0, messages.size() - 1));
        Outgoing last = messages.get(messages.size() - 1);
        out.add(new Outgoing(last.content(), last.embeds(), pages.isEmpty() ? List.of() : pages.get(0)));
        for (int i = 1; i < pages.size(); i++) {
            out.add(new Outgoing(continued, List.of(), pages.get(i)));
        }
        return out;
    }

    private static List<Outgoing> asContent(RichText text) {
        List<Outgoing> out = new ArrayList<>();
        for (String chunk : Markdown.split(text, CONTENT)) {
            out.add(new Outgoing(chunk, List.of(), List.of()));
        }
        if (out.isEmpty()) {
            out.add(new Outgoing(Markdown.escape(text.plainText(), true), List.of(), List.of()));
        }
        return out;
    }

    /** A bold first paragraph that fits becomes the title of the first embed. */
    private static List<Outgoing> asEmbeds(RichText text) {
        List<Block> blocks = text.blocks();
        String title = null;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first && allBold(first)) {
            String plain =
                    Markdown.escape(new RichText(List.of(first)).plainText().strip(), false);
            if (!plain.isEmpty() && plain.length() <= TITLE && !plain.contains("\n")) {
                title = plain;
                blocks = blocks.subList(1, blocks.size());
            }
        }
        List<Outgoing.Embed> embeds = new ArrayList<>();
        List<String> descriptions = Markdown.split(new RichText(blocks), DESCRIPTION);
        if (descriptions.isEmpty()) {
            embeds.add(new Outgoing.Embed(title, ""));
        }
        for (String description : descriptions) {
            embeds.add(new Outgoing.Embed(embeds.isEmpty() ? title : null, description));
        }
        List<Outgoing> out = new ArrayList<>();
        List<Outgoing.Embed> current = new ArrayList<>();
        int total = 0;
        for (Outgoing.Embed embed : embeds) {
            if (!current.isEmpty() && (current.size() == EMBEDS || total + embed.length() > EMBEDS_TOTAL)) {
                out.add(new Outgoing("", current, List.of()));
                current = new ArrayList<>();
                total = 0;
            }
            current.add(embed);
            total += embed.length();
        }
        out.add(new Outgoing("", current, List.of()));
        return out;
    }

    private static boolean allBold(Block.Paragraph paragraph) {
        return !paragraph.spans().isEmpty() && paragraph.spans().stream().allMatch(s -> s instanceof Span.Bold);
    }

    /** The buttons as pages of at most five rows of at most five; the engine's rows are kept when they fit. */
    static List<List<List<Outgoing.OutButton>>> pages(
            List<List<Button>> engineRows, Outgoing.@Nullable OutButton first) {
        List<List<Outgoing.OutButton>> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (first != null) {
            ids.add(first.id());
        }
        for (List<Button> engineRow : engineRows) {
            List<Outgoing.OutButton> row = new ArrayList<>();
            for (Button button : engineRow) {
                String id = button.asksForText() ? FormIds.button(button.action()) : button.action();
                if (id.length() > CUSTOM_ID) {
                    throw new IllegalArgumentException("a button id is longer than Discord takes: " + id);
                }
                if (ids.add(id)) {
                    row.add(new Outgoing.OutButton(id, label(button.label()), button.asksForText()));
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        if (first != null) {
            if (!rows.isEmpty() && rows.get(0).size() < ROW_BUTTONS) {
                rows.get(0).add(0, first);
            } else {
                rows.add(0, new ArrayList<>(List.of(first)));
            }
        }
        boolean fits = rows.size() <= ROWS && rows.stream().allMatch(r -> r.size() <= ROW_BUTTONS);
        if (fits) {
            return rows.isEmpty() ? List.of() : List.of(rows);
        }
        List<Outgoing.OutButton> all = rows.stream().flatMap(List::stream).toList();
        List<List<List<Outgoing.OutButton>>> pages = new ArrayList<>();
        for (int start = 0; start < all.size(); start += ROWS * ROW_BUTTONS) {
            List<Outgoing.OutButton> page = all.subList(start, Math.min(all.size(), start + ROWS * ROW_BUTTONS));
            List<List<Outgoing.OutButton>> pageRows = new ArrayList<>();
            for (int r = 0; r < page.size(); r += ROW_BUTTONS) {
                pageRows.add(page.subList(r, Math.min(page.size(), r + ROW_BUTTONS)));
            }
            pages.add(pageRows);
        }
        return pages;
    }

    static String label(String label) {
        String clean = label.replace('\n', ' ').strip();
        return clean.length() <= LABEL ? clean : clean.substring(0, LABEL - 1) + "…";
    }
}
