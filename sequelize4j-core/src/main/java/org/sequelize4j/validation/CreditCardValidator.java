package org.sequelize4j.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sequelize's {@code isCreditCard} (validator.js 13.15.35): after removing spaces and hyphens,
 * the number must fit one of the known card layouts and pass the Luhn checksum.
 *
 * <p>validator.js's Mastercard pattern is only anchored at one end of each alternative, so any
 * string that starts with 51-55 and two more digits fits the Mastercard layout, and then only
 * the checksum decides. That is kept, since Sequelize accepts the same numbers. Stateless and
 * thread-safe.
 */
public final class CreditCardValidator {

    /** Provider layouts; searched (not matched whole), as validator.js tests them. */
    private static final Map<String, Pattern> CARDS = new LinkedHashMap<>();

    static {
        CARDS.put("amex", Pattern.compile("^3[47][0-9]{13}\\z"));
        CARDS.put("dinersclub", Pattern.compile("^3(?:0[0-5]|[68][0-9])[0-9]{11}\\z"));
        CARDS.put("discover", Pattern.compile("^6(?:011|5[0-9][0-9])[0-9]{12,15}\\z"));
        CARDS.put("jcb", Pattern.compile("^(?:2131|1800|35[0-9]{3})[0-9]{11}\\z"));
        CARDS.put("mastercard", Pattern.compile(
                "^5[1-5][0-9]{2}|(?:222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)[0-9]{12}\\z"));
        CARDS.put("unionpay", Pattern.compile("^(?:6[27][0-9]{14}|^(?:81[0-9]{14,17}))\\z"));
        CARDS.put("visa", Pattern.compile("^(?:4[0-9]{12})(?:[0-9]{3,6})?\\z"));
    }

    private CreditCardValidator() {
    }

    /**
     * Sequelize's {@code isCreditCard}: Amex, Diners Club, Discover, JCB, Mastercard, UnionPay or
     * Visa layout, with a valid Luhn checksum; spaces and hyphens are ignored.
     *
     * @param str the value string
     * @return whether it is a credit card number
     */
    public static boolean isCreditCard(String str) {
        String sanitized = sanitize(str);
        boolean layout = false;
        for (Pattern card : CARDS.values()) {
            if (card.matcher(sanitized).find()) {
                layout = true;
                break;
            }
        }
        return layout && isLuhnNumber(str);
    }

    /**
     * Sequelize's {@code isCreditCard} with the {@code provider} option.
     *
     * @param str the value string
     * @param provider one of {@link #providers()}, in any letter case
     * @return whether it is a valid number of that provider
     * @throws IllegalArgumentException for an unknown provider, as validator.js throws
     */
    public static boolean isCreditCard(String str, String provider) {
        Pattern card = CARDS.get(provider.toLowerCase(Locale.ROOT));
        if (card == null) {
            throw new IllegalArgumentException("isCreditCard: " + provider + " is not a valid credit card provider");
        }
        return card.matcher(sanitize(str)).find() && isLuhnNumber(str);
    }

    /** @return the provider names {@code isCreditCard} accepts */
    public static Set<String> providers() {
        return Collections.unmodifiableSet(CARDS.keySet());
    }

    /**
     * validator.js's {@code isLuhnNumber}: after removing spaces and hyphens, a non-empty string of
     * ASCII digits whose Luhn checksum is zero.
     *
     * @param str the value string
     * @return whether the checksum holds
     */
    public static boolean isLuhnNumber(String str) {
        String sanitized = sanitize(str);
        if (sanitized.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = sanitized.length() - 1; i >= 0; i--) {
            char c = sanitized.charAt(i);
            if (c < '0' || c > '9') {
                // parseInt gives NaN, and a NaN sum never passes
                return false;
            }
            int digit = c - '0';
            if (doubleIt) {
                digit *= 2;
                sum += digit >= 10 ? digit % 10 + 1 : digit;
            } else {
                sum += digit;
            }
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static String sanitize(String card) {
        StringBuilder sb = new StringBuilder(card.length());
        for (int i = 0; i < card.length(); i++) {
            char c = card.charAt(i);
            if (c != '-' && c != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
