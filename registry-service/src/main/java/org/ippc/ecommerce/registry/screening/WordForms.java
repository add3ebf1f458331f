package org.ippc.ecommerce.registry.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The forms under which a word is compared: the word, and its stem in each language written in its script
 * (Lucene's light stemmers, Snowball's for Dutch and Turkish, the Arabic normalizer and light stemmer). A
 * listing does not say its language and often mixes several, so a word is stemmed as it would be in each; two
 * words are the same word when they share a form ("semillas" and "semilla", "семян" and "семена",
 * "tohumları" and "tohum", "البذور" and "بذور").
 */
final class WordForms {
    private static final List<Analyzer> LATIN = List.of(
            stemming(EnglishMinimalStemFilter::new),
            stemming(FrenchLightStemFilter::new),
            stemming(SpanishLightStemFilter::new),
            stemming(PortugueseLightStemFilter::new),
            stemming(ItalianLightStemFilter::new),
            stemming(GermanLightStemFilter::new),
            stemming(words -> new SnowballFilter(words, new DutchStemmer())),
            stemming(words -> new SnowballFilter(words, new TurkishStemmer())));
    private static final Analyzer RUSSIAN = stemming(RussianLightStemFilter::new);
    private static final Analyzer ARABIC =
            stemming(words -> new ArabicStemFilter(new ArabicNormalizationFilter(words)));

    private WordForms() {}

    /** The forms of the words met lately: listings repeat their words, and stemming one costs a microsecond. */
    private static final Cache<String, String[]> RECENT =
            Caffeine.newBuilder().maximumSize(20_000).build();

    /**
     * The word's forms, the word itself first (shared: never change the array); words shorter than four letters
     * are compared as they are.
     */
    static String[] of(String word) {
        if (word.length() < 4) {
            return new String[] {word};
        }
        return RECENT.get(word, WordForms::stemmedForms);
    }

    private static String[] stemmedForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        switch (script) {
            case LATIN -> LATIN.forEach(stemmer -> forms.add(stem(stemmer, word)));
            case CYRILLIC -> forms.add(stem(RUSSIAN, word));
            case ARABIC -> forms.add(stem(ARABIC, word));
            default -> {}
        }
        forms.removeIf(form -> form.length() < 3);
        return forms.isEmpty() ? new String[] {word} : forms.toArray(String[]::new);
    }

    /** An analyzer that takes the whole text as one word and stems it (Lucene reuses one per thread). */
    private static Analyzer stemming(UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer word = new KeywordTokenizer();
                return new TokenStreamComponents(word, stemmer.apply(word));
            }
        };
    }

    private static String stem(Analyzer stemmer, String word) {
        try (TokenStream stream = stemmer.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }
}
