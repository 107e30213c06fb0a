package org.sequelize4j.definition.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English word inflection (plural and singular forms, camel case, snake case) that gives the
 * same answers as the npm {@code inflection} package, version 1.13.4.
 *
 * <p>Sequelize gets its default table names, association accessors and foreign-key names from
 * that package, so a model called {@code Person} ends up in a table called {@code People}, and
 * {@code User} in {@code Users}. An application moving over from Sequelize already has tables
 * with those names, so this class aims to match the package exactly, quirks and all, not
 * to produce the best English. Examples of such quirks: {@code "analyses"} singularizes to
 * {@code "analyasis"}, {@code "Chairman"} pluralizes to {@code "Chairmans"} and
 * {@code "PERSON"} to {@code "PEople"}. Do not "fix" them here. They are part of the contract.
 *
 * <p>How pluralization and singularization work (as in the package):
 * <ol>
 *   <li>If the whole word, lower-cased, is in the uncountable list, it is returned unchanged.
 *       The test is on the whole word only, so {@code "Sheep"} is left alone but
 *       {@code "BlackSheep"} becomes {@code "BlackSheeps"}.</li>
 *   <li>Otherwise the rules are tried in order and only the first one whose pattern matches
 *       is applied. Nearly all patterns look only at the end of the word, so compound names
 *       such as {@code "UserProject"} are inflected on their last part. A rule without a
 *       replacement means "this already looks like the target form" and returns the word
 *       unchanged. This is why {@code "UserRoles"} stays {@code "UserRoles"} and
 *       {@code "SequelizeMeta"} stays {@code "SequelizeMeta"}.</li>
 *   <li>Patterns ignore case, but the text they put in is lower case, so the case of the
 *       untouched part of the word is kept and the new ending is lower case.</li>
 * </ol>
 *
 * <p>All state is immutable and the patterns are compiled once, so the class is thread-safe.
 *
 * <p>Non-ASCII letters are case-mapped with the JDK's Unicode tables (Unicode 13 on Java 17),
 * while Node uses its bundled ICU. The two can differ for letters added to Unicode later.
 * Model names are normally ASCII, where there is no difference.
 *
 * <p>The rule tables and the uncountable-word list come from the {@code inflection} package
 * (Copyright (c) 2011 Ben Lin, MIT License), translated from JavaScript to
 * {@link java.util.regex} with the same matching behaviour.
 */
public final class Inflector {

    /**
     * Words with the same singular and plural form, in the package's order. Lower case, because
     * the lookup lower-cases the input first.
     */
    private static final Set<String> UNCOUNTABLE_WORDS = Set.of(
            "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air",
            "aircraft", "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics",
            "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter", "carbon",
            "cardboard", "cash", "chalk", "chaos", "chess", "crossroads", "countryside", "dancing",
            "deer", "dignity", "dirt", "dust", "economics", "education", "electricity",
            "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence", "evolution",
            "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows",
            "garbage", "garlic", "genetics", "gold", "golf", "gossip", "gratitude", "grief",
            "guilt", "gymnastics", "happiness", "hardware", "harm", "hate", "hatred", "health",
            "heat", "help", "homework", "honesty", "honey", "hospitality", "housework", "humour",
            "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence",
            "iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter",
            "lava", "leather", "leisure", "lightning", "linguine", "linguini", "linguistics",
            "literature", "litter", "livestock", "logic", "loneliness", "luck", "luggage",
            "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics",
            "mayonnaise", "measles", "methane", "milk", "minus", "money", "mud", "music", "mumps",
            "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience",
            "obesity", "oxygen", "pasta", "patience", "physics", "poetry", "pollution", "poverty",
            "pride", "psychology", "publicity", "punctuation", "quartz", "racism", "relaxation",
            "reliability", "research", "respect", "revenge", "rice", "rubbish", "rum", "safety",
            "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping", "sleep",
            "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species",
            "steam", "stuff", "stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder",
            "timber", "traffic", "transportation", "trust", "underwear", "unemployment", "unity",
            "validity", "veal", "vegetation", "vegetarianism", "vengeance", "violence",
            "vitality", "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
            "yoga", "zinc", "zoology");

