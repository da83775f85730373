package dev.sobes.content;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Markdown file of questions and answers into a {@link Pack}.
 *
 * <ul>
 *   <li>Every heading (any level) is a question; a leading number such as {@code 1.} is dropped.
 *       The text under it, up to the next heading, is the reference answer.
 *   <li>A heading that ends with a colon ({@code #### Вывод:}) is a label inside the answer above
 *       it, not a question.
 *   <li>A heading with no answer of its own that is followed by deeper headings is a section: the
 *       outermost such section becomes a topic of the questions under it. Questions outside any
 *       section go to the topic {@code notes}.
 *   <li>Bullet and numbered items of the answer become key points (at most six, in order). A
 *       numbered item directly followed by a bullet list (or with a nested list) is one point whose
 *       details are those bullets. With fewer than three items, key points are made from the
 *       answer's sentences instead. The terms of a point are its most significant words.
 *   <li>A section without an answer (empty, only links, only {@code TODO}, only questions or short
 *       notes) is skipped and reported, and so is one from which fewer than three key points can be
 *       made: a question needs three to six to be checked.
 *   <li>The notes' language is detected from their letters (Cyrillic or Latin); the same text is
 *       used for both {@code ru} and {@code en}.
 * </ul>
 */
public final class MarkdownImporter {
    /** The topic of questions that are under no section heading. */
    public static final String DEFAULT_TOPIC = "notes";

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final int MIN_KEY_POINTS = 3;
    private static final int MAX_KEY_POINTS = 6;
    private static final int MAX_PACK_ID_LENGTH = 40;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORDS_AND_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern TODO =
            Pattern.compile("(?://|#|--|<!--)?\\s*(?:TODO|FIXME|TBD)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("[-–—=_*~.\\s]+");
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}[.)]\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\p{N}«\"'(\\[`])");
    /** First words of a question. */
    private static final Set<String> QUESTION_WORDS = Set.copyOf(Arrays.asList("""
            что как какие какой какая какое каким каких какую зачем почему когда где чем сколько кто куда откуда расскажи
            расскажите объясни объясните опиши опишите назови назовите what how why when which where who explain describe
            """.split("\\s+")));

    private static final List<String> QUESTION_PREFIXES = List.of(
            "для чего", "в чем", "в чём", "за счет чего", "за счёт чего", "с чем", "is ", "are ", "do ", "does ");

    private final Level level;

    /** An importer that gives every question the level {@code middle}. */
    public MarkdownImporter() {
        this(Level.MIDDLE);
    }

    /** An importer that gives every question {@code level}: notes do not say how senior they are. */
    public MarkdownImporter(Level level) {
        this.level = level;
    }

    /** Imports a UTF-8 Markdown file; the pack's title is the file's name without extension. */
    public MarkdownImport importFile(Path file, String packId) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String title = dot > 0 ? name.substring(0, dot) : name;
        return importText(Files.readString(file, StandardCharsets.UTF_8), name, packId, LocalizedText.of(title));
    }

    /**
     * Imports Markdown text.
     *
     * @param source the name the report uses for the text, such as its file name
     * @param packId the id of the pack to make: lowercase letters, digits and '-', at most 40
     *     characters (question ids start with it)
     */
    public MarkdownImport importText(String markdown, String source, String packId, LocalizedText title) {
        if (!Nodes.ID.matcher(packId).matches() || packId.length() > MAX_PACK_ID_LENGTH) {
            throw new IllegalArgumentException("bad pack id '" + packId
                    + "': use lowercase Latin letters, digits and '-', at most " + MAX_PACK_ID_LENGTH
                    + " characters");
        }
        return new Run(markdown, source, packId, title).run();
    }

    /** What a block of an answer is, for telling answers from placeholders. */
    private enum Kind {
        BLANK,
        LINK,
        TODO,
        QUESTION,
        NOTE,
        ANSWER
    }

    /** A heading and the blocks under it, up to the next heading that is not a label. */
    private static final class Section {
        final int line;
        final int level;
        final String title;
        final List<Node> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        @Nullable
        Section parent;

        boolean container;

        Section(Heading heading, String title) {
            this.line = firstLine(heading) + 1;
            this.level = heading.getLevel();
            this.title = title;
        }
    }

    /** A point of an answer: an item's text and the texts of the items under it. */
    private record Point(String text, List<String> details) {}

    /** The text of an inline run, what of it lies outside links, and the links' targets. */
    private static final class Inline extends AbstractVisitor {
        final StringBuilder all = new StringBuilder();
        final StringBuilder outside = new StringBuilder();
        final List<String> urls = new ArrayList<>();
        private int linkDepth;

        static Inline of(Node node) {
            Inline inline = new Inline();
            inline.visitChildren(node);
            Matcher bare = URL.matcher(inline.all);
            while (bare.find()) {
                inline.urls.add(bare.group().replaceFirst("[).,;:!?»\"']+$", ""));
            }
            return inline;
        }

        String text() {
            return all.toString().strip();
        }

        boolean onlyLinks() {
            String rest = URL.matcher(outside).replaceAll(" ");
            return !urls.isEmpty() && rest.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        private void append(String s) {
            all.append(s);
            if (linkDepth == 0) {
                outside.append(s);
            }
        }

        @Override
        public void visit(Text text) {
            append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            append("\n");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            append("\n");
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            // markup, not text
        }

        @Override
        public void visit(Link link) {
            urls.add(link.getDestination());
            linkDepth++;
            visitChildren(link);
            linkDepth--;
        }

        @Override
        public void visit(Image image) {
            linkDepth++;
            visitChildren(image);
            linkDepth--;
        }
    }

    /** One import: the parsed document and everything made from it. */
    private final class Run {
        private final String[] lines;
        private final String source;
        private final String packId;
        private final LocalizedText title;
        private final Node document;
        private final Lang language;
        private final List<ImportReport.Imported> imported = new ArrayList<>();
        private final List<ImportReport.Skipped> skipped = new ArrayList<>();
        private final List<ImportReport.Note> notes = new ArrayList<>();
        private final Map<Section, String> topicIds = new LinkedHashMap<>();
        private final Map<String, Topic> topics = new LinkedHashMap<>();
        private final Set<String> questionIds = new HashSet<>();
        private final List<Question> questions = new ArrayList<>();
        private @Nullable String defaultTopicId;

        Run(String markdown, String source, String packId, LocalizedText title) {
            String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            this.lines = text.split("\n", -1);
            this.source = source;
            this.packId = packId;
            this.title = title;
            this.document = PARSER.parse(text);
            this.language = Terms.isCyrillic(text) ? Lang.RU : Lang.EN;
        }

        MarkdownImport run() {
            List<Section> sections = sections();
            if (sections.isEmpty()) {
                notes.add(new ImportReport.Note(1, source, "no headings: every question must be a heading"));
            }
            for (Section section : sections) {
                section.container = !hasAnswer(section) && !section.children.isEmpty();
            }
            for (Section section : sections) {
                importSection(section);
            }
            for (Section section : sections) {
                if (section.container) {
                    notes.add(new ImportReport.Note(section.line, headingName(section), containerNote(section)));
                }
            }
            notes.sort(Comparator.comparingInt(ImportReport.Note::line));
            Pack pack = new Pack(packId, title, null, List.copyOf(topics.values()), questions);
            ImportReport report = new ImportReport(source, packId, language, level, imported, skipped, notes);
            return new MarkdownImport(pack, report);
        }

        private List<Section> sections() {
            List<Section> sections = new ArrayList<>();
            Deque<Section> open = new ArrayDeque<>();
            Section current = null;
            boolean preamble = false;
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading && !isLabel(heading)) {
                    Section section = new Section(heading, headingText(heading));
                    while (!open.isEmpty() && open.peek().level >= section.level) {
                        open.pop();
                    }
                    section.parent = open.peek();
                    if (section.parent != null) {
                        section.parent.children.add(section);
                    }
                    open.push(section);
                    sections.add(section);
                    current = section;
                } else if (current != null) {
                    current.blocks.add(node);
                } else if (!kinds(node).stream().allMatch(k -> k == Kind.BLANK)) {
                    preamble = true;
                }
            }
            if (preamble && !sections.isEmpty()) {
                notes.add(new ImportReport.Note(
                        1, source, "the text before the first heading belongs to no question and was left out"));
            }
            return sections;
        }

        private void importSection(Section section) {
            if (section.container) {
                return;
            }
            if (section.title.isEmpty()) {
                skipped.add(new ImportReport.Skipped(section.line, headingName(section), "the heading has no text"));
                return;
            }
            List<Kind> kinds = new ArrayList<>();
            section.blocks.forEach(b -> kinds.addAll(kinds(b)));
            if (!kinds.contains(Kind.ANSWER)) {
                skipped.add(new ImportReport.Skipped(section.line, section.title, noAnswerReason(kinds)));
                return;
            }
            List<KeyPoint> keyPoints = keyPoints(section);
            if (keyPoints.size() < MIN_KEY_POINTS) {
                skipped.add(new ImportReport.Skipped(
                        section.line,
                        section.title,
                        "too little to check: " + keyPoints.size() + " key point" + (keyPoints.size() == 1 ? "" : "s")
                                + " could be made from the answer, a question needs " + MIN_KEY_POINTS + " to "
                                + MAX_KEY_POINTS + " (write the answer as three or more bullet items)"));
                return;
            }
            Section outer = outermostContainer(section);
            String topicId = outer == null ? defaultTopic() : topicId(outer);
            String text = NUMBERING.matcher(section.title).replaceFirst("");
            String id = questionId(text, section.line);
            Question question = new Question(
                    id,
                    packId,
                    topicId,
                    level,
                    QuestionKind.OPEN,
                    LocalizedText.of(text),
                    LocalizedText.of(answer(section)),
                    keyPoints,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    sources(section));
            questions.add(question);
            imported.add(new ImportReport.Imported(section.line, section.title, id, topicId, keyPoints.size()));
        }

        private boolean hasAnswer(Section section) {
            return section.blocks.stream().anyMatch(b -> kinds(b).contains(Kind.ANSWER));
        }

        private @Nullable Section outermostContainer(Section section) {
            Section outer = section.container ? section : null;
            for (Section s = section.parent; s != null; s = s.parent) {
                if (s.container) {
                    outer = s;
                }
            }
            return outer;
        }

        /** What became of a section heading: the topic its questions went to, if any. */
        private String containerNote(Section section) {
            Section outer = Objects.requireNonNullElse(outermostContainer(section), section);
            String topicId = topicIds.get(outer);
            if (topicId == null) {
                return "a section, not a question; no question under it was imported";
            }
            return outer == section
                    ? "a section, not a question: the questions under it form topic '" + topicId + "'"
                    : "a section, not a question: the questions under it go to topic '" + topicId + "'";
        }

        /** The topic of a section heading, made when its first question is imported. */
        private String topicId(Section container) {
            String existing = topicIds.get(container);
            if (existing != null) {
                return existing;
            }
            String name = container.title.isEmpty() ? "Section " + container.line : container.title;
            String base = clip(slug(name), Nodes.MAX_ID_LENGTH);
            String id = unique(base.isEmpty() ? "section-" + container.line : base, topics.keySet());
            topicIds.put(container, id);
            topics.put(id, new Topic(id, LocalizedText.of(name)));
            return id;
        }

        private String defaultTopic() {
            if (defaultTopicId == null) {
                defaultTopicId = unique(DEFAULT_TOPIC, topics.keySet());
                topics.put(defaultTopicId, new Topic(defaultTopicId, new LocalizedText("Заметки", "Notes")));
            }
            return defaultTopicId;
        }

        private String questionId(String text, int line) {
            String slug = slug(text);
            String base = clip(packId + "-" + (slug.isEmpty() ? "q" + line : slug), Nodes.MAX_ID_LENGTH);
            String id = unique(base, questionIds);
            questionIds.add(id);
            return id;
        }

        // ---- key points

        private List<KeyPoint> keyPoints(Section section) {
            List<Point> points = listPoints(section.blocks);
            List<Point> chosen = points;
            if (points.size() < MIN_KEY_POINTS) {
                List<Point> flat = flatten(points);
                if (flat.size() >= MIN_KEY_POINTS) {
                    chosen = flat;
                } else {
                    chosen = sentencePoints(section.blocks);
                    if (chosen.size() > points.size()) {
                        notes.add(new ImportReport.Note(
                                section.line,
                                section.title,
                                "fewer than " + MIN_KEY_POINTS
                                        + " bullet items: key points were made from the answer's sentences"));
                    }
                }
            }
            List<KeyPoint> keyPoints = new ArrayList<>();
            int usable = 0;
            for (Point point : chosen) {
                List<List<String>> terms = Terms.of(point.text(), language);
                if (terms.isEmpty() && !point.details().isEmpty()) {
                    terms = Terms.of(String.join(". ", point.details()), language);
                }
                if (terms.isEmpty()) {
                    continue;
                }
                usable++;
                if (keyPoints.size() < MAX_KEY_POINTS) {
                    keyPoints.add(new KeyPoint(LocalizedText.of(statement(point.text())), terms));
                }
            }
            if (usable > MAX_KEY_POINTS) {
                notes.add(new ImportReport.Note(
                        section.line,
                        section.title,
                        usable + " points: the first " + MAX_KEY_POINTS + " became key points"));
            }
            return keyPoints;
        }

        /** The items of the answer's lists, with the habit "1. Title" then "- detail" read as one point. */
        private List<Point> listPoints(List<Node> blocks) {
            List<Point> points = new ArrayList<>();
            Point lastNumbered = null;
            Node previous = null;
            for (Node block : blocks) {
                if (block instanceof ListBlock list && kinds(list).contains(Kind.ANSWER)) {
                    List<Point> items = items(list);
                    Point title = lastNumbered;
                    if (title != null
                            && title.details().isEmpty()
                            && list instanceof BulletList
                            && previous instanceof OrderedList) {
                        List<String> texts = new ArrayList<>();
                        flatten(items).forEach(p -> texts.add(p.text()));
                        points.set(points.lastIndexOf(title), new Point(title.text(), texts));
                        lastNumbered = null;
                    } else {
                        points.addAll(items);
                        lastNumbered =
                                list instanceof OrderedList && !items.isEmpty() ? items.get(items.size() - 1) : null;
                    }
                } else {
                    lastNumbered = null;
                }
                previous = block;
            }
            return points;
        }

        private List<Point> items(ListBlock list) {
            List<Point> points = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String text = "";
                List<String> details = new ArrayList<>();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph paragraph && text.isEmpty()) {
                        Inline inline = Inline.of(paragraph);
                        if (classify(inline, true) == Kind.ANSWER) {
                            text = oneLine(inline.text());
                        }
                    } else if (child instanceof ListBlock nested) {
                        flatten(items(nested)).forEach(p -> details.add(p.text()));
                    }
                }
                if (!text.isEmpty()) {
                    points.add(new Point(text, details));
                } else {
                    details.forEach(d -> points.add(new Point(d, List.of())));
                }
            }
            return points;
        }

        private List<Point> flatten(List<Point> points) {
            List<Point> flat = new ArrayList<>();
            for (Point point : points) {
                flat.add(new Point(point.text(), List.of()));
                point.details().forEach(d -> flat.add(new Point(d, List.of())));
            }
            return flat;
        }

        /** Sentences of the answer's paragraphs and the items of its lists, in order. */
        private List<Point> sentencePoints(List<Node> blocks) {
            List<Point> points = new ArrayList<>();
            for (Node block : blocks) {
                if (block instanceof Paragraph paragraph) {
                    Inline inline = Inline.of(paragraph);
                    if (classify(inline, false) != Kind.ANSWER) {
                        continue;
                    }
                    for (String sentence : sentences(withoutLabelLines(inline.text()))) {
                        if (sentence.endsWith(":") || isQuestion(sentence) || words(sentence) < 3) {
                            continue;
                        }
                        points.add(new Point(sentence, List.of()));
                    }
                } else if (block instanceof ListBlock list && kinds(list).contains(Kind.ANSWER)) {
                    points.addAll(flatten(items(list)));
                }
            }
            return points;
        }

        // ---- the answer text

        /** The answer as written, without the placeholders (links only, TODO, separators). */
        private String answer(Section section) {
            StringBuilder out = new StringBuilder();
            int previousEnd = -2;
            for (Node block : section.blocks) {
                List<Kind> kinds = kinds(block);
                if (kinds.stream().allMatch(k -> k == Kind.BLANK || k == Kind.LINK || k == Kind.TODO)) {
                    continue;
                }
                int start = firstLine(block);
                int end = lastLine(block);
                if (out.length() > 0) {
                    out.append(start > previousEnd + 1 ? "\n\n" : "\n");
                }
                if (block instanceof Heading heading) {
                    out.append(headingText(heading));
                } else {
                    for (int i = start; i <= end && i < lines.length; i++) {
                        out.append(lines[i].stripTrailing());
                        if (i < end) {
                            out.append('\n');
                        }
                    }
                }
                previousEnd = end;
            }
            return out.toString().strip();
        }

        private List<String> sources(Section section) {
            Set<String> urls = new LinkedHashSet<>();
            for (Node block : section.blocks) {
                block.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Paragraph paragraph) {
                        Inline.of(paragraph).urls.stream()
                                .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                                .forEach(urls::add);
                    }
                });
            }
            return List.copyOf(urls);
        }
    }

    // ---- classification

    /** The kind of every unit of text in a block: a paragraph, a list item, a code block. */
    private static List<Kind> kinds(Node block) {
        List<Kind> kinds = new ArrayList<>();
        if (block instanceof ThematicBreak) {
            kinds.add(Kind.BLANK);
        } else if (block instanceof Heading) {
            kinds.add(Kind.NOTE);
        } else if (block instanceof Paragraph paragraph) {
            Inline inline = Inline.of(paragraph);
            Kind kind = classify(inline, false);
            if (kind == Kind.LINK) {
                inline.urls.forEach(u -> kinds.add(Kind.LINK));
            } else {
                kinds.add(kind);
            }
        } else if (block instanceof ListBlock) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph paragraph) {
                        kinds.add(classify(Inline.of(paragraph), true));
                    } else {
                        kinds.addAll(kinds(child));
                    }
                }
            }
        } else if (block instanceof IndentedCodeBlock code) {
            kinds.addAll(classifyCode(code.getLiteral()));
        } else if (block instanceof FencedCodeBlock code) {
            kinds.addAll(classifyCode(code.getLiteral()));
        } else if (block instanceof BlockQuote) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                kinds.addAll(kinds(child));
            }
        } else if (block instanceof HtmlBlock html) {
            String literal = html.getLiteral().strip();
            if (literal.startsWith("<!--")) {
                kinds.add(literal.toUpperCase(Locale.ROOT).contains("TODO") ? Kind.TODO : Kind.BLANK);
            } else {
                kinds.add(Kind.ANSWER);
            }
        } else if (block instanceof LinkReferenceDefinition) {
            kinds.add(Kind.LINK);
        } else {
            kinds.add(Kind.ANSWER);
        }
        return kinds;
    }

    private static Kind classify(Inline inline, boolean listItem) {
        String text = inline.text();
        if (text.isEmpty() || SEPARATOR.matcher(text).matches()) {
            return Kind.BLANK;
        }
        if (inline.onlyLinks()) {
            return Kind.LINK;
        }
        if (text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .allMatch(l -> TODO.matcher(l).matches())) {
            return Kind.TODO;
        }
        String oneLine = oneLine(text);
        if (isQuestion(oneLine)) {
            return Kind.QUESTION;
        }
        if (!listItem && isNote(oneLine)) {
            return Kind.NOTE;
        }
        return Kind.ANSWER;
    }

    /** A code block of links (with their labels) or of TODO lines is a placeholder, not code. */
    private static List<Kind> classifyCode(String literal) {
        List<String> lines =
                literal.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return List.of(Kind.BLANK);
        }
        if (lines.stream().allMatch(l -> TODO.matcher(l).matches())) {
            return List.of(Kind.TODO);
        }
        long urls = lines.stream().filter(l -> URL.matcher(l).matches()).count();
        boolean onlyLinksAndLabels = lines.stream().allMatch(l -> URL.matcher(l).matches() || isNote(l));
        if (urls > 0 && onlyLinksAndLabels) {
            List<Kind> kinds = new ArrayList<>();
            for (long i = 0; i < urls; i++) {
                kinds.add(Kind.LINK);
            }
            return kinds;
        }
        return List.of(Kind.ANSWER);
    }

    /** One sentence that asks: it ends with '?', or starts like a question. */
    private static boolean isQuestion(String text) {
        if (sentences(text).size() != 1) {
            return false;
        }
        if (text.endsWith("?")) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = WORDS_AND_COMMAS.split(lower, 3);
        return QUESTION_WORDS.contains(words[0])
                || (words.length > 1 && words[1].equals("ли"))
                || QUESTION_PREFIXES.stream().anyMatch(p -> lower.startsWith(p + (p.endsWith(" ") ? "" : " ")));
    }

    /** A label or fragment: "Вывод:", "Полезные команды". */
    private static boolean isNote(String text) {
        int words = words(text);
        return (text.endsWith(":") && words <= 8) || (words <= 3 && !text.matches(".*[.!?…;]$"));
    }

    private static boolean isLabel(Heading heading) {
        return headingText(heading).endsWith(":");
    }

    private static String noAnswerReason(List<Kind> kinds) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Map<Kind, Integer> order = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            counts.merge(kind, 1, Integer::sum);
            order.putIfAbsent(kind, order.size());
        }
        List<String> parts = new ArrayList<>();
        for (Kind kind : order.keySet()) {
            int n = counts.getOrDefault(kind, 0);
            switch (kind) {
                case LINK -> parts.add(n == 1 ? "a link" : n + " links");
                case TODO -> parts.add("TODO");
                case QUESTION -> parts.add(n == 1 ? "a question without an answer" : n + " questions without answers");
                case NOTE -> parts.add(n == 1 ? "a short note" : n + " short notes");
                default -> {}
            }
        }
        if (parts.isEmpty()) {
            return "no answer: nothing under the heading";
        }
        String joined = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "no answer: only " + joined + " under the heading";
    }

    // ---- text helpers

    private static String headingName(Section section) {
        return section.title.isEmpty() ? "(empty heading)" : section.title;
    }

    private static String headingText(Heading heading) {
        return oneLine(Inline.of(heading).text());
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(oneLine(text), -1)) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    /** Drops lines that only label what follows, such as "Вывод:". */
    private static String withoutLabelLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!(l.endsWith(":") && words(l) <= 4)) {
                out.append(l).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String statement(String text) {
        String s = oneLine(text);
        while (!s.isEmpty() && ".;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : WHITESPACE.split(s).length;
    }

    private static int firstLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    private static int lastLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
    }

    // ---- ids

    private static final String[] CYRILLIC = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    /** Lowercase Latin letters, digits and '-', Russian letters transliterated. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                out.append(CYRILLIC[c - 'а']);
            } else if (c == 'ё') {
                out.append('e');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (Character.isLetterOrDigit(c) || out.length() == 0 || out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    /** {@code id} cut to at most {@code max} characters, at a '-' where one is near. */
    static String clip(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        String cut = id.substring(0, max);
        int dash = cut.lastIndexOf('-');
        if (dash > max / 2) {
            cut = cut.substring(0, dash);
        }
        return cut.replaceAll("-+$", "");
    }

    private static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String id = clip(base, Nodes.MAX_ID_LENGTH - suffix.length()) + suffix;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
