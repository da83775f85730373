package dev.sobes.content;

import java.util.List;
import java.util.Optional;

/**
 * A YAML document as a small tree that remembers where each node starts, so that validation can
 * point at the offending line and column. Lines and columns are 1-based.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int column();

    /** A human name of the node's shape, for "expected a list, found text" messages. */
    String shape();

    /**
     * A scalar as written: {@code 42}, {@code yes} and {@code "x"} all keep their text. {@code
     * isNull} marks {@code ~}, {@code null} and a key without a value.
     */
    record Scalar(String text, boolean isNull, int line, int column) implements YamlNode {
        @Override
        public String shape() {
            return isNull ? "nothing" : "text";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** One {@code key: value} pair; the position is the key's. */
    record Entry(String key, int line, int column, YamlNode value) {}
}