    /**
     * Patterns that recognise plural endings, named after the package's {@code regex.plural}
     * table so the two can be compared side by side.
     */
    private static final class Plural {
        static final Pattern MEN = js("^(m|wom)en$");
        static final Pattern PEOPLE = js("(pe)ople$");
        static final Pattern CHILDREN = js("(child)ren$");
        static final Pattern TIA = js("([ti])a$");
        static final Pattern ANALYSES =
                js("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$");
        static final Pattern DATABASES = js("(database)s$");
        static final Pattern DRIVES = js("(drive)s$");
        static final Pattern HIVES = js("(hi|ti)ves$");
        static final Pattern CURVES = js("(curve)s$");
        static final Pattern LRVES = js("([lr])ves$");
        static final Pattern AVES = js("([a])ves$");
        static final Pattern FOVES = js("([^fo])ves$");
        static final Pattern MOVIES = js("(m)ovies$");
        static final Pattern AEIOUYIES = js("([^aeiouy]|qu)ies$");
        static final Pattern SERIES = js("(s)eries$");
        static final Pattern XES = js("(x|ch|ss|sh)es$");
        // "[m|l]" also matches a literal '|'; kept because the package does the same.
        static final Pattern MICE = js("([m|l])ice$");
        static final Pattern BUSES = js("(bus)es$");
        static final Pattern OES = js("(o)es$");
        static final Pattern SHOES = js("(shoe)s$");
        static final Pattern CRISES = js("(cris|ax|test)es$");
        static final Pattern OCTOPUSES = js("(octop|vir)uses$");
        static final Pattern ALIASES = js("(alias|canvas|status|campus)es$");
        static final Pattern SUMMONSES = js("^(summons|bonus)es$");
        // No end anchor in the package either, so "Oxenford" counts as "already plural".
        static final Pattern OXEN = js("^(ox)en");
        static final Pattern MATRICES = js("(matr)ices$");
        static final Pattern VERTICES = js("(vert|ind)ices$");
        static final Pattern FEET = js("^feet$");
        static final Pattern TEETH = js("^teeth$");
        static final Pattern GEESE = js("^geese$");
        static final Pattern QUIZZES = js("(quiz)zes$");
        static final Pattern WHEREASES = js("^(whereas)es$");
        static final Pattern CRITERIA = js("^(criteri)a$");
        static final Pattern GENERA = js("^genera$");
        static final Pattern SS = js("ss$");
        static final Pattern S = js("s$");
    }

    /** Patterns that recognise singular endings (the package's {@code regex.singular}). */
    private static final class Singular {
        static final Pattern MAN = js("^(m|wom)an$");
        static final Pattern PERSON = js("(pe)rson$");
        static final Pattern CHILD = js("(child)$");
        static final Pattern DRIVE = js("(drive)$");
        static final Pattern OX = js("^(ox)$");
        static final Pattern AXIS = js("(ax|test)is$");
        static final Pattern OCTOPUS = js("(octop|vir)us$");
        static final Pattern ALIAS = js("(alias|status|canvas|campus)$");
        static final Pattern SUMMONS = js("^(summons|bonus)$");
        static final Pattern BUS = js("(bu)s$");
        static final Pattern BUFFALO = js("(buffal|tomat|potat)o$");
        static final Pattern TIUM = js("([ti])um$");
        static final Pattern SIS = js("sis$");
        static final Pattern FFE = js("(?:([^f])fe|([lr])f)$");
        static final Pattern HIVE = js("(hi|ti)ve$");
        static final Pattern AEIOUYY = js("([^aeiouy]|qu)y$");
        static final Pattern X = js("(x|ch|ss|sh)$");
        static final Pattern MATRIX = js("(matr)ix$");
        static final Pattern VERTEX = js("(vert|ind)ex$");
        static final Pattern MOUSE = js("([m|l])ouse$");
        static final Pattern FOOT = js("^foot$");
        static final Pattern TOOTH = js("^tooth$");
        static final Pattern GOOSE = js("^goose$");
        static final Pattern QUIZ = js("(quiz)$");
        static final Pattern WHEREAS = js("^(whereas)$");
        static final Pattern CRITERION = js("^(criteri)on$");
        static final Pattern GENUS = js("^genus$");
        static final Pattern S = js("s$");
        // Matches every string, so pluralization always ends here at the latest.
        static final Pattern COMMON = js("$");
    }

