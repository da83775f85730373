package dev.sobes.core.engine;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.util.List;

/** A small bank of questions written for the engine's tests. */
final class Fixtures {
    private Fixtures() {}

    static final Question UNBUFFERED = new Question(
            "go-channels-unbuffered",
            "go",
            "channels",
            Level.JUNIOR,
            QuestionKind.OPEN,
            new LocalizedText(
                    "Что происходит при отправке в небуферизованный канал?",
                    "What happens on a send to an unbuffered channel?"),
            new LocalizedText(
                    "Отправка блокируется, пока получатель не примет значение.\n\nЭто точка синхронизации.",
                    "The send blocks until a receiver takes the value.\n\nIt is a synchronisation point."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("Отправка блокируется", "The send blocks"),
                            List.of(List.of("block", "блокирует", "ждёт", "wait"))),
                    new KeyPoint(
                            new LocalizedText("До приёма значения получателем", "Until a receiver takes the value"),
                            List.of(List.of("receiver", "receive", "получатель", "примет", "прочитает"))),
                    new KeyPoint(
                            new LocalizedText("Синхронизирует горутины", "It synchronises goroutines"),
                            List.of(List.of("synchronise", "synchronize", "синхронизирует", "синхронизация")))),
            null,
            null,
            List.of(new LocalizedText(
                    "Где хранится значение без буфера?", "Where is the value kept without a buffer?")),
            List.of(),
            List.of("channels"),
            List.of());

    static final Question CLOSED = Question.open(
            "go-channels-closed-receive",
            "go",
            "channels",
            Level.JUNIOR,
            new LocalizedText(
                    "Что вернёт чтение из закрытого канала?", "What does a receive from a closed channel return?"),
            new LocalizedText("Нулевое значение и ok == false.", "The zero value and ok == false."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("Нулевое значение", "The zero value"),
                            List.of(List.of("zero value", "нулевое значение"))),
                    new KeyPoint(
                            new LocalizedText("ok равно false", "ok is false"),
                            List.of(List.of("ok"), List.of("false"))),
                    new KeyPoint(
                            new LocalizedText("Не блокируется", "It does not block"),
                            List.of(List.of("immediately", "сразу", "не блокируется", "does not block")))));

    static final Question PRINT = new Question(
            "go-slices-append-print",
            "go",
            "slices",
            Level.MIDDLE,
            QuestionKind.OUTPUT,
            new LocalizedText("Что выведет программа?", "What does this program print?"),
            new LocalizedText("b и c делят один массив.", "b and c share one array."),
            List.of(),
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n    a := make([]int, 3, 10)\n    b := append(a, 4)\n    c := append(a, 5)\n    fmt.Println(b[3], c[3])\n}\n",
            "5 5\n",
            List.of(),
            List.of(),
            List.of(),
            List.of());

    static final Question MUTEX = Question.open(
            "go-sync-mutex",
            "go",
            "sync",
            Level.SENIOR,
            new LocalizedText("Как устроен sync.Mutex?", "How does sync.Mutex work?"),
            new LocalizedText("Обычный режим и режим голодания.", "Normal mode and starvation mode."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("Обычный режим", "Normal mode"),
                            List.of(List.of("normal mode", "обычный режим"))),
                    new KeyPoint(
                            new LocalizedText("Режим голодания", "Starvation mode"),
                            List.of(List.of("starvation", "голодание", "голодания"))),
                    new KeyPoint(new LocalizedText("Спин", "Spinning"), List.of(List.of("spin", "спин", "spinning")))));

    static final Question JOIN = Question.open(
            "sql-queries-where-having",
            "sql",
            "queries",
            Level.JUNIOR,
            new LocalizedText("Чем WHERE отличается от HAVING?", "How does WHERE differ from HAVING?"),
            new LocalizedText("WHERE фильтрует строки, HAVING — группы.", "WHERE filters rows, HAVING filters groups."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("WHERE до группировки", "WHERE before grouping"),
                            List.of(List.of("where"), List.of("rows", "строки"))),
                    new KeyPoint(
                            new LocalizedText("HAVING после группировки", "HAVING after grouping"),
                            List.of(List.of("having"), List.of("groups", "группы"))),
                    new KeyPoint(
                            new LocalizedText("Агрегаты в HAVING", "Aggregates in HAVING"),
                            List.of(List.of("aggregate", "агрегат", "count", "sum")))));

    static Pack goPack() {
        return new Pack(
                "go",
                new LocalizedText("Go: собеседование", "Go interview"),
                null,
                List.of(
                        new Topic("channels", new LocalizedText("Каналы", "Channels")),
                        new Topic("slices", new LocalizedText("Слайсы", "Slices")),
                        new Topic("sync", new LocalizedText("Синхронизация", "Sync"))),
                List.of(UNBUFFERED, CLOSED, PRINT, MUTEX));
    }

    static Pack sqlPack() {
        return new Pack(
                "sql",
                new LocalizedText("SQL", "SQL"),
                null,
                List.of(new Topic("queries", new LocalizedText("Запросы", "Queries"))),
                List.of(JOIN));
    }

    static QuestionBank goOnly() {
        return new QuestionBank(List.of(goPack()));
    }

    static QuestionBank goAndSql() {
        return new QuestionBank(List.of(goPack(), sqlPack()));
    }
}
