"""Number.prototype.toLocaleString / BigInt.prototype.toLocaleString without Intl: the
subset of ECMA-402 number formatting that everyday code uses, worded and rounded as node
(ICU) prints it.

Owns `format_number(x, locales, options)`: en-US by default, the decimal and grouping
separators of a few other locale families (de, fr, ...), and the options
minimumIntegerDigits, minimumFractionDigits, maximumFractionDigits,
minimumSignificantDigits, maximumSignificantDigits, useGrouping and style
("decimal" / "percent" / "currency" with currency and currencyDisplay "symbol").
Rounding is ICU's default "halfExpand" applied to the shortest decimal form of the
double (so 1.005 rounds to 1.01, as in node).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

_CTX = Context(prec=1200, rounding=ROUND_HALF_UP)

# (group separator, decimal separator) per language
_SEPARATORS = {"en": (",", "."), "de": (".", ","), "es": (".", ","), "it": (".", ","), "nl": (".", ","),
               "pt": (".", ","), "id": (".", ","), "da": (".", ","), "tr": (".", ","),
               "fr": ("\u202f", ","), "ru": ("\xa0", ","), "pl": ("\xa0", ","), "cs": ("\xa0", ","),
               "sv": ("\xa0", ","), "fi": ("\xa0", ","), "nb": ("\xa0", ","), "uk": ("\xa0", ","),
               "ja": (",", "."), "zh": (",", "."), "ko": (",", "."), "hi": (",", "."), "he": (",", ".")}
_CURRENCY = {"USD": ("$", 2), "EUR": ("€", 2), "GBP": ("£", 2), "JPY": ("¥", 0), "CNY": ("CN¥", 2),
             "INR": ("₹", 2), "CAD": ("CA$", 2), "AUD": ("A$", 2), "KRW": ("₩", 0), "CHF": ("CHF\xa0", 2)}


def _language(locales) -> str:
    if locales is UNDEFINED:
        return "en"
    if type(locales) is str:
        tag = locales
    elif isinstance(locales, JSObject):
        first = locales.get("0")
        if first is UNDEFINED:
            return "en"
        tag = ops.ToString(first)
    else:
        tag = ops.ToString(locales)
    lang = tag.replace("_", "-").split("-")[0].lower()
    if not tag or not lang.isalpha() or not 2 <= len(lang) <= 8 or tag.endswith("-"):
        throw_range_error(f"Invalid language tag: {tag}")
    return lang


def _digits_option(options, name, lo, hi, default):
    v = options.get(name) if options is not None else UNDEFINED
    if v is UNDEFINED:
        return default
    n = ops.ToNumber(v)
    if n != n or not lo <= n <= hi:
        throw_range_error(f"{name} value is out of range.")
    return int(n)


def _group(whole: str, sep: str, grouping: bool) -> str:
    if not grouping or len(whole) <= 3:
        return whole
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
    return sep.join(parts)


def format_number(x, locales=UNDEFINED, options=UNDEFINED) -> str:
    """`x` is a float or a BigInt (int)."""
    lang = _language(locales)
    group_sep, dec_sep = _SEPARATORS.get(lang, (",", "."))
    opts = None
    if options is None:
        throw_type_error("Cannot convert undefined or null to object")
    if isinstance(options, JSObject):
        opts = options
    style = "decimal"
    currency = None
    if opts is not None:
        s = opts.get("style")
        if s is not UNDEFINED:
            style = ops.ToString(s)
            if style not in ("decimal", "percent", "currency", "unit"):
                throw_range_error(f"Value {style} out of range for Number.prototype.toLocaleString options property style")
        c = opts.get("currency")
        if c is not UNDEFINED:
            currency = ops.ToString(c).upper()
        if style == "currency" and currency is None:
            throw_type_error("Currency code is required with currency style.")
    cur_digits = _CURRENCY.get(currency, (None, 2))[1] if style == "currency" else 0
    min_int = _digits_option(opts, "minimumIntegerDigits", 1, 21, 1)
    min_fd_default = cur_digits if style == "currency" else 0
    max_fd_default = cur_digits if style == "currency" else (0 if style == "percent" else 3)
    min_fd = _digits_option(opts, "minimumFractionDigits", 0, 100, None)
    max_fd = _digits_option(opts, "maximumFractionDigits", 0, 100, None)
    if min_fd is None:
        min_fd = min(min_fd_default, max_fd) if max_fd is not None else min_fd_default
    if max_fd is None:
        max_fd = max(max_fd_default, min_fd)
    elif min_fd > max_fd:
        throw_range_error("maximumFractionDigits value is out of range.")
    min_sd = _digits_option(opts, "minimumSignificantDigits", 1, 21, None)
    max_sd = _digits_option(opts, "maximumSignificantDigits", 1, 21, None)
    grouping = True
    if opts is not None:
        g = opts.get("useGrouping")
        if g is not UNDEFINED:
            grouping = ops.ToBoolean(g) or type(g) is str
    # the value
    if type(x) is float:
        neg = math.copysign(1.0, x) < 0 and x == x
        if x != x:
            body = "NaN"
            d = None
        elif x in (math.inf, -math.inf):
            body = "∞"
            d = None
        else:
            d = Decimal(repr(abs(x)))
    else:
        neg = x < 0
        d = Decimal(abs(x))
    if d is not None:
        if style == "percent":
            d = _CTX.multiply(d, Decimal(100))
        if min_sd is not None or max_sd is not None:
            lo = min_sd or 1
            hi = max_sd or 21
            if d != 0:
                exp = d.adjusted() - hi + 1
                d = _CTX.quantize(d, Decimal(1).scaleb(exp))
            text = f"{d:f}"
            whole, _, frac = text.partition(".")
            frac = frac.rstrip("0")
            sig = len((whole + frac).lstrip("0"))
            if sig < lo:
                need = lo - sig if d != 0 else lo - 1
                frac = frac + "0" * need
        else:
            d = _CTX.quantize(d, Decimal(1).scaleb(-max_fd))
            whole, _, frac = f"{d:f}".partition(".")
            frac = frac.rstrip("0")
            if len(frac) < min_fd:
                frac = frac + "0" * (min_fd - len(frac))
        whole = whole.lstrip("0").rjust(min_int, "0") if whole.lstrip("0") else "0".rjust(min_int, "0")
        body = _group(whole, group_sep, grouping) + (dec_sep + frac if frac else "")
    if style == "percent":
        body += "%"
    elif style == "currency":
        symbol = _CURRENCY.get(currency, (currency + "\xa0", 2))[0]
        body = symbol + body
    return ("-" if neg else "") + body