    /**
     * Singular-to-plural rules in the package's order. The order matters: the first match
     * wins, so the "already plural" guards must come before the rewriting rules.
     */
    private static final List<Rule> PLURAL_RULES = List.of(
            // Already plural: keep as is.
            keep(Plural.MEN), keep(Plural.PEOPLE), keep(Plural.CHILDREN), keep(Plural.TIA),
            keep(Plural.ANALYSES), keep(Plural.DATABASES), keep(Plural.DRIVES),
            keep(Plural.HIVES), keep(Plural.CURVES), keep(Plural.LRVES), keep(Plural.FOVES),
            keep(Plural.AEIOUYIES), keep(Plural.SERIES), keep(Plural.MOVIES), keep(Plural.XES),
            keep(Plural.MICE), keep(Plural.BUSES), keep(Plural.OES), keep(Plural.SHOES),
            keep(Plural.CRISES), keep(Plural.OCTOPUSES), keep(Plural.ALIASES),
            keep(Plural.SUMMONSES), keep(Plural.OXEN), keep(Plural.MATRICES), keep(Plural.FEET),
            keep(Plural.TEETH), keep(Plural.GEESE), keep(Plural.QUIZZES),
            keep(Plural.WHEREASES), keep(Plural.CRITERIA), keep(Plural.GENERA),
            // Rewrites.
            rewrite(Singular.MAN, "$1en"),
            rewrite(Singular.PERSON, "$1ople"),
            rewrite(Singular.CHILD, "$1ren"),
            rewrite(Singular.DRIVE, "$1s"),
            rewrite(Singular.OX, "$1en"),
            rewrite(Singular.AXIS, "$1es"),
            rewrite(Singular.OCTOPUS, "$1uses"),
            rewrite(Singular.ALIAS, "$1es"),
            rewrite(Singular.SUMMONS, "$1es"),
            rewrite(Singular.BUS, "$1ses"),
            rewrite(Singular.BUFFALO, "$1oes"),
            rewrite(Singular.TIUM, "$1a"),
            rewrite(Singular.SIS, "ses"),
            rewrite(Singular.FFE, "$1$2ves"),
            rewrite(Singular.HIVE, "$1ves"),
            rewrite(Singular.AEIOUYY, "$1ies"),
            rewrite(Singular.MATRIX, "$1ices"),
            rewrite(Singular.VERTEX, "$1ices"),
            rewrite(Singular.X, "$1es"),
            rewrite(Singular.MOUSE, "$1ice"),
            rewrite(Singular.FOOT, "feet"),
            rewrite(Singular.TOOTH, "teeth"),
            rewrite(Singular.GOOSE, "geese"),
            rewrite(Singular.QUIZ, "$1zes"),
            rewrite(Singular.WHEREAS, "$1es"),
            rewrite(Singular.CRITERION, "$1a"),
            rewrite(Singular.GENUS, "genera"),
            // Any other word ending in "s" is taken to be plural already ("s" -> "s").
            rewrite(Singular.S, "s"),
            rewrite(Singular.COMMON, "s"));

