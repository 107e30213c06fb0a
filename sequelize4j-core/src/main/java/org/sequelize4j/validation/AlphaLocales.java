package org.sequelize4j.validation;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * validator.js's per-locale letter sets for {@code isAlpha} and {@code isAlphanumeric}, and its
 * decimal separators for {@code isNumeric}, {@code isFloat} and {@code isDecimal}.
 *
 * <p>The sets are kept as the class bodies validator.js writes (so they can be compared with
 * {@code lib/alpha.js} line by line) and turned into per-character tables on first use. Most
 * carry the {@code i} flag, whose JavaScript meaning (fold by single-character upper case, never
 * from non-ASCII onto ASCII) is applied here rather than left to java.util.regex, which folds
 * differently for characters such as {@code ı}, {@code ſ} and {@code ẞ}.
 */
final class AlphaLocales {

    /** One locale's rule: {@code ^[head]+[tail]*$}, or {@code ^[head]*$} when empty is allowed. */
    static final class Rule {
        private final BitSet head;
        private final BitSet tail;
        private final boolean allowEmpty;

        Rule(BitSet head, BitSet tail, boolean allowEmpty) {
            this.head = head;
            this.tail = tail;
            this.allowEmpty = allowEmpty;
        }

        /** Tests a whole string, one UTF-16 unit at a time as JavaScript does. */
        boolean test(String s) {
            int n = s.length();
            int i = 0;
            while (i < n && head.get(s.charAt(i))) {
                i++;
            }
            if (i == 0 && !(allowEmpty && n == 0)) {
                return false;
            }
            if (tail != null) {
                // head and tail never overlap, so the greedy split is the only one
                while (i < n && tail.get(s.charAt(i))) {
                    i++;
                }
            }
            return i == n;
        }
    }

