package dev.sobes.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Precision and recall of key point detection over an evaluation set, micro-averaged over key
 * points: every (answer, key point) pair is one decision, right or wrong.
 */
final class Score {
    private final List<Decision> decisions = new ArrayList<>();

    record Decision(EvaluationSet.Item item, EvaluationSet.Answer answer, int point, boolean truth, boolean found) {}

    static Score of(AnswerFeedback feedback, EvaluationSet set) {
        Score score = new Score();
        for (EvaluationSet.Item item : set.items()) {
            for (EvaluationSet.Answer answer : item.answers()) {
                List<Boolean> covered =
                        feedback.assess(item.question(), answer.text()).covered();
                for (int p = 0; p < covered.size(); p++) {
                    score.decisions.add(
                            new Decision(item, answer, p, answer.covers().contains(p), covered.get(p)));
                }
            }
        }
        return score;
    }

    double precision() {
        return precision(decisions);
    }

    double recall() {
        return recall(decisions);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double precision(List<Decision> decisions) {
        long found = decisions.stream().filter(Decision::found).count();
        long right = decisions.stream().filter(d -> d.found() && d.truth()).count();
        return found == 0 ? 1 : (double) right / found;
    }

    private static double recall(List<Decision> decisions) {
        long truth = decisions.stream().filter(Decision::truth).count();
        long right = decisions.stream().filter(d -> d.found() && d.truth()).count();
        return truth == 0 ? 1 : (double) right / truth;
    }

    /** A table of the figures overall and by answer kind, language and pack, then every miss. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "answers %d, key point decisions %d: precision %.3f, recall %.3f, F1 %.3f%n",
                decisions.stream().map(Decision::answer).distinct().count(),
                decisions.size(),
                precision(),
                recall(),
                f1()));
        section(out, "kind", d -> d.answer().kind());
        section(out, "language", d -> d.answer().lang());
        section(out, "pack", d -> d.item().question().packId());
        out.append("misses (FP: credited but not covered; FN: covered but not credited):\n");
        for (Decision d : decisions) {
            if (d.found() != d.truth()) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %s %s #%d [%s] %s%n",
                        d.found() ? "FP" : "FN",
                        d.item().question().id(),
                        d.point(),
                        d.answer().kind(),
                        d.answer().text()));
            }
        }
        return out.toString();
    }

    private void section(StringBuilder out, String title, Function<Decision, String> key) {
        Map<String, List<Decision>> groups = new TreeMap<>();
        for (Decision d : decisions) {
            groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d);
        }
        out.append("by ").append(title).append(":\n");
        groups.forEach((name, list) -> out.append(String.format(
                Locale.ROOT,
                "  %-10s answers %3d  true points %3d  credited %3d  precision %.3f  recall %.3f%n",
                name,
                list.stream().map(Decision::answer).distinct().count(),
                list.stream().filter(Decision::truth).count(),
                list.stream().filter(Decision::found).count(),
                precision(list),
                recall(list))));
    }
}
