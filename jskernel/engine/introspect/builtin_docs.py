"""One-line documentation of common builtins, for inspection (Shift-Tab, `x?`).

Owns `SIGNATURES`: "Path.to.builtin" -> "signature: summary", written for this project
from the ECMAScript specification's descriptions (optional parameters end in `?`), and
`builtin_paths(realm)`: the reverse map from a realm's builtin function objects to
their dotted paths, built by walking the global object, its constructors and their
prototypes (data properties only; getters are listed as `get Path`).
"""

from __future__ import annotations

_DOCS = """
Array(...items): creates an array (one numeric argument: an empty array of that length)
Array.from(items, mapfn?, thisArg?): a new array from an iterable or array-like object
Array.of(...items): a new array of the arguments
Array.isArray(value): whether value is an array (also behind a Proxy)
Array.fromAsync(items, mapfn?, thisArg?): a promise of a new array from an async iterable
Array.prototype.at(index): the element at index (negative counts from the end)
Array.prototype.concat(...items): a new array of this array followed by the items (arrays spread)
Array.prototype.copyWithin(target, start, end?): copies a slice within the array, in place
Array.prototype.entries(): an iterator of [index, value] pairs
Array.prototype.every(callbackfn, thisArg?): whether the callback is truthy for every element
Array.prototype.fill(value, start?, end?): fills a range with value, in place
Array.prototype.filter(callbackfn, thisArg?): a new array of the elements the callback accepts
Array.prototype.find(predicate, thisArg?): the first element the predicate accepts, or undefined
Array.prototype.findIndex(predicate, thisArg?): the index of the first accepted element, or -1
Array.prototype.findLast(predicate, thisArg?): the last element the predicate accepts, or undefined
Array.prototype.findLastIndex(predicate, thisArg?): the index of the last accepted element, or -1
Array.prototype.flat(depth?): a new array with sub-arrays flattened to depth (default 1)
Array.prototype.flatMap(callbackfn, thisArg?): map, then flatten one level
Array.prototype.forEach(callbackfn, thisArg?): calls the callback for each element; returns undefined
Array.prototype.includes(searchElement, fromIndex?): whether the array contains the value (SameValueZero)
Array.prototype.indexOf(searchElement, fromIndex?): the first index of the value (===), or -1
Array.prototype.join(separator?): the elements as strings joined by separator (default ",")
Array.prototype.keys(): an iterator of the indices
Array.prototype.lastIndexOf(searchElement, fromIndex?): the last index of the value (===), or -1
Array.prototype.map(callbackfn, thisArg?): a new array of the callback's results
Array.prototype.pop(): removes and returns the last element
Array.prototype.push(...items): appends the items; returns the new length
Array.prototype.reduce(callbackfn, initialValue?): folds the elements left to right into one value
Array.prototype.reduceRight(callbackfn, initialValue?): folds the elements right to left into one value
Array.prototype.reverse(): reverses the array in place
Array.prototype.shift(): removes and returns the first element
Array.prototype.slice(start?, end?): a new array of a section of this one
Array.prototype.some(callbackfn, thisArg?): whether the callback is truthy for some element
Array.prototype.sort(comparefn?): sorts in place (default: by string value)
Array.prototype.splice(start, deleteCount?, ...items): removes and/or inserts elements in place; returns the removed ones
Array.prototype.toReversed(): a reversed copy
Array.prototype.toSorted(comparefn?): a sorted copy
Array.prototype.toSpliced(start, skipCount?, ...items): a copy with elements removed and/or inserted
Array.prototype.toString(): the elements joined by ","
Array.prototype.unshift(...items): prepends the items; returns the new length
Array.prototype.values(): an iterator of the elements
Array.prototype.with(index, value): a copy with the element at index replaced
Object(value?): converts value to an object
Object.assign(target, ...sources): copies own enumerable properties of the sources onto target; returns target
Object.create(proto, properties?): a new object with the given prototype (and property descriptors)
Object.defineProperties(obj, properties): defines several properties from descriptors; returns obj
Object.defineProperty(obj, key, descriptor): defines or changes one property; returns obj
Object.entries(obj): an array of the own enumerable [key, value] pairs
Object.freeze(obj): makes obj non-extensible and its properties read-only; returns obj
Object.fromEntries(iterable): a new object from [key, value] pairs
Object.getOwnPropertyDescriptor(obj, key): the descriptor of an own property, or undefined
Object.getOwnPropertyDescriptors(obj): the descriptors of all own properties
Object.getOwnPropertyNames(obj): the own string keys, non-enumerable ones included
Object.getOwnPropertySymbols(obj): the own symbol keys
Object.getPrototypeOf(obj): the prototype of obj
Object.groupBy(items, callbackfn): an object of arrays, grouped by the callback's key
Object.hasOwn(obj, key): whether obj has an own property key
Object.is(value1, value2): SameValue (like === but NaN equals NaN and +0 differs from -0)
Object.isExtensible(obj): whether properties can be added to obj
Object.isFrozen(obj): whether obj is frozen
Object.isSealed(obj): whether obj is sealed
Object.keys(obj): an array of the own enumerable string keys
Object.preventExtensions(obj): forbids adding properties; returns obj
Object.seal(obj): forbids adding and deleting properties; returns obj
Object.setPrototypeOf(obj, proto): sets the prototype of obj; returns obj
Object.values(obj): an array of the own enumerable property values
Object.prototype.hasOwnProperty(key): whether this object has an own property key
Object.prototype.isPrototypeOf(obj): whether this object is on obj's prototype chain
Object.prototype.propertyIsEnumerable(key): whether the own property key is enumerable
Object.prototype.toLocaleString(): this.toString()
Object.prototype.toString(): "[object Tag]"
Object.prototype.valueOf(): this object
Function(...params, body): a new function from source text
Function.prototype.apply(thisArg, argArray?): calls the function with this and an array of arguments
Function.prototype.bind(thisArg, ...args): a new function with this and leading arguments fixed
Function.prototype.call(thisArg, ...args): calls the function with this and the arguments
Function.prototype.toString(): the function's source text
String(value?): converts value to a string
String.fromCharCode(...codeUnits): a string of UTF-16 code units
String.fromCodePoint(...codePoints): a string of code points
String.raw(template, ...substitutions): the raw text of a template literal
String.prototype.at(index): the code unit at index (negative counts from the end) as a string
String.prototype.charAt(pos): the code unit at pos as a string ("" when out of range)
String.prototype.charCodeAt(pos): the UTF-16 code unit at pos (NaN when out of range)
String.prototype.codePointAt(pos): the code point starting at pos
String.prototype.concat(...args): this string followed by the arguments
String.prototype.endsWith(searchString, endPosition?): whether the string ends with searchString
String.prototype.includes(searchString, position?): whether searchString occurs in the string
String.prototype.indexOf(searchString, position?): the first index of searchString, or -1
String.prototype.isWellFormed(): whether the string has no lone surrogates
String.prototype.lastIndexOf(searchString, position?): the last index of searchString, or -1
String.prototype.localeCompare(that): negative, zero or positive as this sorts before, with or after that
String.prototype.match(regexp): the match array of regexp (all matches with the g flag), or null
String.prototype.matchAll(regexp): an iterator of all match arrays (regexp needs the g flag)
String.prototype.normalize(form?): the Unicode normalization form ("NFC", "NFD", "NFKC", "NFKD")
String.prototype.padEnd(maxLength, fillString?): the string padded at the end to maxLength
String.prototype.padStart(maxLength, fillString?): the string padded at the start to maxLength
String.prototype.repeat(count): the string repeated count times
String.prototype.replace(searchValue, replaceValue): the string with the first match replaced
String.prototype.replaceAll(searchValue, replaceValue): the string with every match replaced
String.prototype.search(regexp): the index of the first match, or -1
String.prototype.slice(start?, end?): a section of the string (negative indices count from the end)
String.prototype.split(separator?, limit?): an array of the pieces between separators
String.prototype.startsWith(searchString, position?): whether the string starts with searchString
String.prototype.substring(start, end?): the section between two indices
String.prototype.toLowerCase(): the string in lower case
String.prototype.toString(): this string value
String.prototype.toUpperCase(): the string in upper case
String.prototype.toWellFormed(): the string with lone surrogates replaced by U+FFFD
String.prototype.trim(): the string without leading and trailing white space
String.prototype.trimEnd(): the string without trailing white space
String.prototype.trimStart(): the string without leading white space
String.prototype.valueOf(): this string value
Number(value?): converts value to a number
Number.isFinite(number): whether number is a finite number (no conversion)
Number.isInteger(number): whether number is an integral number
Number.isNaN(number): whether number is NaN (no conversion)
Number.isSafeInteger(number): whether number is an integer within +-(2**53 - 1)
Number.parseFloat(string): the number at the start of string
Number.parseInt(string, radix?): the integer at the start of string, in base radix
Number.prototype.toExponential(fractionDigits?): the number in exponential notation
Number.prototype.toFixed(fractionDigits?): the number with a fixed number of decimals
Number.prototype.toPrecision(precision?): the number with precision significant digits
Number.prototype.toString(radix?): the number in base radix (default 10)
Boolean(value?): converts value to a boolean
BigInt(value): converts value to a BigInt
BigInt.asIntN(bits, bigint): bigint wrapped to a signed bits-bit integer
BigInt.asUintN(bits, bigint): bigint wrapped to an unsigned bits-bit integer
Symbol(description?): a new unique symbol
Symbol.for(key): the registered symbol for key (created if needed)
Symbol.keyFor(sym): the key of a registered symbol, or undefined
Math.abs(x): the absolute value of x
Math.ceil(x): the smallest integer >= x
Math.floor(x): the largest integer <= x
Math.max(...values): the largest argument (-Infinity with none)
Math.min(...values): the smallest argument (Infinity with none)
Math.pow(base, exponent): base ** exponent
Math.random(): a pseudo-random number in [0, 1)
Math.round(x): x rounded to the nearest integer (halves up)
Math.sign(x): -1, 0 or 1 by the sign of x
Math.sqrt(x): the square root of x
Math.trunc(x): the integer part of x
Math.hypot(...values): the square root of the sum of squares
Math.log(x): the natural logarithm of x
JSON.parse(text, reviver?): the value described by JSON text
JSON.stringify(value, replacer?, space?): the JSON text of value
Promise(executor): a new promise, settled by the executor's resolve / reject
Promise.all(iterable): a promise of all the results (rejects on the first rejection)
Promise.allSettled(iterable): a promise of every outcome as {status, value | reason}
Promise.any(iterable): a promise of the first fulfillment (AggregateError if all reject)
Promise.race(iterable): a promise settled like the first one to settle
Promise.reject(reason): a promise rejected with reason
Promise.resolve(value): a promise resolved with value
Promise.withResolvers(): {promise, resolve, reject}
Promise.prototype.then(onFulfilled?, onRejected?): a promise of the handler's result
Promise.prototype.catch(onRejected): then(undefined, onRejected)
Promise.prototype.finally(onFinally): runs onFinally on settlement; keeps the outcome
Map(iterable?): a new Map from [key, value] pairs
Map.groupBy(items, callbackfn): a Map of arrays, grouped by the callback's key
Map.prototype.clear(): removes every entry
Map.prototype.delete(key): removes the entry for key; whether there was one
Map.prototype.forEach(callbackfn, thisArg?): calls the callback with (value, key, map) per entry
Map.prototype.get(key): the value for key, or undefined
Map.prototype.has(key): whether there is an entry for key
Map.prototype.set(key, value): adds or replaces the entry for key; returns the map
Set(iterable?): a new Set of the iterable's values
Set.prototype.add(value): adds value; returns the set
Set.prototype.clear(): removes every value
Set.prototype.delete(value): removes value; whether it was there
Set.prototype.has(value): whether the set contains value
Set.prototype.forEach(callbackfn, thisArg?): calls the callback with (value, value, set) per value
RegExp(pattern, flags?): a new regular expression
RegExp.prototype.exec(string): the next match array, or null
RegExp.prototype.test(string): whether the pattern matches string
Date(...args): a new Date (no arguments: now); called as a function: the current time as a string
Date.now(): the current time in milliseconds since the epoch
Date.parse(string): the time value of a date string, or NaN
Date.UTC(year, monthIndex?, day?, hours?, minutes?, seconds?, ms?): the time value of a UTC date
Date.prototype.getTime(): milliseconds since the epoch
Date.prototype.toISOString(): the date as YYYY-MM-DDTHH:mm:ss.sssZ
Error(message?, options?): a new Error (options.cause sets the cause)
parseInt(string, radix?): the integer at the start of string, in base radix
parseFloat(string): the number at the start of string
isNaN(number): whether ToNumber(number) is NaN
isFinite(number): whether ToNumber(number) is finite
encodeURIComponent(uriComponent): the string with URI-reserved characters percent-encoded
decodeURIComponent(encodedURIComponent): the string with percent escapes decoded
structuredClone(value, options?): a deep copy of value
queueMicrotask(callback): runs callback in the microtask queue
setTimeout(callback, delay?, ...args): runs callback after delay ms; returns a timer id
setInterval(callback, delay?, ...args): runs callback every delay ms; returns a timer id
clearTimeout(id): cancels a timeout
clearInterval(id): cancels an interval
console.log(...data): prints the values to stdout (util.inspect formatting, printf-style %s %d %o)
console.error(...data): prints the values to stderr
console.warn(...data): prints the values to stderr
console.info(...data): prints the values to stdout
console.table(tabularData, properties?): prints a table of the data
console.time(label?): starts a timer
console.timeEnd(label?): prints the time elapsed since console.time(label)
Reflect.apply(target, thisArgument, argumentsList): calls target
Reflect.construct(target, argumentsList, newTarget?): new target(...argumentsList)
Reflect.get(target, key, receiver?): target[key]
Reflect.has(target, key): key in target
Reflect.ownKeys(target): all own keys (strings and symbols)
Reflect.set(target, key, value, receiver?): target[key] = value; whether it succeeded
Proxy(target, handler): a proxy whose operations go through the handler's traps
"""

