"""Generate tests/data/regexp_corpus.json: RegExp patterns x flags with oracle verdicts.

Also writes tests/data/regexp_test262_pass.json (every regex literal of the
test262-parser-tests 0.0.5 pass/ files) and tests/data/regexp_real_world.json (every regex
literal in npm as shipped with node v20, lodash 4.18.1 and acorn 8.19.0), both extracted
with acorn's tokenizer, so all of them are valid.

How it was produced (run once; rerun after editing the case lists below):

    python tests/support/gen_regexp_corpus.py [ACORN_DIR]

ACORN_DIR defaults to /tmp/npmcache/acorn-8.19.0/package (acorn 8.19.0 from npm).  For
every case, tests/support/regexp_oracle.js (run with node v20) records acorn's verdict on
the literal /pattern/flags (ecmaVersion "latest": all of ES2025, so acorn decides
validity) and the messages node's V8 gives for the literal and for
new RegExp(pattern, flags) (used for message wording).  Nothing in the data file comes
from jskernel itself.

Each row of the output is [pattern, flags, literal, acorn, v8, ctor]: acorn / v8 / ctor
are the error messages (null when valid), literal is false when the pattern cannot be
written as a literal (the test then uses ctor's verdict); patterns are JS strings (UTF-16
code units; the JSON escapes lone surrogates).  A message "Invalid regular expression: /p/f: X" is stored as
": X" (acorn's "/p/: X" likewise).  The cases are the hand-written PATTERNS (each with
flags '', 'u' and 'v'), EXTRA, and random_cases() (fixed seed).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
OUT = os.path.join(DATA, "regexp_corpus.json")
TEST262_PASS = "/tmp/npmcache/test262-parser-tests-0.0.5/package/pass"
# Real-world regex literals: npm as shipped with node v20, lodash 4.18.1, acorn 8.19.0.
REAL_WORLD = ["/usr/lib/node_modules", "/tmp/npmcache/lodash-4.18.1", "/tmp/npmcache/acorn-8.19.0"]

# Patterns tried with each of the flag strings '', 'u' and 'v'.
PATTERNS = r"""
a
abc
a|b|
|
a||b
^abc$
a.b
.*
a*b+c?
a*?b+?c??
a{1}
a{1,}
a{1,2}
a{1}?
a{1,}?
a{2,1}
a{2,1}?
a{1,1}
a{0}
a{00,01}
a{99999999999999999999}
a{,5}
a{
a{1
a{1,
a{1,2
a{a}
{
}
{1}
{1,}
{1,2}
x{1}{2}
a**
a*+
a???
a{1}*
*
+
?
*a
a|*
(*)
]
a]
[]]
)
a)
(a))
(
(a
((a)
(?:a
(?:a)
(?:)
()
(a)(b)(c)
(?=a)
(?!a)
(?<=a)
(?<!a)
(?=a)*
(?!a)+
(?=a){1}
(?=a)?
(?<=a)*
(?<!a)+
(?<=a){1,2}
(?<=a){
(?=a){
^*
$+
\b*
\B{1}
^{
\b
\B
a\bb\Bc
(?
(?)
(?x)
(?a:b)
(?<
(?<a
(?<a>
(?<a>b)
(?<a>b)(?<b>c)
(?<a>b)(?<a>c)
(?<a>b)|(?<a>c)
(?:(?<a>b)|(?<a>c))\k<a>
((?<a>b)|(?<a>c))(?<a>d)
(?<a>b)|((?<a>c)|(?<a>d))
(?:(?<a>x)|y)(?<a>z)
(?<a>(?<a>x)|y)
(?<a>x)|(?<b>y)|(?<a>z)
(?<$>a)
(?<_>a)
(?<a1>a)
(?<1a>a)
(?<>a)
(?<a-b>c)
(?<a b>c)
(?<π>a)
(?<\u0061>b)
(?<\u{61}>b)
(?<a\u0062>c)
(?<\u0031>c)
(?<a\u0031>c)
(?<\u{10FFFF}>a)
(?<\uD835\uDC9C>a)
(?<\u{1D49C}>a)
(?<𝒜>a)
(?<a𝒜>a)
(?<\ud835>a)
(?<a\u200c>b)
(?<a\u200d>b)
(?<\u200c>b)
(?<a\x41>b)
(?<a>b)\k<a>
\k<a>(?<a>b)
(?<a>b)\k<b>
(?<a>b)\k
(?<a>b)\k<a
(?<a>b)\k<>
\k
\k<a>
\ka
[\k]
(?<a>b)[\k]
(?<a>b)[\k<a>]
(?<a>.)\1
\1
\1(a)
(a)\1
(a)\2
(a)\10
\01
\00
\0
\08
\07
\377
\400
\8
\9
[\8]
[\1]
[\00]
[\0]
[\01]
\c
\ca
\cZ
\c1
\c_
\c*
[\c]
[\ca]
[\c1]
[\c_]
[\c*]
\x
\x1
\x41
\xGG
\u
\u1
\u123
\u0041
\u{41}
\u{0041}
\u{10FFFF}
\u{110000}
\u{}
\u{g}
\u{000000000041}
\uD83D\uDE00
[\uD83D\uDE00]
[\uD83D\uDE00-\uD83D\uDE01]
[\uDE00-\uD83D]
[😀-😁]
[😁-😀]
😀*
😀{2}
\ud83d
[\ud83d]
\ud83d\u{de00}
\f\n\r\t\v
\a
\e
\-
\/
\ 
\.
\*
\$
\^
\|
\(
\)
\[
\]
\{
\}
\\
\_
\π
\d\D\s\S\w\W
[\d\D\s\S\w\W]
[a-z]
[z-a]
[a-a]
[-a]
[a-]
[a-z-9]
[\d-a]
[a-\d]
[\d-\w]
[\w-]
[-\w]
[\s-\S]
[a-z--b]
[\b]
[\B]
[\-]
[\&]
[\!]
[\#]
[\%]
[\,]
[\:]
[\;]
[\<]
[\=]
[\>]
[\@]
[\`]
[\~]
[\q{a}]
[\q{abc|d}]
[\q{}]
[\q{a|}]
[\q{a]
[^\q{a}]
[^\q{ab}]
[^\q{a|b}]
[^\q{}]
[^\q{a|bc}]
[\q{a\|b}]
[\q{\}}]
[\q{(}]
[\q{\(}]
[\q{a&&b}]
[\q{\d}]
\q{a}
[a&&b]
[a&&&b]
[a&&b&&c]
[a&&b--c]
[a--b--c]
[a--b&&c]
[a-z&&b]
[a&&b-z]
[[a-z]&&[b]]
[[a-z]--[b]]
[&&a]
[a&&]
[a--]
[--a]
[a-]
[-]
[ab--c]
[a--bc]
[[a]--b]
[[a][b]]
[[a]b[c]]
[[[a]]]
[[^a]]
[^[a]]
[[a]
[a[]
[(]
[)]
[{]
[}]
[/]
[|]
[\(]
[\)]
[\{]
[\}]
[\/]
[\|]
[!!]
[##]
[$$]
[%%]
[**]
[++]
[,,]
[..]
[::]
[;;]
[<<]
[==]
[>>]
[??]
[@@]
[^^^]
[``]
[~~]
[a!!b]
[!]
[&]
[a&b]
[^]
[^a]
[^-]
[\p{L}]
[^\p{L}]
[\P{L}]
[\p{RGI_Emoji}]
[^\p{RGI_Emoji}]
[\P{RGI_Emoji}]
[^[\p{RGI_Emoji}]]
[^[^\p{RGI_Emoji}]]
[\p{RGI_Emoji}--\q{a}]
[^\p{RGI_Emoji}--\q{a}]
[^\p{RGI_Emoji}&&\q{a}]
[^\p{RGI_Emoji}&&\p{L}]
[^\q{ab}&&\p{RGI_Emoji}]
[^\p{L}--\p{RGI_Emoji}]
[^\q{a}--\q{ab}]
\p{RGI_Emoji}
\P{RGI_Emoji}
\p{Basic_Emoji}
\p{Emoji_Keycap_Sequence}
\p{RGI_Emoji_Modifier_Sequence}
\p{RGI_Emoji_Flag_Sequence}
\p{RGI_Emoji_Tag_Sequence}
\p{RGI_Emoji_ZWJ_Sequence}
\p{Emoji}
\p{rgi_emoji}
\p{L}
\p{Lu}
\P{Lu}
\p{Letter}
\p{Uppercase_Letter}
\p{LC}
\p{Cased_Letter}
\p{Combining_Mark}
\p{punct}
\p{Punct}
\p{digit}
\p{gc=Lu}
\p{General_Category=Lu}
\p{General_Category=Letter}
\p{gc=Script}
\p{Script=Latin}
\p{Script=Latn}
\p{sc=Greek}
\p{sc=Grek}
\p{Script_Extensions=Greek}
\p{scx=Grek}
\p{scx=Hrkt}
\p{sc=Katakana_Or_Hiragana}
\p{sc=Zyyy}
\p{sc=Qaac}
\p{sc=Kawi}
\p{sc=Garay}
\p{sc=Tolong_Siki}
\p{sc=Latin_}
\p{Script=latin}
\p{script=Latin}
\p{Script}
\p{sc}
\p{Latin}
\p{Latn}
\p{ASCII}
\p{ASCII_Hex_Digit}
\p{AHex}
\p{Any}
\p{Assigned}
\p{Alpha}
\p{White_Space}
\p{space}
\p{ID_Start}
\p{IDS}
\p{XIDC}
\p{Emoji_Presentation}
\p{ExtPict}
\p{Extended_Pictographic}
\p{Hyphen}
\p{Full_Composition_Exclusion}
\p{Prepended_Concatenation_Mark}
\p{IDS_Unary_Operator}
\p{Alphabetic=Yes}
\p{ASCII=Y}
\p{Block=Basic_Latin}
\p{blk=Basic_Latin}
\p{Lu
\p{Lu}}
\p{}
\p
\p{=Lu}
\p{gc=}
\p{L u}
\p{ L}
\P{gc=Lu}
\pL
\P
a\p{L}+
[\p{L}-z]
[a-\p{L}]
[\p{Lu}\p{Ll}]
[\p{Lu}&&\p{Ll}]
[\p{Lu}--\p{ASCII}]
(?i:a)
(?m:a)
(?s:a)
(?ims:a)
(?-i:a)
(?i-m:a)
(?im-s:a)
(?i-ms:a)
(?-ims:a)
(?ii:a)
(?i-i:a)
(?im-mi:a)
(?-ii:a)
(?-:a)
(?i-:a)
(?i--m:a)
(?i-m-s:a)
(?i)a
(?i-m)a
(?u:a)
(?g:a)
(?I:a)
(?i:a)*
(?i:a|b)|c
(?-i:(?i:a))
(?i
(?i:
(?i-
a(?i:b)c
\1(?i:(a))
(?i:(?<n>a))\k<n>
^(?:a|b)+$
a|(b|(c|d))
(?:a|(?:b|c)*)+?
(((((((((((a)))))))))))\11
((((((((((a))))))))))\10
(a)\01
[\s\S]
[.]
[^.]
[*]
[+]
[?]
[$]
[\^]
[\$]
[\.]
[\*]
[\\]
[\]]
[\[]
[[]
[[]]
[a[b]c]
[a\]b]
[\x41-\x5A]
[\u0041-\u005A]
[\u{41}-\u{5A}]
[\u{5A}-\u{41}]
[\c@]
\cA-
[\x]
[\u]
[\u{41}]
[\u{110000}]
[\p{Lu]
[\p{Foo}]
[\P{Foo}]
a{1}b{2,}c{3,4}
(?:ab){2}
(ab)+?
a{1}?{
x*y+z?
\\d
\\\\
/
a/b
[/]
\//
ab|cd|ef|gh
a(?=b)c
a(?!b)c
(?<=a)b
(?<!a)b
(?<=(?<a>x))\k<a>
((?<=a))+
(?=(?<a>x))\k<a>
(?<a>x)\k<a>(?<b>y)\k<b>
\k<a>
(?:\k<a>)(?<a>x)
[\k<a>](?<a>x)
^{
${
\b{
[\7]
[\9]
(a)\8
[a-[b]]
[a-\q{b}]
[\q{a}-b]
[[a]-b]
[a-b-c]
[\q{a--b}]
[\q{a|}b]
[\q{!!}]
[\q{-}]
[\d--]
[a&&\d-z]
[a&&b-z]
[a--b-z]
[a&&b&c]
[a&&b|c]
[a&&[b]c]
(?<=a)?
(?<=a){1
\k<1>
(?<a>.)\k<1>
(?<a\u0020>.)
(?<a\x20>.)
(?<\u{110000}>.)
(?<\u12>.)
(?<a\u{62}\u0063>.)\k<a\u{62}c>
(?<abc>.)\k<\u0061bc>
\k<a>(?<b>.)
[\k<a>]
(?<a>.)(?<b>.)(?<a>.)
(?:(?<a>.)|(?<b>.))(?:(?<a>.)|(?<b>.))
(?:(?<a>x)|(?<a>y))\k<a>
(?<a>x)|(?<a>y)|(?<a>z)
(?:(?<a>x)|(?<b>y))|(?<a>z)
((?<a>x)|(?<b>y))(?<b>z)
(?=(?<a>x))|(?<a>y)
a{2147483648}
a{2147483647,2147483648}
a{1,99999999999999999999}
a{99999999999999999999,1}
\c0
\c[
[\c[]
[\c-]
\u{D83D}\u{DE00}
[\u{D83D}\u{DE00}]
\uD83D\u{DE00}
[\uD83D\uDE00-\uD83D]
[a-\uD83D\uDE00]
[\uDBFF\uDFFF-\u{10FFFF}]
\p{L}\P{L}\p{Lu}
[\p{Script_Extensions=Latin}\p{scx=Cyrl}]
\p{General_Category=punct}
\p{gc=cntrl}
\p{Any=Yes}
\p{Script_Extensions}
[[a-z]--[aeiou]]
[\p{L}--[a-z]]
[\p{ASCII}&&\p{L}&&[^a-f]]
[[\p{RGI_Emoji}--\q{x}]&&\p{RGI_Emoji}]
[^[\p{RGI_Emoji}&&\p{Emoji}]]
[^[\p{RGI_Emoji}--\p{Emoji}]]
[^\q{a|b|c}]
[\q{a|b|c}--\q{}]
[^\q{}--\q{a}]
[^[\q{}--\q{}]]
[\q{\u{1F600}}]
[\q{😀}]
[^\q{😀}]
[^\q{\uD83D\uDE00}]
[\q{\q}]
[\q{\b}]
[\q{\d}]
[\q{\-}]
[\q{a\&b}]
[\q{[}]
[\q{]}]
[\q{a
[^\q{a]
[a-z][^\d]
[\]\\\-\^]
[\-\]]
[\&\&]
[a\&&b]
[a&\&b]
[a&&\&]
[a-\&]
[a-\-]
[\--\-]
[!-~]
[~-!]
"""

# Extra (pattern, flags) cases: flag strings, and flags beyond u/v.
EXTRA = [
    ("a", "g"), ("a", "gimsuyd"), ("a", "dgimsvy"), ("a", "gg"), ("a", "uv"), ("a", "vu"),
    ("a", "x"), ("a", "G"), ("a", "ii"), ("a", "yy"), ("a", "dd"), ("a", "ss"),
    ("a", "mm"), ("a", "gimsuyv"), ("a", "u"), ("a", "v"), ("a", "i"), ("a", "m"),
    ("a", "s"), ("a", "y"), ("a", "d"), ("(?i:a)", "i"), ("[\\p{L}]", "iu"),
    ("\\p{RGI_Emoji}", "vi"), ("[^\\q{ab}]", "vi"), ("a", "ug"), ("a", "uu"),
    ("[", ""), ("[", "u"), ("[", "v"), ("\\", ""), ("\\", "u"), ("[\\", ""),
    ("a\\", ""), ("(?<a>\\", ""), ("[a-", ""), ("[a", "v"), ("[[a]", "v"),
    ("[\\q{a", "v"), ("[\\q{", "v"), ("(?", ""), ("a\n", ""), ("\u2028", ""),
]

FLAG_SETS = ("", "u", "v")

# Random patterns (fixed seeds, so the corpus is reproducible): a token soup, class
# contents, and nested groups with names, backreferences and quantifiers.
SOUP = ["a", "b", "\\", "(", ")", "[", "]", "{", "}", "|", "^", "$", ".", "*", "+", "?", "-",
        "&&", "--", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<a>", "(?<b>", "\\k<a>", "\\k",
        "\\1", "\\2", "\\0", "\\8", "1", ",", "{1}", "{1,2}", "{2,1}", "{1,}", "{,", "\\d",
        "\\w", "\\b", "\\B", "\\c", "c", "\\cA", "\\c1", "\\u", "\\u{41}", "\\u{1F600}",
        "\\x4", "\\x41", "\\p{L}", "\\P{L}", "\\p{sc=Latn}", "\\p{RGI_Emoji}", "\\q{",
        "\\q{ab}", "k", "<", ">", "=", "!", "!!", "i", "(?i:", "(?-i:", "(?i-s:", "(?<\u03c0>",
        "\U0001F600", "\ud83d", "\\ud83d", "\\uD83D\\uDE00", "\\ude00", "_", "\\-", "\\/",
        "&", "~", "#", "\\01", "\\377", "\\a", "\\$", "\\[", "\\]", "\\{", "\\}",
        "[a-z]", "[^", "[["]
CLASS_SOUP = ["a", "b", "z", "-", "--", "&&", "&", "[", "]", "[^", "^", "\\d", "\\w", "\\q{a}",
              "\\q{ab|c}", "\\q{}", "\\p{L}", "\\P{L}", "\\p{RGI_Emoji}", "\\p{Basic_Emoji}",
              "\\-", "\\&", "\\b", "\\c", "\\cA", "\\0", "\\1", "\\u0041", "\\u{1F600}",
              "\U0001F600", "\\x41", "(", ")", "{", "}", "|", ".", "!", "!!", "\\\\", "\\]",
              "\\[", "\\k", "\\B", "\\e", " "]
ATOMS = ["a", "b", ".", "\\1", "\\2", "\\3", "\\10", "\\k<a>", "\\k<b>", "\\k<c>", "\\k",
         "^", "$", "\\b", "\\08", "\\18", "\\4", "{", "}", "]", "\\c", "x{1,2}", "\\u{41}",
         "\\x4g"]
OPENERS = ["(", "(?:", "(?<a>", "(?<b>", "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-m:", "(?<c>"]
QUANTIFIERS = ["*", "+", "?", "{2}", "{1,}", "{2,1}", "*?", "", "", ""]


def _js(text):
    """Python text -> JS string (astral characters as surrogate pairs)."""
    return "".join(chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
                   if ord(c) > 0xFFFF else c for c in text)


def random_cases(count=800):
    rng = random.Random(2025)
    out = []
    for _ in range(count):
        pattern = "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 7)))
        out.append((_js(pattern), rng.choice(FLAG_SETS)))
    for _ in range(count):
        pattern = "[" + "".join(rng.choice(CLASS_SOUP) for _ in range(rng.randint(1, 6))) + "]"
        out.append((_js(pattern), rng.choice(("", "u", "v", "v"))))

    def nested(depth):
        parts = []
        for _ in range(rng.randint(0, 3)):
            r = rng.random()
            if r < 0.25 and depth < 3:
                body = "|".join(nested(depth + 1) for _ in range(rng.randint(1, 3)))
                parts.append(rng.choice(OPENERS) + body + ")")
            elif r < 0.5:
                parts.append(rng.choice(ATOMS))
            else:
                parts.append(rng.choice(QUANTIFIERS))
        return "".join(parts)

    for _ in range(count):
        pattern = "|".join(nested(0) for _ in range(rng.randint(1, 3)))
        out.append((pattern, rng.choice(("", "", "u", "v"))))
    seen = set()
    return [c for c in out if not (c in seen or seen.add(c))]


def cases():
    out = []
    for line in PATTERNS.split("\n"):
        if not line:
            continue
        pattern = _js(line)
        for flags in FLAG_SETS:
            out.append((pattern, flags))
    out.extend(EXTRA)
    out.extend(random_cases())
    seen = set()
    return [c for c in out if not (c in seen or seen.add(c))]


def _write(path, items):
    """A JSON array, one item per line (ASCII: lone surrogates stay escaped)."""
    with open(path, "w") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(item, ensure_ascii=True) for item in items) + "\n]\n")


def main():
    acorn_dir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/npmcache/acorn-8.19.0/package"
    todo = cases()
    proc = subprocess.run(
        ["node", os.path.join(HERE, "regexp_oracle.js"), acorn_dir],
        input=json.dumps(todo), capture_output=True, text=True, check=True)
    results = json.loads(proc.stdout)
    data = []
    for (p, f), r in zip(todo, results):
        # the messages repeat the pattern: store "Invalid regular expression: /p/f: X"
        # (acorn: "/p/: X") as ": X"; the test puts the prefix back
        for key, prefix in (("v8", f"Invalid regular expression: /{p}/{f}: "),
                            ("ctor", f"Invalid regular expression: /{p}/{f}: "),
                            ("acorn", f"Invalid regular expression: /{p}/: ")):
            if r[key] and r[key].startswith(prefix):
                r[key] = ": " + r[key][len(prefix):]
        data.append([p, f, r["literal"], r["acorn"], r["v8"], r["ctor"]])
    _write(OUT, data)
    print(f"wrote {len(data)} cases to {os.path.normpath(OUT)}")
    for name, dirs in (("regexp_test262_pass.json", [TEST262_PASS]),
                       ("regexp_real_world.json", REAL_WORLD)):
        proc = subprocess.run(
            ["node", os.path.join(HERE, "regexp_oracle.js"), acorn_dir, "--extract", *dirs],
            capture_output=True, text=True, check=True)
        found = json.loads(proc.stdout)
        _write(os.path.join(DATA, name), found)
        print(f"wrote {len(found)} regex literals (all accepted by acorn) to {name}")


if __name__ == "__main__":
    main()
