package org.sequelize4j.validation;

/**
 * A port of V8's {@code DateParser} (src/date/dateparser*.{h,cc} in Node 20), the engine code
 * behind {@code Date.parse}: a tokenizer, an attempt to read the ECMAScript ISO format, a
 * fallback "legacy" pass that accepts the loose forms browsers have always accepted, and three
 * composers that assemble and range-check the day, the time and the UTC offset. The structure
 * and the order of checks follow V8 so that the same strings are accepted and rejected;
 * {@link JsDate} turns the resulting fields into a time value.
 *
 * <p>Not thread-safe; an instance parses one string once.
 */
final class JsDateParser {

    private static final int NONE = Integer.MAX_VALUE;

    private static final int KW_INVALID = 0;
    private static final int KW_MONTH_NAME = 1;
    private static final int KW_TIME_ZONE_NAME = 2;
    private static final int KW_TIME_SEPARATOR = 3;
    private static final int KW_AM_PM = 4;

    /** Three-letter prefixes of the words V8 recognises, with their type and value. */
    private static final String[] KEYWORDS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "am", "pm", "ut", "utc", "z", "gmt", "cdt", "cst", "edt", "est", "mdt", "mst", "pdt", "pst", "t",
    };
    private static final int[][] KEYWORD_TYPE_VALUE = {
        {1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 10}, {1, 11}, {1, 12},
        {4, 0}, {4, 12}, {2, 0}, {2, 0}, {2, 0}, {2, 0}, {2, -5}, {2, -6}, {2, -4}, {2, -5}, {2, -6},
        {2, -7}, {2, -7}, {2, -8}, {3, 0},
    };

    private static boolean between(int x, int lo, int hi) {
        return x >= lo && x <= hi;
    }

    private static boolean isMonth(int x) {
        return between(x, 1, 12);
    }

    private static boolean isDay(int x) {
        return between(x, 1, 31);
    }

    private static boolean isHour(int x) {
        return between(x, 0, 23);
    }

    private static boolean isMinute(int x) {
        return between(x, 0, 59);
    }

    /** A token of V8's date scanner. */
    private static final class Token {
        static final int INVALID = -6;
        static final int UNKNOWN = -5;
        static final int WHITESPACE = -4;
        static final int NUMBER = -3;
        static final int SYMBOL = -2;
        static final int END = -1;

        /** The kind: one of the negative constants, or a keyword type (0 and up). */
        final int tag;
        final int length;
        final int value;

        Token(int tag, int length, int value) {
            this.tag = tag;
            this.length = length;
            this.value = value;
        }

        boolean isNumber() {
            return tag == NUMBER;
        }

        boolean isSymbol(char c) {
            return tag == SYMBOL && value == c;
        }

        boolean isSign() {
            return tag == SYMBOL && (value == '+' || value == '-');
        }

        int sign() {
            return value == '+' ? 1 : -1;
        }

        boolean isKeyword() {
            return tag >= 0;
        }

        boolean isEnd() {
            return tag == END;
        }

        boolean isFixedLengthNumber(int n) {
            return tag == NUMBER && length == n;
        }

        boolean isKeywordZ() {
            return tag == KW_TIME_ZONE_NAME && length == 1 && value == 0;
        }
    }

    private static final Token END_TOKEN = new Token(Token.END, 0, -1);
    private static final Token INVALID_TOKEN = new Token(Token.INVALID, 0, -1);
    private static final Token UNKNOWN_TOKEN = new Token(Token.UNKNOWN, 1, -1);

    private final String text;
    private int index;
    /** Current character; 0 at the end (V8 also stops at an embedded NUL). */
    private int ch;
    private Token next;

    // DayComposer
    private final int[] dayComp = new int[3];
    private int dayIndex;
    private int namedMonth = NONE;
    private boolean isoDate;
    // TimeComposer
    private final int[] timeComp = new int[4];
    private int timeIndex;
    private int hourOffset = NONE;
    // TimeZoneComposer
    private int tzSign = NONE;
    private int tzHour = NONE;
    private int tzMinute = NONE;

    JsDateParser(String text) {
        this.text = text;
        advance();
        next = scan();
    }

    private void advance() {
        ch = index < text.length() ? text.charAt(index) : 0;
        index++;
    }

    private boolean isAsciiDigit() {
        return ch >= '0' && ch <= '9';
    }

    private Token scan() {
        int start = index;
        if (ch == 0) {
            return END_TOKEN;
        }
        if (isAsciiDigit()) {
            int n = 0;
            int digits = 0;
            while (isAsciiDigit()) {
                // V8 keeps nine significant digits and skips the rest.
                if (digits < 9) {
                    n = n * 10 + ch - '0';
                }
                digits++;
                advance();
            }
            return new Token(Token.NUMBER, index - start, n);
        }
        if (ch == ':' || ch == '-' || ch == '+' || ch == '.' || ch == ')') {
            int c = ch;
            advance();
            return new Token(Token.SYMBOL, 1, c);
        }
        if (ch >= 'A' && !isWhiteSpace(ch)) {
            // A "word" is any run of characters from 'A' up other than white space, so it
            // takes in all non-ASCII text, even U+2028.
            char[] prefix = new char[3];
            int length = 0;
            while (ch >= 'A' && !isWhiteSpace(ch)) {
                if (length < 3) {
                    prefix[length] = (char) (ch | 0x20);
                }
                length++;
                advance();
            }
            return keyword(prefix, length);
        }
        if (JsValues.isWhitespace((char) ch)) {
            advance();
            return new Token(Token.WHITESPACE, 1, -1);
        }
        if (ch == '(') {
            int balance = 0;
            do {
                if (ch == ')') {
                    balance--;
                } else if (ch == '(') {
                    balance++;
                }
                advance();
            } while (balance > 0 && ch != 0);
            return UNKNOWN_TOKEN;
        }
        advance();
        return UNKNOWN_TOKEN;
    }

    /** V8's IsWhiteSpace: JavaScript white space, but not the line terminators. */
    private static boolean isWhiteSpace(int c) {
        return JsValues.isWhitespace((char) c) && c != '\n' && c != '\r' && c != 0x2028 && c != 0x2029;
    }

    private static Token keyword(char[] prefix, int length) {
        for (int i = 0; i < KEYWORDS.length; i++) {
            String k = KEYWORDS[i];
            boolean match = true;
            for (int j = 0; j < 3; j++) {
                char expected = j < k.length() ? k.charAt(j) : 0;
                if (prefix[j] != expected) {
                    match = false;
                    break;
                }
            }
            int type = KEYWORD_TYPE_VALUE[i][0];
            // Only month names may be longer than their three-letter prefix.
            if (match && (length <= 3 || type == KW_MONTH_NAME)) {
                return new Token(type, length, KEYWORD_TYPE_VALUE[i][1]);
            }
        }
        return new Token(KW_INVALID, length, 0);
    }

    private Token nextToken() {
        Token result = next;
        next = scan();
        return result;
    }

    private boolean skipSymbol(char c) {
        if (next.isSymbol(c)) {
            next = scan();
            return true;
        }
        return false;
    }

    // -- composers --

    private boolean dayAdd(int n) {
        if (dayIndex < 3) {
            dayComp[dayIndex++] = n;
            return true;
        }
        return false;
    }

    private boolean timeAdd(int n) {
        if (timeIndex < 4) {
            timeComp[timeIndex++] = n;
            return true;
        }
        return false;
    }

    private boolean timeAddFinal(int n) {
        if (!timeAdd(n)) {
            return false;
        }
        while (timeIndex < 4) {
            timeComp[timeIndex++] = 0;
        }
        return true;
    }

    private boolean timeIsExpecting(int n) {
        return (timeIndex == 1 && isMinute(n)) || (timeIndex == 2 && isMinute(n))
                || (timeIndex == 3 && between(n, 0, 999));
    }

    private void tzSet(int offsetHours) {
        tzSign = offsetHours < 0 ? -1 : 1;
        tzHour = offsetHours * tzSign;
        tzMinute = 0;
    }

    private boolean tzIsExpecting(int n) {
        return tzHour != NONE && tzMinute == NONE && isMinute(n);
    }

    private boolean tzIsUtc() {
        return tzHour == 0 && tzMinute == 0;
    }

    private static int readMilliseconds(Token token) {
        int number = token.value;
        int length = token.length;
        if (length == 1) {
            number *= 100;
        } else if (length == 2) {
            number *= 10;
        } else if (length > 3) {
            if (length > 9) {
                length = 9;
            }
            int factor = 1;
            do {
                factor *= 10;
                length--;
            } while (length > 3);
            number /= factor;
        }
        return number;
    }

    /** Returns year, month (0-based), day, hour, minute, second, ms, offset seconds (NaN if local). */
    double[] parse() {
        Token token = parseIso();
        if (token.tag == Token.INVALID) {
            return null;
        }
        boolean hasReadNumber = dayIndex != 0;
        for (; !token.isEnd(); token = nextToken()) {
            if (token.isNumber()) {
                hasReadNumber = true;
                int n = token.value;
                if (skipSymbol(':')) {
                    if (skipSymbol(':')) {
                        if (timeIndex != 0) {
                            return null;
                        }
                        timeAdd(n);
                        timeAdd(0);
                    } else {
                        if (!timeAdd(n)) {
                            return null;
                        }
                        if (next.isSymbol('.')) {
                            nextToken();
                        }
                    }
                } else if (skipSymbol('.') && timeIsExpecting(n)) {
                    timeAdd(n);
                    if (!next.isNumber()) {
                        return null;
                    }
                    int ms = readMilliseconds(nextToken());
                    if (ms < 0) {
                        return null;
                    }
                    timeAddFinal(ms);
                } else if (tzIsExpecting(n)) {
                    tzMinute = n;
                } else if (timeIsExpecting(n)) {
                    timeAddFinal(n);
                    // The time must be followed by the end, white space, "Z" or a sign.
                    Token peek = next;
                    if (!peek.isEnd() && peek.tag != Token.WHITESPACE && !peek.isKeywordZ() && !peek.isSign()) {
                        return null;
                    }
                } else {
                    if (!dayAdd(n)) {
                        return null;
                    }
                    skipSymbol('-');
                }
            } else if (token.isKeyword()) {
                int type = token.tag;
                int value = token.value;
                if (type == KW_AM_PM && timeIndex != 0) {
                    hourOffset = value;
                } else if (type == KW_MONTH_NAME) {
                    namedMonth = value;
                    skipSymbol('-');
                } else if (type == KW_TIME_ZONE_NAME && hasReadNumber) {
                    tzSet(value);
                } else {
                    // Unknown words are only allowed before the first number, and must be
                    // separated from it.
                    if (hasReadNumber || next.isNumber()) {
                        return null;
                    }
                }
            } else if (token.isSign() && (tzIsUtc() || timeIndex != 0)) {
                tzSign = token.sign();
                int n = 0;
                int length = 0;
                if (next.isNumber()) {
                    Token number = nextToken();
                    length = number.length;
                    n = number.value;
                }
                hasReadNumber = true;
                if (next.isSymbol(':')) {
                    tzHour = n;
                    tzMinute = NONE;
                } else if (length == 1 || length == 2) {
                    tzHour = n;
                    tzMinute = 0;
                } else if (length == 3 || length == 4) {
                    tzHour = n / 100;
                    tzMinute = n % 100;
                } else {
                    return null;
                }
            } else if ((token.isSign() || token.isSymbol(')')) && hasReadNumber) {
                return null;
            }
            // Other characters and white space are ignored.
        }
        double[] out = new double[8];
        if (!writeDay(out) || !writeTime(out) || !writeZone(out)) {
            return null;
        }
        return out;
    }

    /** V8's ParseES5DateTime: consumes an ISO prefix, returning the next unhandled token. */
    private Token parseIso() {
        if (next.isSign()) {
            Token signToken = nextToken();
            if (!next.isFixedLengthNumber(6)) {
                return signToken;
            }
            int sign = signToken.sign();
            int year = nextToken().value;
            if (sign < 0 && year == 0) {
                return signToken;
            }
            dayAdd(sign * year);
        } else if (next.isFixedLengthNumber(4)) {
            dayAdd(nextToken().value);
        } else {
            return nextToken();
        }
        if (skipSymbol('-')) {
            if (!next.isFixedLengthNumber(2) || !isMonth(next.value)) {
                return nextToken();
            }
            dayAdd(nextToken().value);
            if (skipSymbol('-')) {
                if (!next.isFixedLengthNumber(2) || !isDay(next.value)) {
                    return nextToken();
                }
                dayAdd(nextToken().value);
            }
        }
        if (next.tag != KW_TIME_SEPARATOR) {
            if (!next.isEnd()) {
                return nextToken();
            }
        } else {
            nextToken();
            if (!next.isFixedLengthNumber(2) || !between(next.value, 0, 24)) {
                return INVALID_TOKEN;
            }
            boolean hourIs24 = next.value == 24;
            timeAdd(nextToken().value);
            if (!skipSymbol(':')) {
                return INVALID_TOKEN;
            }
            if (!next.isFixedLengthNumber(2) || !isMinute(next.value) || (hourIs24 && next.value > 0)) {
                return INVALID_TOKEN;
            }
            timeAdd(nextToken().value);
            if (skipSymbol(':')) {
                if (!next.isFixedLengthNumber(2) || !isMinute(next.value) || (hourIs24 && next.value > 0)) {
                    return INVALID_TOKEN;
                }
                timeAdd(nextToken().value);
                if (skipSymbol('.')) {
                    if (!next.isNumber() || (hourIs24 && next.value > 0)) {
                        return INVALID_TOKEN;
                    }
                    timeAdd(readMilliseconds(nextToken()));
                }
            }
            if (next.isKeywordZ()) {
                nextToken();
                tzSet(0);
            } else if (next.isSymbol('+') || next.isSymbol('-')) {
                tzSign = nextToken().value == '+' ? 1 : -1;
                if (next.isFixedLengthNumber(4)) {
                    int hourMinute = nextToken().value;
                    int hour = hourMinute / 100;
                    int minute = hourMinute % 100;
                    if (!isHour(hour) || !isMinute(minute)) {
                        return INVALID_TOKEN;
                    }
                    tzHour = hour;
                    tzMinute = minute;
                } else {
                    if (!next.isFixedLengthNumber(2) || !isHour(next.value)) {
                        return INVALID_TOKEN;
                    }
                    tzHour = nextToken().value;
                    if (!skipSymbol(':')) {
                        return INVALID_TOKEN;
                    }
                    if (!next.isFixedLengthNumber(2) || !isMinute(next.value)) {
                        return INVALID_TOKEN;
                    }
                    tzMinute = nextToken().value;
                }
            }
            if (!next.isEnd()) {
                return INVALID_TOKEN;
            }
        }
        // Date-only ISO strings are UTC; date-time strings without an offset are local.
        if (tzHour == NONE && timeIndex == 0) {
            tzSet(0);
        }
        isoDate = true;
        return END_TOKEN;
    }

    private boolean writeDay(double[] out) {
        if (dayIndex < 1) {
            return false;
        }
        while (dayIndex < 3) {
            dayComp[dayIndex++] = 1;
        }
        int year = 0; // a missing year means 2000, for compatibility with old engines
        int month;
        int day;
        if (namedMonth == NONE) {
            if (isoDate || (dayIndex == 3 && !isDay(dayComp[0]))) {
                year = dayComp[0];
                month = dayComp[1];
                day = dayComp[2];
            } else {
                month = dayComp[0];
                day = dayComp[1];
                if (dayIndex == 3) {
                    year = dayComp[2];
                }
            }
        } else {
            month = namedMonth;
            if (dayIndex == 1) {
                day = dayComp[0];
            } else if (!isDay(dayComp[0])) {
                year = dayComp[0];
                day = dayComp[1];
            } else {
                day = dayComp[0];
                year = dayComp[1];
            }
        }
        if (!isoDate) {
            if (between(year, 0, 49)) {
                year += 2000;
            } else if (between(year, 50, 99)) {
                year += 1900;
            }
        }
        if (!isMonth(month) || !isDay(day)) {
            return false;
        }
        out[0] = year;
        out[1] = month - 1;
        out[2] = day;
        return true;
    }

    private boolean writeTime(double[] out) {
        while (timeIndex < 4) {
            timeComp[timeIndex++] = 0;
        }
        int hour = timeComp[0];
        int minute = timeComp[1];
        int second = timeComp[2];
        int millisecond = timeComp[3];
        if (hourOffset != NONE) {
            if (!between(hour, 0, 12)) {
                return false;
            }
            hour %= 12;
            hour += hourOffset;
        }
        if (!isHour(hour) || !isMinute(minute) || !isMinute(second) || !between(millisecond, 0, 999)) {
            // Hour 24 is allowed when everything after it is zero.
            if (hour != 24 || minute != 0 || second != 0 || millisecond != 0) {
                return false;
            }
        }
        out[3] = hour;
        out[4] = minute;
        out[5] = second;
        out[6] = millisecond;
        return true;
    }

    private boolean writeZone(double[] out) {
        if (tzSign != NONE) {
            long hour = tzHour == NONE ? 0 : tzHour;
            long minute = tzMinute == NONE ? 0 : tzMinute;
            // V8 adds in unsigned 32-bit arithmetic, so a huge hour wraps around before the check.
            long total = (hour * 3600L + minute * 60L) & 0xFFFFFFFFL;
            if (total > Integer.MAX_VALUE) {
                return false;
            }
            out[7] = tzSign < 0 ? -total : total;
        } else {
            out[7] = Double.NaN;
        }
        return true;
    }
}