    /** Plural-to-singular rules, in the package's order (first match wins). */
    private static final List<Rule> SINGULAR_RULES = List.of(
            // Already singular: keep as is. The package has no VERTEX guard here.
            keep(Singular.MAN), keep(Singular.PERSON), keep(Singular.CHILD), keep(Singular.DRIVE),
            keep(Singular.OX), keep(Singular.AXIS), keep(Singular.OCTOPUS), keep(Singular.ALIAS),
            keep(Singular.SUMMONS), keep(Singular.BUS), keep(Singular.BUFFALO),
            keep(Singular.TIUM), keep(Singular.SIS), keep(Singular.FFE), keep(Singular.HIVE),
            keep(Singular.AEIOUYY), keep(Singular.X), keep(Singular.MATRIX),
            keep(Singular.MOUSE), keep(Singular.FOOT), keep(Singular.TOOTH),
            keep(Singular.GOOSE), keep(Singular.QUIZ), keep(Singular.WHEREAS),
            keep(Singular.CRITERION), keep(Singular.GENUS),
            // Rewrites.
            rewrite(Plural.MEN, "$1an"),
            rewrite(Plural.PEOPLE, "$1rson"),
            rewrite(Plural.CHILDREN, "$1"),
            rewrite(Plural.DATABASES, "$1"),
            rewrite(Plural.DRIVES, "$1"),
            rewrite(Plural.GENERA, "genus"),
            rewrite(Plural.CRITERIA, "$1on"),
            rewrite(Plural.TIA, "$1um"),
            // $2 is only the "(a)" of "analy", so "analyses" becomes "analyasis". That is
            // what the package does.
            rewrite(Plural.ANALYSES, "$1$2sis"),
            rewrite(Plural.HIVES, "$1ve"),
            rewrite(Plural.CURVES, "$1"),
            rewrite(Plural.LRVES, "$1f"),
            rewrite(Plural.AVES, "$1ve"),
            rewrite(Plural.FOVES, "$1fe"),
            rewrite(Plural.MOVIES, "$1ovie"),
            rewrite(Plural.AEIOUYIES, "$1y"),
            rewrite(Plural.SERIES, "$1eries"),
            rewrite(Plural.XES, "$1"),
            rewrite(Plural.MICE, "$1ouse"),
            rewrite(Plural.BUSES, "$1"),
            rewrite(Plural.OES, "$1"),
            rewrite(Plural.SHOES, "$1"),
            rewrite(Plural.CRISES, "$1is"),
            rewrite(Plural.OCTOPUSES, "$1us"),
            rewrite(Plural.ALIASES, "$1"),
            rewrite(Plural.SUMMONSES, "$1"),
            rewrite(Plural.OXEN, "$1"),
            rewrite(Plural.MATRICES, "$1ix"),
            rewrite(Plural.VERTICES, "$1ex"),
            rewrite(Plural.FEET, "foot"),
            rewrite(Plural.TEETH, "tooth"),
            rewrite(Plural.GEESE, "goose"),
            rewrite(Plural.QUIZZES, "$1"),
            rewrite(Plural.WHEREASES, "$1"),
            rewrite(Plural.SS, "ss"),
            rewrite(Plural.S, ""));

    /** The one character whose lower-case form depends on its neighbours. */
    private static final char CAPITAL_SIGMA = '\u03A3';

    private Inflector() {
    }

    /**
     * Returns the plural form of an English noun, as npm {@code inflection.pluralize} 1.13.4
     * does. Sequelize derives default table names this way.
     *
     * <p>Examples: {@code "Person" -> "People"}, {@code "User" -> "Users"},
     * {@code "category" -> "categories"}, {@code "sheep" -> "sheep"}. Words that already look
     * plural are returned unchanged ({@code "UserRoles"}, {@code "SequelizeMeta"}), and so is
     * any word ending in a single {@code "s"} that no earlier rule handles ({@code "atlas"}).
     * The new ending is always lower case ({@code "USER" -> "USERs"}). The empty string
     * becomes {@code "s"}.
     *
     * @param word the noun to pluralize; may be a compound such as {@code "UserProject"}, whose
     *             last part is inflected
     * @return the plural form
     * @throws NullPointerException if {@code word} is null
     */
    public static String pluralize(String word) {
        return applyRules(word, PLURAL_RULES);
    }

    /**
     * Returns the singular form of an English noun, as npm {@code inflection.singularize}
     * 1.13.4 does. Sequelize derives association and foreign-key names this way.
     *
     * <p>Examples: {@code "People" -> "Person"}, {@code "Users" -> "User"},
     * {@code "UserRoles" -> "UserRole"}, {@code "equipment" -> "equipment"}. The package's
     * quirks are kept: {@code "SequelizeMeta" -> "SequelizeMetum"},
     * {@code "status" -> "status"} but {@code "cactus" -> "cactu"}.
     *
     * @param word the noun to singularize
     * @return the singular form
     * @throws NullPointerException if {@code word} is null
     */
    public static String singularize(String word) {
        return applyRules(word, SINGULAR_RULES);
    }

