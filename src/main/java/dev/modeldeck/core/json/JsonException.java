package dev.modeldeck.core.json;

import dev.modeldeck.core.i18n.I18n;

/**
 * Malformed JSON; the message names the problem and the position and never echoes the input.
 * The words are looked up when read, not when thrown: the JVM reads the message catalog with this
 * very parser, so a throw must not need the catalog.
 */
public final class JsonException extends Exception {
    /** What the parser found wrong; {@link #reason()} words it. */
    enum Problem {
        NO_TEXT, TRAILING_TEXT, UNEXPECTED_END, UNEXPECTED_CHARACTER, TOO_DEEP, EXPECTED_MEMBER_NAME,
        EXPECTED_COMMA_OR_BRACE, EXPECTED_COMMA_OR_BRACKET, EXPECTED_CHARACTER, UNEXPECTED_WORD,
        UNTERMINATED_STRING, CONTROL_CHARACTER, UNTERMINATED_ESCAPE, INVALID_ESCAPE, TRUNCATED_UNICODE_ESCAPE,
        INVALID_UNICODE_ESCAPE, INVALID_NUMBER, LEADING_ZERO,
        /** Words given by the thrower (callers outside the parser). */
        GIVEN
    }

    private final Problem problem;
    private final String detail;
    private final int position;

    /** @param message the caller's own words, without the position */
    public JsonException(String message, int position) {
        this(Problem.GIVEN, message, position);
    }

    JsonException(Problem problem, String detail, int position) {
        super((String) null);
        this.problem = problem;
        this.detail = detail;
        this.position = position;
    }

    JsonException(Problem problem, int position) {
        this(problem, null, position);
    }

    public int position() { return position; }

    /** The problem in words, without the position (for messages that give line and column instead). */
    public String reason() {
        return switch (problem) {
            case NO_TEXT -> I18n.t("json_no_text");
            case TRAILING_TEXT -> I18n.t("json_trailing_text");
            case UNEXPECTED_END -> I18n.t("json_unexpected_end");
            case UNEXPECTED_CHARACTER -> I18n.t("json_unexpected_character", detail);
            case TOO_DEEP -> I18n.t("json_too_deep", detail);
            case EXPECTED_MEMBER_NAME -> I18n.t("json_expected_member_name");
            case EXPECTED_COMMA_OR_BRACE -> I18n.t("json_expected_comma_or_brace");
            case EXPECTED_COMMA_OR_BRACKET -> I18n.t("json_expected_comma_or_bracket");
            case EXPECTED_CHARACTER -> I18n.t("json_expected_character", detail);
            case UNEXPECTED_WORD -> I18n.t("json_unexpected_word");
            case UNTERMINATED_STRING -> I18n.t("json_unterminated_string");
            case CONTROL_CHARACTER -> I18n.t("json_control_character");
            case UNTERMINATED_ESCAPE -> I18n.t("json_unterminated_escape");
            case INVALID_ESCAPE -> I18n.t("json_invalid_escape", detail);
            case TRUNCATED_UNICODE_ESCAPE -> I18n.t("json_truncated_unicode_escape");
            case INVALID_UNICODE_ESCAPE -> I18n.t("json_invalid_unicode_escape");
            case INVALID_NUMBER -> I18n.t("json_invalid_number");
            case LEADING_ZERO -> I18n.t("json_leading_zero");
            case GIVEN -> detail;
        };
    }

    /** "Unexpected end of JSON at character 12". */
    @Override
    public String getMessage() {
        try {
            return I18n.t("json_at_character", reason(), I18n.format().integer(position));
        } catch (RuntimeException catalogUnreadable) {
            // Only while the catalog itself cannot be read (it is parsed by this parser): no words to look up.
            return problem.name() + (detail == null ? "" : " " + detail) + " @" + position;
        }
    }
}
