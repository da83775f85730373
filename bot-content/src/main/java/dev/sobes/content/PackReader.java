package dev.sobes.content;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one pack folder: {@code pack.yaml} and its question files. Everything that can be checked
 * within the folder is checked here; checks across packs (duplicate ids, follow-ups) are the
 * loader's.
 */
final class PackReader {
    static final String PACK_FILE = "pack.yaml";

    static final List<String> PACK_FIELDS = List.of("id", "title", "description", "topics");
    /** A pack in one file (an upload): the pack's fields and its questions. */
    static final List<String> SINGLE_FILE_FIELDS = List.of("id", "title", "description", "topics", "questions");

    static final List<String> TOPIC_FIELDS = List.of("id", "title");
    static final List<String> QUESTION_FILE_FIELDS = List.of("questions");
    static final List<String> QUESTION_FIELDS = List.of(
            "id",
            "kind",
            "topic",
            "level",
            "question",
            "answer",
            "key_points",
            "code",
            "output",
            "hints",
            "follow_ups",
            "tags",
            "sources");
    static final List<String> KEY_POINT_FIELDS = List.of("ru", "en", "terms");
    static final List<String> LEVELS =
            Arrays.stream(Level.values()).map(Level::code).toList();
    static final List<String> KINDS = Arrays.stream(QuestionKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .toList();
    static final int MIN_KEY_POINTS = 3;
    static final int MAX_KEY_POINTS = 6;

    /** A position in a file, for messages that name another place. */
    record Place(Path file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    /** A question id as written, with where it was written. */
    record Ref(String id, Place place) {}

    /**
     * A question as read: its id and follow-ups for the cross-pack checks, and the question itself
     * when everything in it was valid.
     */
    record ReadQuestion(
            Ref id, List<Ref> followUps, @Nullable Question question) {}

    /** What one folder holds. The pack is usable only when {@code errors} stays empty. */
    static final class ReadPack {
        final Path folder;
        final List<ContentError> errors = new ArrayList<>();

        @Nullable
        Ref id;

        @Nullable
        LocalizedText title;

        @Nullable
        LocalizedText description;

        final List<Topic> topics = new ArrayList<>();
        final List<ReadQuestion> questions = new ArrayList<>();

        ReadPack(Path folder) {
            this.folder = folder;
        }

        String name() {
            return folder.getFileName().toString();
        }
    }

    private final ReadPack pack;
    /** Topic ids of the pack, or null when pack.yaml could not say which topics there are. */
    private @Nullable Map<String, Place> topicIds;

    private PackReader(Path folder) {
        this.pack = new ReadPack(folder);
    }

    /**
     * Reads a folder given its yaml files (sorted). Without a {@code pack.yaml} the folder is
     * reported and nothing else is read.
     */
    static ReadPack read(Path folder, List<Path> yamlFiles) {
        PackReader reader = new PackReader(folder);
        reader.readAll(yamlFiles);
        return reader.pack;
    }

    private void readAll(List<Path> yamlFiles) {
        Path packFile = folder().resolve(PACK_FILE);
        if (!yamlFiles.contains(packFile)) {
            Path first = yamlFiles.get(0);
            pack.errors.add(new ContentError(
                    first,
                    1,
                    1,
                    "pack folder '" + pack.name() + "' has no " + PACK_FILE
                            + ": every pack folder needs one (id, title, topics) next to its question files"));
            return;
        }
        YamlReader.read(packFile, pack.errors)
                .ifPresent(root -> readPackFile(new Nodes(packFile, pack.errors), root, PACK_FIELDS));
        for (Path file : yamlFiles) {
            if (file.equals(packFile)) {
                continue;
            }
            if (!file.getFileName().toString().endsWith(".yaml")) {
                pack.errors.add(new ContentError(
                        file, 1, 1, "content files end in .yaml; rename this file so that it is read"));
                continue;
            }
            YamlReader.read(file, pack.errors).ifPresent(root -> readQuestionFile(new Nodes(file, pack.errors), root));
        }
    }

    /** Reads a pack written as one file: pack.yaml's fields and a {@code questions} list. */
    static ReadPack readSingle(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        PackReader reader = new PackReader(folder == null ? file : folder);
        YamlReader.read(file, reader.pack.errors).ifPresent(root -> {
            Nodes nodes = new Nodes(file, reader.pack.errors);
            reader.readPackFile(nodes, root, SINGLE_FILE_FIELDS);
            if (root instanceof YamlNode.Mapping mapping) {
                Optional<YamlNode> questions = mapping.get("questions");
                if (questions.isEmpty()) {
                    nodes.error(root, "missing field 'questions': a pack in one file lists its questions under it");
                } else {
                    nodes.list(questions.get(), "questions")
                            .ifPresent(list -> list.forEach(q -> reader.readQuestion(nodes, q)));
                }
            }
        });
        return reader.pack;
    }

    private Path folder() {
        return pack.folder;
    }

    private void readPackFile(Nodes nodes, YamlNode root, List<String> allowed) {
        Optional<Nodes.Fields> maybeFields = nodes.fields(root, PACK_FILE, allowed);
        if (maybeFields.isEmpty()) {
            return;
        }
        Nodes.Fields fields = maybeFields.get();
        fields.required("id")
                .ifPresent(node -> nodes.id(node, "pack id")
                        .ifPresent(id -> pack.id = new Ref(id, new Place(nodes.file(), node.line(), node.column()))));
        fields.required("title")
                .flatMap(n -> nodes.localized(n, "the pack title"))
                .ifPresent(t -> pack.title = t);
        fields.present("description")
                .flatMap(n -> nodes.localized(n, "the pack description"))
                .ifPresent(d -> pack.description = d);
        Optional<YamlNode> topicsNode = fields.required("topics");
        if (topicsNode.isEmpty()) {
            return;
        }
        Optional<List<YamlNode>> topics = nodes.list(topicsNode.get(), "topics");
        if (topics.isEmpty()) {
            return;
        }
        Map<String, Place> ids = new LinkedHashMap<>();
        if (topics.get().isEmpty()) {
            nodes.error(topicsNode.get(), "a pack needs at least one topic");
        }
        for (YamlNode topicNode : topics.get()) {
            readTopic(nodes, topicNode, ids);
        }
        topicIds = ids;
    }

    private void readTopic(Nodes nodes, YamlNode node, Map<String, Place> ids) {
        Optional<Nodes.Fields> maybeFields = nodes.fields(node, "a topic", TOPIC_FIELDS);
        if (maybeFields.isEmpty()) {
            return;
        }
        Nodes.Fields fields = maybeFields.get();
        Optional<YamlNode> idNode = fields.required("id");
        Optional<String> id = idNode.flatMap(n -> nodes.id(n, "topic id"));
        Optional<LocalizedText> title = fields.required("title").flatMap(n -> nodes.localized(n, "the topic title"));
        if (id.isEmpty() || idNode.isEmpty()) {
            return;
        }
        Place place = new Place(nodes.file(), idNode.get().line(), idNode.get().column());
        Place first = ids.putIfAbsent(id.get(), place);
        if (first != null) {
            nodes.error(
                    idNode.get(),
                    "duplicate topic id '" + id.get() + "': already defined at line " + first.line() + ", column "
                            + first.column());
            return;
        }
        title.ifPresent(t -> pack.topics.add(new Topic(id.get(), t)));
    }

    private void readQuestionFile(Nodes nodes, YamlNode root) {
        Optional<Nodes.Fields> maybeFields = nodes.fields(root, "a question file", QUESTION_FILE_FIELDS);
        if (maybeFields.isEmpty()) {
            return;
        }
        Nodes.Fields fields = maybeFields.get();
        if (!fields.has("questions")) {
            nodes.error(root, "missing field 'questions' in a question file: it holds one list, questions");
            return;
        }
        Optional<List<YamlNode>> questions = fields.entry("questions").flatMap(e -> nodes.list(e.value(), "questions"));
        questions.ifPresent(list -> list.forEach(q -> readQuestion(nodes, q)));
    }

    private void readQuestion(Nodes nodes, YamlNode node) {
        int errorsBefore = nodes.errorCount();
        String what = "a question";
        if (node instanceof YamlNode.Mapping mapping
                && mapping.get("id").orElse(null) instanceof YamlNode.Scalar rawId
                && !rawId.text().isBlank()) {
            what = "question '" + rawId.text().strip() + "'";
        }
        Optional<Nodes.Fields> maybeFields = nodes.fields(node, what, QUESTION_FIELDS);
        if (maybeFields.isEmpty()) {
            return;
        }
        Nodes.Fields fields = maybeFields.get();
        Optional<YamlNode> idNode = fields.required("id");
        Optional<String> id = idNode.flatMap(n -> nodes.id(n, "question id"));

        QuestionKind kind = QuestionKind.OPEN;
        Optional<YamlNode> kindNode = fields.present("kind");
        if (kindNode.isPresent()) {
            Optional<String> kindText = nodes.text(kindNode.get(), "kind");
            if (kindText.isPresent() && !KINDS.contains(kindText.get())) {
                nodes.error(
                        kindNode.get(),
                        "invalid kind '" + kindText.get() + "'; allowed: " + String.join(", ", KINDS)
                                + " (open is the default)");
            }
            kind = kindText.filter(KINDS::contains)
                    .map(k -> QuestionKind.valueOf(k.toUpperCase(Locale.ROOT)))
                    .orElse(null);
        }

        Optional<String> topic = fields.required("topic").flatMap(n -> topic(nodes, n));
        Optional<Level> level = fields.required("level")
                .flatMap(n -> nodes.oneOf(n, "level", LEVELS))
                .flatMap(Level::parse);
        Optional<LocalizedText> text = fields.required("question").flatMap(n -> nodes.localized(n, "'question'"));
        Optional<LocalizedText> answer = fields.required("answer").flatMap(n -> nodes.localized(n, "'answer'"));
        List<KeyPoint> keyPoints = keyPoints(nodes, fields, kind, what);

        String code = null;
        String output = null;
        if (kind == QuestionKind.OUTPUT) {
            code = fields.required("code")
                    .flatMap(n -> nodes.verbatim(n, "'code'"))
                    .orElse(null);
            output = fields.required("output")
                    .flatMap(n -> nodes.verbatim(n, "'output'"))
                    .orElse(null);
        } else if (kind == QuestionKind.OPEN) {
            for (String field : List.of("code", "output")) {
                fields.entry(field)
                        .ifPresent(e -> nodes.error(
                                e,
                                "field '" + field + "' is only for output questions; add 'kind: output' or remove"
                                        + " it"));
            }
        }

        List<LocalizedText> hints = new ArrayList<>();
        fields.present("hints").flatMap(n -> nodes.list(n, "hints")).ifPresent(list -> {
            for (YamlNode h : list) {
                nodes.localized(h, "a hint").ifPresent(hints::add);
            }
        });
        List<Ref> followUps = new ArrayList<>();
        fields.present("follow_ups").flatMap(n -> nodes.list(n, "follow_ups")).ifPresent(list -> {
            for (YamlNode f : list) {
                nodes.id(f, "follow-up id")
                        .ifPresent(fid -> followUps.add(new Ref(fid, new Place(nodes.file(), f.line(), f.column()))));
            }
        });
        List<String> tags = texts(nodes, fields, "tags", "a tag");
        List<String> sources = texts(nodes, fields, "sources", "a source");

        if (id.isEmpty() || idNode.isEmpty()) {
            return;
        }
        Ref ref = new Ref(
                id.get(),
                new Place(nodes.file(), idNode.get().line(), idNode.get().column()));
        Question question = null;
        if (nodes.errorCount() == errorsBefore
                && kind != null
                && topic.isPresent()
                && level.isPresent()
                && text.isPresent()
                && answer.isPresent()) {
            String packId = pack.id != null ? pack.id.id() : pack.name();
            question = new Question(
                    id.get(),
                    packId,
                    topic.get(),
                    level.get(),
                    kind,
                    text.get(),
                    answer.get(),
                    keyPoints,
                    code,
                    output,
                    hints,
                    followUps.stream().map(Ref::id).toList(),
                    tags,
                    sources);
        }
        pack.questions.add(new ReadQuestion(ref, followUps, question));
    }

    private Optional<String> topic(Nodes nodes, YamlNode node) {
        Optional<String> topic = nodes.text(node, "topic");
        Map<String, Place> known = topicIds;
        if (topic.isEmpty() || known == null || known.containsKey(topic.get())) {
            return topic;
        }
        String suggestion = Nodes.closest(topic.get(), known.keySet())
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
        String packName = pack.id != null ? pack.id.id() : pack.name();
        nodes.error(
                node,
                "unknown topic '" + topic.get() + "'" + suggestion + "; topics of pack '" + packName + "': "
                        + String.join(", ", known.keySet()));
        return Optional.empty();
    }

    private List<KeyPoint> keyPoints(Nodes nodes, Nodes.Fields fields, @Nullable QuestionKind kind, String what) {
        Optional<YamlNode.Entry> entry = fields.entry("key_points");
        List<KeyPoint> keyPoints = new ArrayList<>();
        if (entry.isEmpty()) {
            if (kind == QuestionKind.OPEN) {
                nodes.error(
                        fields.mapping(),
                        "missing field 'key_points' in " + what + ": an open question needs " + MIN_KEY_POINTS + " to "
                                + MAX_KEY_POINTS + " key points");
            }
            return keyPoints;
        }
        Optional<List<YamlNode>> list = nodes.list(entry.get().value(), "key_points");
        if (list.isEmpty()) {
            return keyPoints;
        }
        int count = list.get().size();
        if (kind == QuestionKind.OPEN && (count < MIN_KEY_POINTS || count > MAX_KEY_POINTS)) {
            nodes.error(
                    entry.get(),
                    "an open question needs " + MIN_KEY_POINTS + " to " + MAX_KEY_POINTS + " key points, found "
                            + count);
        } else if (count > MAX_KEY_POINTS) {
            nodes.error(entry.get(), "a question has at most " + MAX_KEY_POINTS + " key points, found " + count);
        }
        int number = 0;
        for (YamlNode node : list.get()) {
            number++;
            keyPoint(nodes, node, "key point " + number).ifPresent(keyPoints::add);
        }
        return keyPoints;
    }

    private Optional<KeyPoint> keyPoint(Nodes nodes, YamlNode node, String what) {
        Optional<Nodes.Fields> maybeFields = nodes.fields(node, what, KEY_POINT_FIELDS);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        Nodes.Fields fields = maybeFields.get();
        Optional<LocalizedText> statement = nodes.languages(fields, what);
        Optional<YamlNode> termsNode = fields.required("terms");
        if (termsNode.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<YamlNode>> groups = nodes.list(termsNode.get(), "terms of " + what);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        if (groups.get().isEmpty()) {
            nodes.error(termsNode.get(), "empty terms in " + what + ": list at least one group of alternatives");
            ok = false;
        }
        List<List<String>> terms = new ArrayList<>();
        for (YamlNode groupNode : groups.get()) {
            if (!(groupNode instanceof YamlNode.Sequence group)) {
                nodes.error(
                        groupNode,
                        "a term group in " + what + " must be a list of alternatives, such as [mutex, мьютекс];"
                                + " found " + groupNode.shape());
                ok = false;
                continue;
            }
            if (group.items().isEmpty()) {
                nodes.error(group, "empty term group in " + what + ": a group lists at least one alternative");
                ok = false;
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            for (YamlNode term : group.items()) {
                if (term instanceof YamlNode.Scalar scalar
                        && (scalar.isNull() || scalar.text().isBlank())) {
                    nodes.error(term, "empty term in " + what + ": every alternative needs some text");
                    ok = false;
                    continue;
                }
                Optional<String> t = nodes.text(term, "a term");
                ok &= t.isPresent();
                t.ifPresent(alternatives::add);
            }
            terms.add(alternatives);
        }
        if (!ok || statement.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyPoint(statement.get(), terms));
    }

    private static List<String> texts(Nodes nodes, Nodes.Fields fields, String field, String what) {
        List<String> texts = new ArrayList<>();
        fields.present(field).flatMap(n -> nodes.list(n, field)).ifPresent(list -> {
            for (YamlNode node : list) {
                nodes.text(node, what + " in " + field).ifPresent(texts::add);
            }
        });
        return texts;
    }
}
