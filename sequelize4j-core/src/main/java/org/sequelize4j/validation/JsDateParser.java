package org.sequelize4j.validation;

import org.sequelize4j.validation.JsDateScanner.Token;

/**
 * A port of V8's {@code DateParser} (src/date/dateparser*.{h,cc} in Node 20), the engine code
 * behind {@code Date.parse}: a tokenizer ({@link JsDateScanner}), an attempt to read the ECMAScript ISO format, a
 * fallback "legacy" pass that accepts the loose forms browsers have always accepted, and three
 * composers that assemble and range-check the day, the time and the UTC offset. The structure
 * and the order of checks follow V8 so that the same strings are accepted and rejected;
 * {@link JsDate} turns the resulting fields into a time value.
 *
 * <p>Not thread-safe; an instance parses one string once.
 */
final class JsDateParser {

    private static final int NONE = Integer.MAX_VALUE;

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

    private final JsDateScanner tokens;

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
        this.tokens = new JsDateScanner(text);
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
        for (; !token.isEnd(); token = tokens.take()) {
            if (token.isNumber()) {
                hasReadNumber = true;
                int n = token.value;
                if (tokens.skip(':')) {
                    if (tokens.skip(':')) {
                        if (timeIndex != 0) {
                            return null;
                        }
                        timeAdd(n);
                        timeAdd(0);
                    } else {
                        if (!timeAdd(n)) {
                            return null;
                        }
                        if (tokens.peek().isSymbol('.')) {
                            tokens.take();
                        }
                    }
                } else if (tokens.skip('.') && timeIsExpecting(n)) {
                    timeAdd(n);
                    if (!tokens.peek().isNumber()) {
                        return null;
                    }
                    int ms = readMilliseconds(tokens.take());
                    if (ms < 0) {
                        return null;
                    }
                    timeAddFinal(ms);
                } else if (tzIsExpecting(n)) {
                    tzMinute = n;
                } else if (timeIsExpecting(n)) {
                    timeAddFinal(n);
                    // The time must be followed by the end, white space, "Z" or a sign.
                    Token peek = tokens.peek();
                    if (!peek.isEnd() && peek.tag != Token.WHITESPACE && !peek.isKeywordZ() && !peek.isSign()) {
                        return null;
                    }
                } else {
                    if (!dayAdd(n)) {
                        return null;
                    }
                    tokens.skip('-');
                }
            } else if (token.isKeyword()) {
                int type = token.tag;
                int value = token.value;
                if (type == JsDateScanner.KW_AM_PM && timeIndex != 0) {
                    hourOffset = value;
                } else if (type == JsDateScanner.KW_MONTH_NAME) {
                    namedMonth = value;
                    tokens.skip('-');
                } else if (type == JsDateScanner.KW_TIME_ZONE_NAME && hasReadNumber) {
                    tzSet(value);
                } else {
                    // Unknown words are only allowed before the first number, and must be
                    // separated from it.
                    if (hasReadNumber || tokens.peek().isNumber()) {
                        return null;
                    }
                }
            } else if (token.isSign() && (tzIsUtc() || timeIndex != 0)) {
                tzSign = token.sign();
                int n = 0;
                int length = 0;
                if (tokens.peek().isNumber()) {
                    Token number = tokens.take();
                    length = number.length;
                    n = number.value;
                }
                hasReadNumber = true;
                if (tokens.peek().isSymbol(':')) {
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
        if (tokens.peek().isSign()) {
            Token signToken = tokens.take();
            if (!tokens.peek().isFixedLengthNumber(6)) {
                return signToken;
            }
            int sign = signToken.sign();
            int year = tokens.take().value;
            if (sign < 0 && year == 0) {
                return signToken;
            }
            dayAdd(sign * year);
        } else if (tokens.peek().isFixedLengthNumber(4)) {
            dayAdd(tokens.take().value);
        } else {
            return tokens.take();
        }
        if (tokens.skip('-')) {
            if (!tokens.peek().isFixedLengthNumber(2) || !isMonth(tokens.peek().value)) {
                return tokens.take();
            }
            dayAdd(tokens.take().value);
            if (tokens.skip('-')) {
                if (!tokens.peek().isFixedLengthNumber(2) || !isDay(tokens.peek().value)) {
                    return tokens.take();
                }
                dayAdd(tokens.take().value);
            }
        }
        if (tokens.peek().tag != JsDateScanner.KW_TIME_SEPARATOR) {
            if (!tokens.peek().isEnd()) {
                return tokens.take();
            }
        } else {
            tokens.take();
            if (!tokens.peek().isFixedLengthNumber(2) || !between(tokens.peek().value, 0, 24)) {
                return JsDateScanner.INVALID_TOKEN;
            }
            boolean hourIs24 = tokens.peek().value == 24;
            timeAdd(tokens.take().value);
            if (!tokens.skip(':')) {
                return JsDateScanner.INVALID_TOKEN;
            }
            if (!tokens.peek().isFixedLengthNumber(2) || !isMinute(tokens.peek().value) || (hourIs24 && tokens.peek().value > 0)) {
                return JsDateScanner.INVALID_TOKEN;
            }
            timeAdd(tokens.take().value);
            if (tokens.skip(':')) {
                if (!tokens.peek().isFixedLengthNumber(2) || !isMinute(tokens.peek().value) || (hourIs24 && tokens.peek().value > 0)) {
                    return JsDateScanner.INVALID_TOKEN;
                }
                timeAdd(tokens.take().value);
                if (tokens.skip('.')) {
                    if (!tokens.peek().isNumber() || (hourIs24 && tokens.peek().value > 0)) {
                        return JsDateScanner.INVALID_TOKEN;
                    }
                    timeAdd(readMilliseconds(tokens.take()));
                }
            }
            if (tokens.peek().isKeywordZ()) {
                tokens.take();
                tzSet(0);
            } else if (tokens.peek().isSymbol('+') || tokens.peek().isSymbol('-')) {
                tzSign = tokens.take().value == '+' ? 1 : -1;
                if (tokens.peek().isFixedLengthNumber(4)) {
                    int hourMinute = tokens.take().value;
                    int hour = hourMinute / 100;
                    int minute = hourMinute % 100;
                    if (!isHour(hour) || !isMinute(minute)) {
                        return JsDateScanner.INVALID_TOKEN;
                    }
                    tzHour = hour;
                    tzMinute = minute;
                } else {
                    if (!tokens.peek().isFixedLengthNumber(2) || !isHour(tokens.peek().value)) {
                        return JsDateScanner.INVALID_TOKEN;
                    }
                    tzHour = tokens.take().value;
                    if (!tokens.skip(':')) {
                        return JsDateScanner.INVALID_TOKEN;
                    }
                    if (!tokens.peek().isFixedLengthNumber(2) || !isMinute(tokens.peek().value)) {
                        return JsDateScanner.INVALID_TOKEN;
                    }
                    tzMinute = tokens.take().value;
                }
            }
            if (!tokens.peek().isEnd()) {
                return JsDateScanner.INVALID_TOKEN;
            }
        }
        // Date-only ISO strings are UTC; date-time strings without an offset are local.
        if (tzHour == NONE && timeIndex == 0) {
            tzSet(0);
        }
        isoDate = true;
        return JsDateScanner.END_TOKEN;
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
