package org.ippc.ecommerce.resources.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ippc.ecommerce.resources.submission.SearchTokens;

/**
 * The free text of a search as the words of the catalogue it finds: each word asked stands for every word that
 * begins with it ("seed" for "seed", "seeds" and "seedlings"), read from the catalogue's list of words
 * (migration V7). The GIN index then finds each through its own posting list and intersects them with the
 * filters as it goes, which it cannot do for a prefix.
 */
@ApplicationScoped
class CatalogueWords {
    /** Beyond this many words a prefix is asked as such: one range scan of the index costs less than the words. */
    static final int MAX_WORDS_OF_A_PREFIX = 32;

    /** A word of the catalogue that the text's token number {@code token} (from 1) begins. */
    private record WordBegun(int token, String word) {}

    private final DataSource database;

    CatalogueWords(DataSource database) {
        this.database = database;
    }

    /** A {@code tsquery} finding the texts that hold every word of {@code text}; empty when it has no words. */
    String tsQuery(String text) {
        List<String> tokens = text == null ? List.of() : SearchTokens.of(text);
        if (tokens.isEmpty()) {
            return "";
        }
        List<List<String>> begun = new ArrayList<>();
        tokens.forEach(token -> begun.add(new ArrayList<>()));
        // Tokens are letters and digits only, so a space separates them safely.
        new Sql()
                .add("""
                        select cast(t.n as int), w.word from unnest(string_to_array(?, ' ')) with ordinality t(token, n)
                        join lateral (select word from catalogue_word
                            where word >= t.token collate "C" and word < t.token || chr(1114111) collate "C"
                            order by word limit ?) w on true""", String.join(" ", tokens), MAX_WORDS_OF_A_PREFIX + 1)
                .list(database, row -> new WordBegun(row.getInt(1), row.getString(2)))
                .forEach(found -> begun.get(found.token() - 1).add(found.word()));
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            operands.add(operand(tokens.get(i), begun.get(i)));
        }
        return String.join(" & ", operands);
    }

    private static String operand(String token, List<String> words) {
        if (words.isEmpty()) {
            return quoted(token); // no resource holds a word it begins: the index says so at once
        }
        if (words.size() > MAX_WORDS_OF_A_PREFIX) {
            return quoted(token) + ":*";
        }
        return words.size() == 1
                ? quoted(words.getFirst())
                : words.stream().map(CatalogueWords::quoted).collect(Collectors.joining(" | ", "(", ")"));
    }

    private static String quoted(String word) {
        return "'" + word + "'";
    }
}
