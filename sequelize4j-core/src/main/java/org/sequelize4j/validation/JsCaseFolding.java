package org.sequelize4j.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two ways a JavaScript regular expression with the {@code i} flag decides that characters
 * are the same letter, so that translated patterns can list every partner explicitly instead of
 * relying on java.util.regex's own, different folding.
 *
 * <ul>
 *   <li>Without {@code u} (ECMAScript's Canonicalize for non-Unicode mode): a UTF-16 unit is
 *       mapped to its upper case if that is a single unit, unless that would turn a non-ASCII
 *       character into an ASCII one. So {@code ſ}, {@code ı} and {@code K} (Kelvin) stay
 *       apart from {@code s}, {@code i} and {@code k}.</li>
 *   <li>With {@code u}: Unicode simple case folding, approximated here by lower-casing the
 *       upper case, with the Turkish dotted and dotless i kept apart as CaseFolding.txt does.</li>
 * </ul>
 *
 * <p>Characters that fold together form small groups; a set is closed by adding every member of
 * each group it touches. The groups are computed once, on first use, and never change.
 */
final class JsCaseFolding {

    private static volatile int[][] legacyGroups;
    private static volatile int[][] unicodeGroups;

    private JsCaseFolding() {
    }

    /** ECMAScript Canonicalize(ch) for patterns without the {@code u} flag. */
    static int legacyCanonical(int c) {
        if (Character.isSurrogate((char) c)) {
            return c;
        }
        String upper = String.valueOf((char) c).toUpperCase(Locale.ROOT);
        if (upper.length() != 1) {
            return c;
        }
        char u = upper.charAt(0);
        return c >= 128 && u < 128 ? c : u;
    }

    /** Simple case folding for patterns with the {@code u} flag. */
    static int unicodeFold(int cp) {
        if (cp == 0x130 || cp == 0x131) {
            // CaseFolding.txt folds these only under the Turkic (T) or full (F) rules.
            return cp;
        }
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /**
     * Adds to a set every character that folds together with one of its members.
     *
     * @param set code points (UTF-16 units without {@code u}); not modified
     * @param unicode which folding to apply
     * @return the closed set
     */
    static BitSet closure(BitSet set, boolean unicode) {
        BitSet result = (BitSet) set.clone();
        for (int[] group : groups(unicode)) {
            for (int member : group) {
                if (set.get(member)) {
                    for (int partner : group) {
                        result.set(partner);
                    }
                    break;
                }
            }
        }
        return result;
    }

    private static int[][] groups(boolean unicode) {
        int[][] g = unicode ? unicodeGroups : legacyGroups;
        if (g == null) {
            g = unicode ? build(Character.MAX_CODE_POINT, true) : build(0xFFFF, false);
            if (unicode) {
                unicodeGroups = g;
            } else {
                legacyGroups = g;
            }
        }
        return g;
    }

    private static int[][] build(int last, boolean unicode) {
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        for (int c = 0; c <= last; c++) {
            int key = unicode ? unicodeFold(c) : legacyCanonical(c);
            if (key != c) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byKey.entrySet()) {
            int key = e.getKey();
            List<Integer> members = new ArrayList<>(e.getValue());
            if ((unicode ? unicodeFold(key) : legacyCanonical(key)) == key) {
                members.add(key);
            }
            if (members.size() > 1) {
                groups.add(members.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return groups.toArray(new int[0][]);
    }
}
