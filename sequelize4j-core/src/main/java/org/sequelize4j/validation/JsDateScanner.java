package org.sequelize4j.validation;

/**
 * The tokenizer of V8's {@code DateParser} (see {@link JsDateParser}): splits the text into
 * numbers (at most nine significant digits kept), the symbols {@code : - + . )}, words (matched
 * against the keywords V8 knows by their first three letters), white space, parenthesised comments
 * and anything else, with one token of look-ahead.
 */
final class JsDateScanner {

    static final int KW_INVALID = 0;
    static final int KW_MONTH_NAME = 1;
    static final int KW_TIME_ZONE_NAME = 2;
    static final int KW_TIME_SEPARATOR = 3;
    static final int KW_AM_PM = 4;

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

    /** A token of V8's date scanner. */
    static final class Token {
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

    static final Token END_TOKEN = new Token(Token.END, 0, -1);
    static final Token INVALID_TOKEN = new Token(Token.INVALID, 0, -1);
    static final Token UNKNOWN_TOKEN = new Token(Token.UNKNOWN, 1, -1);

    private final String text;
    private int index;
    /** Current character; 0 at the end (V8 also stops at an embedded NUL). */
    private int ch;
    private Token next;

    JsDateScanner(String text) {
        this.text = text;
        advance();
        next = scan();
    }

    /** The next token, without taking it. */
    Token peek() {
        return next;
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

    /** Takes the next token. */
    Token take() {
        Token result = next;
        next = scan();
        return result;
    }

    /** Takes the next token if it is the symbol {@code c}. */
    boolean skip(char c) {
        if (next.isSymbol(c)) {
            next = scan();
            return true;
        }
        return false;
    }
}