    private static final String[] ENGLISH = {"AU", "GB", "HK", "IN", "NZ", "ZA", "ZM"};
    private static final String[] ARABIC = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "QM", "QA",
        "SA", "SD", "SY", "TN", "YE"};
    private static final String[] COMMA_DECIMAL = {"bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-ZM", "eo", "es-ES",
        "fr-CA", "fr-FR", "gu-IN", "hi-IN", "hu-HU", "id-ID", "it-IT", "kk-KZ", "kn-IN", "ku-IQ", "ml-IN", "nb-NO",
        "nl-NL", "nn-NO", "or-IN", "pa-IN", "pl-PL", "pt-PT", "ru-RU", "si-LK", "sl-SI", "sr-RS", "sr-RS@latin",
        "sv-SE", "ta-IN", "te-IN", "tr-TR", "uk-UA", "vi-VN"};

    /** Locale to {flags, class body[, tail class body]}; flags: "i" and/or "*" (empty allowed). */
    private static final Map<String, String[]> ALPHA = new LinkedHashMap<>();
    private static final Map<String, String[]> ALPHANUMERIC = new LinkedHashMap<>();
    private static final Map<String, Character> DECIMAL = new LinkedHashMap<>();
    private static final Map<String, Rule> ALPHA_RULES = new ConcurrentHashMap<>();
    private static final Map<String, Rule> ALPHANUMERIC_RULES = new ConcurrentHashMap<>();

    static {
        alpha("en-US", "i", "A-Z");
        alpha("az-AZ", "i", "A-VXYZ\u00C7\u018F\u011E\u0130\u0131\u00D6\u015E\u00DC");
        alpha("bg-BG", "i", "\u0410-\u042F");
        alpha("cs-CZ", "i", "A-Z\u00C1\u010C\u010E\u00C9\u011A\u00CD\u0147\u00D3\u0158\u0160\u0164\u00DA\u016E\u00DD\u017D");
        alpha("da-DK", "i", "A-Z\u00C6\u00D8\u00C5");
        alpha("de-DE", "i", "A-Z\u00C4\u00D6\u00DC\u00DF");
        alpha("el-GR", "i", "\u0391-\u03CE");
        alpha("es-ES", "i", "A-Z\u00C1\u00C9\u00CD\u00D1\u00D3\u00DA\u00DC");
        alpha("fa-IR", "i", "\u0627\u0628\u067E\u062A\u062B\u062C\u0686\u062D\u062E\u062F\u0630\u0631\u0632\u0698\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u06A9\u06AF\u0644\u0645\u0646\u0648\u0647\u06CC");
        alpha("fi-FI", "i", "A-Z\u00C5\u00C4\u00D6");
        alpha("fr-FR", "i", "A-Z\u00C0\u00C2\u00C6\u00C7\u00C9\u00C8\u00CA\u00CB\u00CF\u00CE\u00D4\u0152\u00D9\u00DB\u00DC\u0178");
        alpha("it-IT", "i", "A-Z\u00C0\u00C9\u00C8\u00CC\u00CE\u00D3\u00D2\u00D9");
        alpha("ja-JP", "i", "\u3041-\u3093\u30A1-\u30F6\uFF66-\uFF9F\u4E00-\u9FA0\u30FC\u30FB\u3002\u3001");
        alpha("nb-NO", "i", "A-Z\u00C6\u00D8\u00C5");
        alpha("nl-NL", "i", "A-Z\u00C1\u00C9\u00CB\u00CF\u00D3\u00D6\u00DC\u00DA");
        alpha("nn-NO", "i", "A-Z\u00C6\u00D8\u00C5");
        alpha("hu-HU", "i", "A-Z\u00C1\u00C9\u00CD\u00D3\u00D6\u0150\u00DA\u00DC\u0170");
        alpha("pl-PL", "i", "A-Z\u0104\u0106\u0118\u015A\u0141\u0143\u00D3\u017B\u0179");
        alpha("pt-PT", "i", "A-Z\u00C3\u00C1\u00C0\u00C2\u00C4\u00C7\u00C9\u00CA\u00CB\u00CD\u00CF\u00D5\u00D3\u00D4\u00D6\u00DA\u00DC");
        alpha("ru-RU", "i", "\u0410-\u042F\u0401");
        alpha("kk-KZ", "i", "\u0410-\u042F\u0401\\u04D8\\u04B0\\u0406\\u04A2\\u0492\\u04AE\\u049A\\u04E8\\u04BA");
        alpha("sl-SI", "i", "A-Z\u010C\u0106\u0110\u0160\u017D");
        alpha("sk-SK", "i", "A-Z\u00C1\u010C\u010E\u00C9\u00CD\u0147\u00D3\u0160\u0164\u00DA\u00DD\u017D\u0139\u0154\u013D\u00C4\u00D4");
        alpha("sr-RS@latin", "i", "A-Z\u010C\u0106\u017D\u0160\u0110");
        alpha("sr-RS", "i", "\u0410-\u042F\u0402\u0408\u0409\u040A\u040B\u040F");
        alpha("sv-SE", "i", "A-Z\u00C5\u00C4\u00D6");
        alpha("th-TH", "i", "\u0E01-\u0E50\\s");
        alpha("tr-TR", "i", "A-Z\u00C7\u011E\u0130\u0131\u00D6\u015E\u00DC");
        alpha("uk-UA", "i", "\u0410-\u0429\u042C\u042E\u042F\u0404I\u0407\u0490\u0456");
        alpha("vi-VN", "i", "A-Z\u00C0\u00C1\u1EA0\u1EA2\u00C3\u00C2\u1EA6\u1EA4\u1EAC\u1EA8\u1EAA\u0102\u1EB0\u1EAE\u1EB6\u1EB2\u1EB4\u0110\u00C8\u00C9\u1EB8\u1EBA\u1EBC\u00CA\u1EC0\u1EBE\u1EC6\u1EC2\u1EC4\u00CC\u00CD\u1ECA\u1EC8\u0128\u00D2\u00D3\u1ECC\u1ECE\u00D5\u00D4\u1ED2\u1ED0\u1ED8\u1ED4\u1ED6\u01A0\u1EDC\u1EDA\u1EE2\u1EDE\u1EE0\u00D9\u00DA\u1EE4\u1EE6\u0168\u01AF\u1EEA\u1EE8\u1EF0\u1EEC\u1EEE\u1EF2\u00DD\u1EF4\u1EF6\u1EF8");
        alpha("ko-KR", "*", "\u3131-\u314E\u314F-\u3163\uAC00-\uD7A3");
        alpha("ku-IQ", "i", "\u0626\u0627\u0628\u067E\u062A\u062C\u0686\u062D\u062E\u062F\u0631\u0695\u0632\u0698\u0633\u0634\u0639\u063A\u0641\u06A4\u0642\u06A9\u06AF\u0644\u06B5\u0645\u0646\u0648\u06C6\u06BE\u06D5\u06CC\u06CE\u064A\u0637\u0624\u062B\u0622\u0625\u0623\u0643\u0636\u0635\u0629\u0638\u0630");
        alpha("ar", "", "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670");
        alpha("he", "", "\u05D0-\u05EA");
        alpha("fa", "i", "'\u0622\u0627\u0621\u0623\u0624\u0626\u0628\u067E\u062A\u062B\u062C\u0686\u062D\u062E\u062F\u0630\u0631\u0632\u0698\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u06A9\u06AF\u0644\u0645\u0646\u0648\u0647\u0629\u06CC'");
        alpha("bn", "", "'\u0980\u0981\u0982\u0983\u0985\u0986\u0987\u0988\u0989\u098A\u098B\u098C\u098F\u0990\u0993\u0994\u0995\u0996\u0997\u0998\u0999\u099A\u099B\u099C\u099D\u099E\u099F\u09A0\u09A1\u09A2\u09A3\u09A4\u09A5\u09A6\u09A7\u09A8\u09AA\u09AB\u09AC\u09AD\u09AE\u09AF\u09B0\u09B2\u09B6\u09B7\u09B8\u09B9\u09BC\u09BD\u09BE\u09BF\u09C0\u09C1\u09C2\u09C3\u09C4\u09C7\u09C8\u09CB\u09CC\u09CD\u09CE\u09D7\u09DC\u09DD\u09DF\u09E0\u09E1\u09E2\u09E3\u09F0\u09F1\u09F2\u09F3\u09F4\u09F5\u09F6\u09F7\u09F8\u09F9\u09FA\u09FB'");
        alpha("eo", "i", "ABC\u0108D-G\u011CH\u0124IJ\u0134K-PRS\u015CTU\u016CVZ");
        alpha("hi-IN", "i", "\\u0900-\\u0961", "\\u0972-\\u097F");
        alpha("si-LK", "", "\\u0D80-\\u0DFF");
        alpha("ta-IN", "i", "\\u0B80-\\u0BFF");
        alpha("te-IN", "i", "\\u0C00-\\u0C7F");
        alpha("kn-IN", "i", "\\u0C80-\\u0CFF");
        alpha("ml-IN", "i", "\\u0D00-\\u0D7F");
        alpha("gu-IN", "i", "\\u0A80-\\u0AFF");
        alpha("pa-IN", "i", "\\u0A00-\\u0A7F");
        alpha("or-IN", "i", "\\u0B00-\\u0B7F");

        alnum("en-US", "i", "0-9A-Z");
        alnum("az-AZ", "i", "0-9A-VXYZ\u00C7\u018F\u011E\u0130\u0131\u00D6\u015E\u00DC");
        alnum("bg-BG", "i", "0-9\u0410-\u042F");
        alnum("cs-CZ", "i", "0-9A-Z\u00C1\u010C\u010E\u00C9\u011A\u00CD\u0147\u00D3\u0158\u0160\u0164\u00DA\u016E\u00DD\u017D");
        alnum("da-DK", "i", "0-9A-Z\u00C6\u00D8\u00C5");
        alnum("de-DE", "i", "0-9A-Z\u00C4\u00D6\u00DC\u00DF");
        alnum("el-GR", "i", "0-9\u0391-\u03C9");
        alnum("es-ES", "i", "0-9A-Z\u00C1\u00C9\u00CD\u00D1\u00D3\u00DA\u00DC");
        alnum("fi-FI", "i", "0-9A-Z\u00C5\u00C4\u00D6");
        alnum("fr-FR", "i", "0-9A-Z\u00C0\u00C2\u00C6\u00C7\u00C9\u00C8\u00CA\u00CB\u00CF\u00CE\u00D4\u0152\u00D9\u00DB\u00DC\u0178");
        alnum("it-IT", "i", "0-9A-Z\u00C0\u00C9\u00C8\u00CC\u00CE\u00D3\u00D2\u00D9");
        alnum("ja-JP", "i", "0-9\uFF10-\uFF19\u3041-\u3093\u30A1-\u30F6\uFF66-\uFF9F\u4E00-\u9FA0\u30FC\u30FB\u3002\u3001");
        alnum("hu-HU", "i", "0-9A-Z\u00C1\u00C9\u00CD\u00D3\u00D6\u0150\u00DA\u00DC\u0170");
        alnum("nb-NO", "i", "0-9A-Z\u00C6\u00D8\u00C5");
        alnum("nl-NL", "i", "0-9A-Z\u00C1\u00C9\u00CB\u00CF\u00D3\u00D6\u00DC\u00DA");
        alnum("nn-NO", "i", "0-9A-Z\u00C6\u00D8\u00C5");
        alnum("pl-PL", "i", "0-9A-Z\u0104\u0106\u0118\u015A\u0141\u0143\u00D3\u017B\u0179");
        alnum("pt-PT", "i", "0-9A-Z\u00C3\u00C1\u00C0\u00C2\u00C4\u00C7\u00C9\u00CA\u00CB\u00CD\u00CF\u00D5\u00D3\u00D4\u00D6\u00DA\u00DC");
        alnum("ru-RU", "i", "0-9\u0410-\u042F\u0401");
        alnum("kk-KZ", "i", "0-9\u0410-\u042F\u0401\\u04D8\\u04B0\\u0406\\u04A2\\u0492\\u04AE\\u049A\\u04E8\\u04BA");
        alnum("sl-SI", "i", "0-9A-Z\u010C\u0106\u0110\u0160\u017D");
        alnum("sk-SK", "i", "0-9A-Z\u00C1\u010C\u010E\u00C9\u00CD\u0147\u00D3\u0160\u0164\u00DA\u00DD\u017D\u0139\u0154\u013D\u00C4\u00D4");
        alnum("sr-RS@latin", "i", "0-9A-Z\u010C\u0106\u017D\u0160\u0110");
        alnum("sr-RS", "i", "0-9\u0410-\u042F\u0402\u0408\u0409\u040A\u040B\u040F");
        alnum("sv-SE", "i", "0-9A-Z\u00C5\u00C4\u00D6");
        alnum("th-TH", "i", "\u0E01-\u0E59\\s");
        alnum("tr-TR", "i", "0-9A-Z\u00C7\u011E\u0130\u0131\u00D6\u015E\u00DC");
        alnum("uk-UA", "i", "0-9\u0410-\u0429\u042C\u042E\u042F\u0404I\u0407\u0490\u0456");
        alnum("ko-KR", "*", "0-9\u3131-\u314E\u314F-\u3163\uAC00-\uD7A3");
        alnum("ku-IQ", "i", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u06690-9\u0626\u0627\u0628\u067E\u062A\u062C\u0686\u062D\u062E\u062F\u0631\u0695\u0632\u0698\u0633\u0634\u0639\u063A\u0641\u06A4\u0642\u06A9\u06AF\u0644\u06B5\u0645\u0646\u0648\u06C6\u06BE\u06D5\u06CC\u06CE\u064A\u0637\u0624\u062B\u0622\u0625\u0623\u0643\u0636\u0635\u0629\u0638\u0630");
        alnum("vi-VN", "i", "0-9A-Z\u00C0\u00C1\u1EA0\u1EA2\u00C3\u00C2\u1EA6\u1EA4\u1EAC\u1EA8\u1EAA\u0102\u1EB0\u1EAE\u1EB6\u1EB2\u1EB4\u0110\u00C8\u00C9\u1EB8\u1EBA\u1EBC\u00CA\u1EC0\u1EBE\u1EC6\u1EC2\u1EC4\u00CC\u00CD\u1ECA\u1EC8\u0128\u00D2\u00D3\u1ECC\u1ECE\u00D5\u00D4\u1ED2\u1ED0\u1ED8\u1ED4\u1ED6\u01A0\u1EDC\u1EDA\u1EE2\u1EDE\u1EE0\u00D9\u00DA\u1EE4\u1EE6\u0168\u01AF\u1EEA\u1EE8\u1EF0\u1EEC\u1EEE\u1EF2\u00DD\u1EF4\u1EF6\u1EF8");
        alnum("ar", "", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u06690-9\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670");
        alnum("he", "", "0-9\u05D0-\u05EA");
        alnum("fa", "i", "'0-9\u0622\u0627\u0621\u0623\u0624\u0626\u0628\u067E\u062A\u062B\u062C\u0686\u062D\u062E\u062F\u0630\u0631\u0632\u0698\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u06A9\u06AF\u0644\u0645\u0646\u0648\u0647\u0629\u06CC\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9\u06F0'");
        alnum("bn", "", "'\u0980\u0981\u0982\u0983\u0985\u0986\u0987\u0988\u0989\u098A\u098B\u098C\u098F\u0990\u0993\u0994\u0995\u0996\u0997\u0998\u0999\u099A\u099B\u099C\u099D\u099E\u099F\u09A0\u09A1\u09A2\u09A3\u09A4\u09A5\u09A6\u09A7\u09A8\u09AA\u09AB\u09AC\u09AD\u09AE\u09AF\u09B0\u09B2\u09B6\u09B7\u09B8\u09B9\u09BC\u09BD\u09BE\u09BF\u09C0\u09C1\u09C2\u09C3\u09C4\u09C7\u09C8\u09CB\u09CC\u09CD\u09CE\u09D7\u09DC\u09DD\u09DF\u09E0\u09E1\u09E2\u09E3\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF\u09F0\u09F1\u09F2\u09F3\u09F4\u09F5\u09F6\u09F7\u09F8\u09F9\u09FA\u09FB'");
        alnum("eo", "i", "0-9ABC\u0108D-G\u011CH\u0124IJ\u0134K-PRS\u015CTU\u016CVZ");
        alnum("hi-IN", "i", "\\u0900-\\u0963", "\\u0966-\\u097F");
        alnum("si-LK", "", "0-9\\u0D80-\\u0DFF");
        alnum("ta-IN", "i", "0-9\\u0B80-\\u0BFF.");
        alnum("te-IN", "i", "0-9\\u0C00-\\u0C7F.");
        alnum("kn-IN", "i", "0-9\\u0C80-\\u0CFF.");
        alnum("ml-IN", "i", "0-9\\u0D00-\\u0D7F.");
        alnum("gu-IN", "i", "0-9\\u0A80-\\u0AFF.");
        alnum("pa-IN", "i", "0-9\\u0A00-\\u0A7F.");
        alnum("or-IN", "i", "0-9\\u0B00-\\u0B7F.");

        DECIMAL.put("en-US", '.');
        DECIMAL.put("ar", '\u066B');
        for (String country : ENGLISH) {
            ALPHA.put("en-" + country, ALPHA.get("en-US"));
            ALPHANUMERIC.put("en-" + country, ALPHANUMERIC.get("en-US"));
            DECIMAL.put("en-" + country, '.');
        }
        for (String country : ARABIC) {
            ALPHA.put("ar-" + country, ALPHA.get("ar"));
            ALPHANUMERIC.put("ar-" + country, ALPHANUMERIC.get("ar"));
            DECIMAL.put("ar-" + country, '\u066B');
        }
        for (String country : new String[] {"IR", "AF"}) {
            ALPHANUMERIC.put("fa-" + country, ALPHANUMERIC.get("fa"));
            DECIMAL.put("fa-" + country, '\u066B');
        }
        for (String country : new String[] {"BD", "IN"}) {
            ALPHA.put("bn-" + country, ALPHA.get("bn"));
            ALPHANUMERIC.put("bn-" + country, ALPHANUMERIC.get("bn"));
            DECIMAL.put("bn-" + country, '.');
        }
        for (String locale : new String[] {"ar-EG", "ar-LB", "ar-LY"}) {
            DECIMAL.put(locale, '.');
        }
        for (String locale : COMMA_DECIMAL) {
            DECIMAL.put(locale, ',');
        }
        ALPHA.put("fr-CA", ALPHA.get("fr-FR"));
        ALPHANUMERIC.put("fr-CA", ALPHANUMERIC.get("fr-FR"));
        ALPHA.put("pt-BR", ALPHA.get("pt-PT"));
        ALPHANUMERIC.put("pt-BR", ALPHANUMERIC.get("pt-PT"));
        DECIMAL.put("pt-BR", DECIMAL.get("pt-PT"));
        ALPHA.put("pl-Pl", ALPHA.get("pl-PL"));
        ALPHANUMERIC.put("pl-Pl", ALPHANUMERIC.get("pl-PL"));
        DECIMAL.put("pl-Pl", DECIMAL.get("pl-PL"));
        ALPHA.put("fa-AF", ALPHA.get("fa"));
    }

    private AlphaLocales() {
    }

    private static void alpha(String locale, String flags, String... bodies) {
        ALPHA.put(locale, spec(flags, bodies));
    }

    private static void alnum(String locale, String flags, String... bodies) {
        ALPHANUMERIC.put(locale, spec(flags, bodies));
    }

    private static String[] spec(String flags, String... bodies) {
        String[] spec = new String[bodies.length + 1];
        spec[0] = flags;
        System.arraycopy(bodies, 0, spec, 1, bodies.length);
        return spec;
    }

    /** The isAlpha rule for a locale, or {@code null} if validator.js does not know it. */
    static Rule alpha(String locale) {
        return rule(locale, ALPHA, ALPHA_RULES);
    }

    /** The isAlphanumeric rule for a locale, or {@code null} if validator.js does not know it. */
    static Rule alphanumeric(String locale) {
        return rule(locale, ALPHANUMERIC, ALPHANUMERIC_RULES);
    }

    /** The decimal separator for a locale, or {@code null} if validator.js does not know it. */
    static Character decimal(String locale) {
        return DECIMAL.get(locale);
    }

    static Set<String> alphaLocales() {
        return Collections.unmodifiableSet(ALPHA.keySet());
    }

    static Set<String> alphanumericLocales() {
        return Collections.unmodifiableSet(ALPHANUMERIC.keySet());
    }

    private static Rule rule(String locale, Map<String, String[]> specs, Map<String, Rule> cache) {
        String[] spec = specs.get(locale);
        if (spec == null) {
            return null;
        }
        return cache.computeIfAbsent(locale, l -> build(spec));
    }

    private static Rule build(String[] spec) {
        boolean ignoreCase = spec[0].contains("i");
        BitSet head = parseClass(spec[1]);
        BitSet tail = spec.length > 2 ? parseClass(spec[2]) : null;
        if (ignoreCase) {
            head = JsCaseFolding.closure(head, false);
            tail = tail == null ? null : JsCaseFolding.closure(tail, false);
        }
        return new Rule(head, tail, spec[0].contains("*"));
    }

    /**
     * Reads a class body as validator.js writes it: characters, {@code a-b} ranges,
     * backslash-u escapes and {@code \s}.
     */
    private static BitSet parseClass(String body) {
        BitSet set = new BitSet(0x10000);
        int[] pos = {0};
        while (pos[0] < body.length()) {
            if (body.startsWith("\\s", pos[0])) {
                for (int k = 0; k <= 0xFFFF; k++) {
                    if (JsValues.isWhitespace((char) k)) {
                        set.set(k);
                    }
                }
                pos[0] += 2;
                continue;
            }
            int from = classChar(body, pos);
            if (pos[0] + 1 < body.length() && body.charAt(pos[0]) == '-') {
                pos[0]++;
                set.set(from, classChar(body, pos) + 1);
            } else {
                set.set(from);
            }
        }
        return set;
    }

    private static int classChar(String body, int[] pos) {
        if (body.startsWith("\\u", pos[0])) {
            int c = Integer.parseInt(body.substring(pos[0] + 2, pos[0] + 6), 16);
            pos[0] += 6;
            return c;
        }
        return body.charAt(pos[0]++);
    }
}