SIGNATURES: dict[str, str] = {}
for _line in _DOCS.strip().splitlines():
    _sig, _, _summary = _line.partition("): ")
    _sig += ")"
    _path = _sig.partition("(")[0]
    SIGNATURES[_path] = f"{_sig}: {_summary}"


def builtin_paths(realm) -> dict:
    """{id(function): (first path, function, [every path])} for the realm's builtins
    (cached on the realm)."""
    cached = getattr(realm, "_introspect_builtin_paths", None)
    if cached is not None:
        return cached
    from jskernel.engine.runtime.functions import JSFunctionBase
    from jskernel.engine.runtime.objects import ACCESSOR, JSObject
    paths: dict = {}

    def add(fn, path):
        entry = paths.get(id(fn))
        if entry is None:
            paths[id(fn)] = (path, fn, [path])
        elif entry[1] is fn:
            entry[2].append(path)

    def visit(obj, prefix, depth):
        try:
            keys = obj.own_keys()
        except Exception:   # noqa: BLE001
            return
        for k in keys:
            if type(k) is not str:
                continue
            r = obj.lookup_own(k)
            if r is None:
                continue
            value, attrs = r
            path = f"{prefix}.{k}" if prefix else k
            if attrs & ACCESSOR:
                for fn, word in ((value.get, "get"), (value.set, "set")):
                    if isinstance(fn, JSFunctionBase):
                        add(fn, f"{word} {path}")
                continue
            if isinstance(value, JSFunctionBase):
                add(value, path)
                if depth == 0:
                    visit(value, path, 1)
                    p = value.lookup_own("prototype")
                    if p is not None and isinstance(p[0], JSObject) and not p[1] & ACCESSOR:
                        visit(p[0], path + ".prototype", 2)
            elif depth == 0 and isinstance(value, JSObject) and (k[:1].isupper() or k == "console"):
                visit(value, path, 1)

    visit(realm.global_object, "", 0)
    try:
        realm._introspect_builtin_paths = paths
    except AttributeError:
        pass
    return paths