    /**
     * Turns a snake_case word into UpperCamelCase, as npm {@code inflection.camelize(str)}
     * does with no second argument. Same as {@link #camelize(String, boolean)
     * camelize(word, false)}.
     *
     * <p>Examples: {@code "person_address" -> "PersonAddress"},
     * {@code "phoneNumber" -> "PhoneNumber"}.
     *
     * @param word the text to camelize
     * @return the camelized text
     * @throws NullPointerException if {@code word} is null
     */
    public static String camelize(String word) {
        return camelize(word, false);
    }

    /**
     * Turns a snake_case word into camel case, as npm {@code inflection.camelize} 1.13.4 does.
     *
     * <p>The word is split at {@code '_'}. Every part after the first is lower-cased, then the
     * first letter of each part is upper-cased. With {@code lowFirstLetter}, the very first
     * letter of the result is lower-cased instead. The rest of the first part keeps its case,
     * so {@code "phoneNumber"} becomes {@code "PhoneNumber"}, while {@code "USER_ID"}
     * becomes {@code "USERId"}. As in the package, {@code '/'} separates path segments, which
     * are joined with {@code "::"} ({@code "admin/user_role" -> "Admin::UserRole"}).
     *
     * @param word           the text to camelize
     * @param lowFirstLetter {@code true} for lowerCamelCase, {@code false} for UpperCamelCase
     * @return the camelized text
     * @throws NullPointerException if {@code word} is null
     */
    public static String camelize(String word, boolean lowFirstLetter) {
        Objects.requireNonNull(word, "word");
        StringBuilder out = new StringBuilder(word.length());
        List<String> segments = split(word, "/");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.append("::");
            }
            List<String> parts = split(segments.get(i), "_");
            for (int k = 0; k < parts.size(); k++) {
                String part = k == 0 ? parts.get(k) : jsLowerCase(parts.get(k));
                if (part.isEmpty()) {
                    continue;
                }
                // Change only the first UTF-16 unit, as JS charAt(0) does. Going through
                // String (not Character) keeps the full mappings, e.g. "ß" becomes "SS".
                String first = part.substring(0, 1);
                out.append(lowFirstLetter && i == 0 && k == 0
                        ? jsLowerCase(first)
                        : first.toUpperCase(Locale.ROOT));
                out.append(part, 1, part.length());
            }
        }
        return out.toString();
    }

    /**
     * Turns a camel-case word into lower-case snake_case, as npm {@code inflection.underscore}
     * 1.13.4 does. Sequelize's {@code underscored} option uses it for table and column names.
     *
     * <p>An underscore is put before every ASCII capital letter (one leading underscore is
     * removed), then everything is lower-cased. Runs of capitals are not grouped:
     * {@code "UserID" -> "user_i_d"}. As in the package, {@code "::"} separates path segments,
     * which are joined with {@code '/'}.
     *
     * <p>Examples: {@code "PhoneNumber" -> "phone_number"},
     * {@code "person_address" -> "person_address"}.
     *
     * @param word the text to underscore
     * @return the underscored text
     * @throws NullPointerException if {@code word} is null
     */
    public static String underscore(String word) {
        Objects.requireNonNull(word, "word");
        StringBuilder out = new StringBuilder(word.length() + 8);
        List<String> segments = split(word, "::");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.append('/');
            }
            String segment = segments.get(i);
            int start = out.length();
            for (int c = 0; c < segment.length(); c++) {
                char ch = segment.charAt(c);
                // The package's /([A-Z])/g has no "i" flag, so only ASCII capitals count.
                if (ch >= 'A' && ch <= 'Z') {
                    out.append('_');
                }
                out.append(ch);
            }
            // Like /^_/ without "g": removes a single leading underscore, even one that was
            // in the input.
            if (out.length() > start && out.charAt(start) == '_') {
                out.deleteCharAt(start);
            }
        }
        return jsLowerCase(out.toString());
    }

    /** A rule from the package: a pattern plus its replacement, or null for "keep as is". */
    private record Rule(Pattern pattern, String replacement) {
    }

    private static Rule keep(Pattern pattern) {
        return new Rule(pattern, null);
    }

    private static Rule rewrite(Pattern pattern, String replacement) {
        // JS and java.util.regex read "$n" the same way, and neither expands a group that did
        // not take part ("$2" in "$1$2ves") to anything. The replacements have no '\' or "${",
        // which the two would read differently.
        return new Rule(pattern, replacement);
    }

    /**
     * Compiles a pattern written exactly as in the package's JS source, with flags "gi".
     *
     * <p>Two translations keep the JS meaning. A trailing {@code $} becomes {@code \z}: JS
     * {@code $} (without "m") matches only at the very end, but Java's also matches before a
     * final line break, so {@code "person\n"} would come out differently. "i" becomes
     * CASE_INSENSITIVE without UNICODE_CASE: non-Unicode JS regexes never match a non-ASCII
     * character against an ASCII one (no Kelvin sign for "k", no long s for "s"), and plain
     * CASE_INSENSITIVE behaves the same way.
     */
    private static Pattern js(String source) {
        String javaSource = source.endsWith("$")
                ? source.substring(0, source.length() - 1) + "\\z"
                : source;
        return Pattern.compile(javaSource, Pattern.CASE_INSENSITIVE);
    }

    /** Port of the package's {@code _apply_rules}, without the unused "override" argument. */
    private static String applyRules(String word, List<Rule> rules) {
        Objects.requireNonNull(word, "word");
        if (UNCOUNTABLE_WORDS.contains(jsLowerCase(word))) {
            return word;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(word);
            if (matcher.find()) {
                return rule.replacement() == null ? word : replaceAll(matcher, rule.replacement());
            }
        }
        // Unreachable for pluralize (COMMON always matches). Singularize ends here for words
        // that no rule recognises.
        return word;
    }

    /**
     * Replaces every match, starting from the one already found (JS replace with the "g"
     * flag). Because every pattern is anchored, there is never more than one match, but this
     * does not depend on that.
     */
    private static String replaceAll(Matcher matcher, String replacement) {
        StringBuilder out = new StringBuilder();
        do {
            matcher.appendReplacement(out, replacement);
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Lower-cases the way JavaScript's String.prototype.toLowerCase does: locale-independent
     * full Unicode mappings, with GREEK CAPITAL SIGMA handled by the Unicode Final_Sigma rule.
     * Java's Locale.ROOT lowering gives the same mappings, but its Final_Sigma test looks at
     * word boundaries, so "P\u03A3_X" would get '\u03C3' where V8 (through ICU) gives
     * '\u03C2'. Sigma is the only mapping that depends on its neighbours, so the text is
     * lowered piece by piece between sigmas and each sigma is decided here.
     */
    private static String jsLowerCase(String text) {
        int sigma = text.indexOf(CAPITAL_SIGMA);
        if (sigma < 0) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (sigma >= 0) {
            out.append(text.substring(from, sigma).toLowerCase(Locale.ROOT));
            out.append(isFinalSigma(text, sigma) ? '\u03C2' : '\u03C3');
            from = sigma + 1;
            sigma = text.indexOf(CAPITAL_SIGMA, from);
        }
        out.append(text.substring(from).toLowerCase(Locale.ROOT));
        return out.toString();
    }

    /**
     * Unicode Final_Sigma: a cased letter comes before (skipping case-ignorable characters)
     * and no cased letter comes after (same skipping). A character that is both cased and
     * case-ignorable, such as U+02B0 or U+0345, is skipped. ICU does it that way, and ICU is
     * what Node uses.
     */
    private static boolean isFinalSigma(String text, int index) {
        int before = index;
        while (before > 0 && isCaseIgnorable(text.codePointBefore(before))) {
            before -= Character.charCount(text.codePointBefore(before));
        }
        if (before == 0 || !isCased(text.codePointBefore(before))) {
            return false;
        }
        int after = index + 1;
        while (after < text.length() && isCaseIgnorable(text.codePointAt(after))) {
            after += Character.charCount(text.codePointAt(after));
        }
        return after == text.length() || !isCased(text.codePointAt(after));
    }

    private static boolean isCased(int cp) {
        // Java's isLowerCase/isUpperCase include Other_Lowercase/Other_Uppercase, which is
        // exactly Unicode's Cased property once titlecase letters are added.
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Unicode Case_Ignorable:
     * Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter/MidNumLet/Single_Quote.
     */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027,
                    0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    /**
     * Splits at a literal separator and keeps empty parts, including trailing ones, as JS
     * String.split(string) does. Java's String.split would drop the trailing ones and treat
     * the separator as a regex.
     */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(separator, from)) >= 0) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }
}
