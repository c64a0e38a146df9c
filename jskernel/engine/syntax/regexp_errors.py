"""Error type and message texts of the RegExp pattern parser (V8 wording, in one place).

`RegExpError.message` is the complete text V8 gives, e.g.
"Invalid regular expression: /(/: Unterminated group"; the lexer turns it into a
SyntaxError at the literal, the RegExp builtin into a thrown SyntaxError.  The texts
below are the part after the pattern; V8 has no wording for the ES2025 modifier errors
(it lacks modifiers), those follow V8's later regexp-error.h names.
"""

from __future__ import annotations


class RegExpError(Exception):
    """A RegExp early error: .message is the complete V8-style text, .index the offset."""

    def __init__(self, message: str, index: int | None = None):
        super().__init__(message)
        self.message = message
        self.index = index


FLAGS_MESSAGE = "Invalid regular expression flags"
UNTERMINATED_GROUP = "Unterminated group"
UNMATCHED_PAREN = "Unmatched ')'"
ESCAPE_AT_END = "\\ at end of pattern"
INVALID_PROPERTY_NAME = "Invalid property name"
INVALID_CLASS_PROPERTY_NAME = "Invalid property name in character class"
INVALID_ESCAPE = "Invalid escape"
INVALID_DECIMAL_ESCAPE = "Invalid decimal escape"
INVALID_UNICODE_ESCAPE = "Invalid Unicode escape"
INVALID_CLASS_ESCAPE = "Invalid class escape"
NOTHING_TO_REPEAT = "Nothing to repeat"
LONE_QUANTIFIER_BRACKETS = "Lone quantifier brackets"
RANGE_OUT_OF_ORDER = "numbers out of order in {} quantifier"
INCOMPLETE_QUANTIFIER = "Incomplete quantifier"
INVALID_QUANTIFIER = "Invalid quantifier"
INVALID_GROUP = "Invalid group"
MULTIPLE_FLAG_DASHES = "Multiple dashes in flag group"
REPEATED_FLAG = "Repeated flag in flag group"
INVALID_FLAG_GROUP = "Invalid flag group"
INVALID_CAPTURE_GROUP_NAME = "Invalid capture group name"
DUPLICATE_CAPTURE_GROUP_NAME = "Duplicate capture group name"
INVALID_NAMED_REFERENCE = "Invalid named reference"
INVALID_NAMED_CAPTURE_REFERENCED = "Invalid named capture referenced"
INVALID_CHARACTER_CLASS = "Invalid character class"
UNTERMINATED_CHARACTER_CLASS = "Unterminated character class"
CLASS_RANGE_OUT_OF_ORDER = "Range out of order in character class"
INVALID_CLASS_SET_OPERATION = "Invalid set operation in character class"
INVALID_CHARACTER_IN_CLASS = "Invalid character in character class"
NEGATED_CLASS_WITH_STRINGS = "Negated character class may contain strings"
TOO_MANY_CAPTURES = "Too many captures"                  # V8 allows 32767 groups
STACK_OVERFLOW = "Maximum call stack size exceeded"     # absurdly deep nested v-mode classes
