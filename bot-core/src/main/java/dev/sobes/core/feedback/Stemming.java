package dev.sobes.core.feedback;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.PorterStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Which of Lucene's stemmers reduce Russian and English words to their stems. Answers and key
 * point terms go through the same stemmers, so a stem only has to be consistent, not a real word.
 * {@link #DEFAULT} is the pair that scores best on the labelled evaluation set (docs/feedback.md).
 */
record Stemming(Russian russian, English english) {
    static final Stemming DEFAULT = new Stemming(Russian.SNOWBALL, English.PORTER2);

    enum Russian {
        /** Snowball's Russian stemmer: strips derivational and inflectional endings. */
        SNOWBALL,
        /** Lucene's light Russian stemmer: strips case and number endings only. */
        LIGHT
    }

    enum English {
        /** Snowball's English (Porter2) stemmer. */
        PORTER2,
        /** The original Porter stemmer, as Snowball implements it. */
        PORTER,
        /** Plural endings only. */
        MINIMAL
    }

    /** Stemmers for one thread: Lucene's stemmers keep state while they work. */
    Stemmers newStemmers() {
        return new Stemmers(this);
    }

    static final class Stemmers {
        private final Stemming stemming;
        private final SnowballStemmer russianSnowball = new RussianStemmer();
        private final RussianLightStemmer russianLight = new RussianLightStemmer();
        private final SnowballStemmer english;
        private final EnglishMinimalStemmer englishMinimal = new EnglishMinimalStemmer();

        private Stemmers(Stemming stemming) {
            this.stemming = stemming;
            this.english = stemming.english == English.PORTER ? new PorterStemmer() : new EnglishStemmer();
        }

        /** Stems the Russian word in {@code word[0, length)} in place and returns the stem's length. */
        int russian(char[] word, int length) {
            if (stemming.russian == Russian.LIGHT) {
                return russianLight.stem(word, length);
            }
            return snowball(russianSnowball, word, length);
        }

        /** Stems the English word in {@code word[0, length)} in place and returns the stem's length. */
        int english(char[] word, int length) {
            if (stemming.english == English.MINIMAL) {
                return englishMinimal.stem(word, length);
            }
            return snowball(english, word, length);
        }

        private static int snowball(SnowballStemmer program, char[] word, int length) {
            program.setCurrent(word, length);
            program.stem();
            int stemmed = program.getCurrentBufferLength();
            char[] result = program.getCurrentBuffer();
            if (result != word) {
                System.arraycopy(result, 0, word, 0, Math.min(stemmed, word.length));
            }
            return Math.min(stemmed, word.length);
        }
    }
}
