"""THE opcode table: the single source of truth for the instruction set.

Each entry: name, operand kind, stack pops / pushes on fall-through (an int, or a
function of the operand for variadic ops), the stack effect when a branch is taken
(for conditional jumps), flags, and a one-line doc.  Everything else derives from
this table: numeric opcodes and `Opcode` constants, the compiler's emit helpers
(bytecode/assembler.py), static stack-depth computation and checking, the
disassembler, and the VM dispatch table (vm/handlers.py must define one handler per
entry; a test checks it).  A later JIT tier maps each entry to a Python template.

Operand kinds:
  ""       no operand              "int"    immediate integer
  "const"  constant pool index     "name"   constant pool index of a property / binding name
  "local"  frame slot index        "cell"   closure cell index (own cells, then free cells)
  "jump"   target instruction index (explicit, absolute)
  "argc"   argument count          "code"   constant pool index of a nested code object
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

Effect = Union[int, Callable[[object], int]]

# flags
F_JUMP = 1          # operand is a jump target
F_NO_FALLTHROUGH = 2  # control never reaches the next instruction (F_JUMP, RETURN, THROW)
F_CAN_THROW = 4     # may raise a JS exception (informational; the exception table covers ranges)
F_CALLS = 8         # may run JS code (calls, getters, ToPrimitive)
F_BACK_EDGE = 16    # (set per instruction by the assembler when a jump goes backwards)


@dataclass(frozen=True)
class OpInfo:
    code: int
    name: str
    operand: str
    pops: Effect
    pushes: Effect
    flags: int
    doc: str
    branch: tuple | None = None   # (pops, pushes) when the jump is taken; None = same as fallthrough

    def stack_effect(self, arg, taken=False) -> int:
        if taken and self.branch is not None:
            p, q = self.branch
        else:
            p, q = self.pops, self.pushes
        p = p(arg) if callable(p) else p
        q = q(arg) if callable(q) else q
        return q - p

    def pops_for(self, arg) -> int:
        return self.pops(arg) if callable(self.pops) else self.pops


_T = F_CAN_THROW
_C = F_CAN_THROW | F_CALLS

#  name                  operand   pops  pushes flags          doc
_TABLE = [
    ("NOP",               "",      0, 0, 0, "do nothing"),
    ("POP",               "",      1, 0, 0, "discard the top of stack"),
    ("DUP",               "",      1, 2, 0, "a -> a a"),
    ("DUP2",              "",      2, 4, 0, "a b -> a b a b"),
    ("SWAP",              "",      2, 2, 0, "a b -> b a"),
    ("ROT3",              "",      3, 3, 0, "a b c -> c a b (top moves under two)"),
    ("ROT4",              "",      4, 4, 0, "a b c d -> d a b c (top moves under three)"),
    ("PUSH_CONST",        "const", 0, 1, 0, "push a constant (number, string, BigInt)"),
    ("PUSH_UNDEFINED",    "",      0, 1, 0, "push undefined"),
    ("PUSH_NULL",         "",      0, 1, 0, "push null"),
    ("PUSH_TRUE",         "",      0, 1, 0, "push true"),
    ("PUSH_FALSE",        "",      0, 1, 0, "push false"),
    ("PUSH_HOLE",         "",      0, 1, 0, "push an array hole marker (consumed by NEW_ARRAY / ARRAY_APPEND)"),
    ("LOAD_LOCAL",        "local", 0, 1, 0, "push a frame slot"),
    ("STORE_LOCAL",       "local", 1, 0, 0, "pop into a frame slot"),
    ("LOAD_LOCAL_CHECKED", "local", 0, 1, _T, "push a lexical slot, ReferenceError while in its TDZ"),
    ("STORE_LOCAL_CHECKED", "local", 1, 0, _T, "pop into a lexical slot, ReferenceError while in its TDZ"),
    ("INIT_TDZ_LOCAL",    "local", 0, 0, 0, "put a lexical slot into its temporal dead zone"),
    ("LOAD_CELL",         "cell",  0, 1, 0, "push a captured binding"),
    ("STORE_CELL",        "cell",  1, 0, 0, "pop into a captured binding"),
    ("LOAD_CELL_CHECKED", "cell",  0, 1, _T, "push a captured lexical binding, ReferenceError in TDZ"),
    ("STORE_CELL_CHECKED", "cell", 1, 0, _T, "pop into a captured lexical binding, ReferenceError in TDZ"),
    ("NEW_CELL",          "cell",  0, 0, 0, "give a binding a fresh cell in its TDZ (scope entry)"),
    ("COPY_CELL",         "cell",  0, 0, 0, "give a binding a fresh cell holding its current value (per-iteration copy)"),
    ("LOAD_GLOBAL",       "name",  0, 1, _C, "push a global binding, ReferenceError if undeclared"),
    ("STORE_GLOBAL",      "name",  1, 0, _C, "pop into a global binding (sloppy: may create it)"),
    ("GLOBAL_RESOLVE",    "name",  0, 1, _C, "push whether the global environment has the binding (strict `x = v`: resolved before v)"),
    ("STORE_GLOBAL_RESOLVED", "name", 2, 0, _C, "resolved value -> (strict PutValue: ReferenceError if the reference was unresolvable)"),
    ("APPEND_LOCAL",      "local", 2, 1, _C, "a b -> a + b, also stored in the slot; a string slot grows in place (`s += x` stays linear)"),
    ("APPEND_CELL",       "cell",  2, 1, _C, "a b -> a + b, also stored in the captured binding (in place like APPEND_LOCAL)"),
    ("APPEND_GLOBAL",     "name",  2, 1, _C, "a b -> a + b, also stored in the global binding (in place like APPEND_LOCAL)"),
    ("TYPEOF_GLOBAL",     "name",  0, 1, _C, "push typeof of a global binding (no ReferenceError)"),
    ("DELETE_GLOBAL",     "name",  0, 1, _T, "delete a global object property, push the result"),
    ("DECLARE_GLOBALS",   "const", 0, 0, _T, "GlobalDeclarationInstantiation for a script's var/function/lexical names"),
    ("INIT_GLOBAL_LEX",   "name",  1, 0, 0, "pop into a script-level let/const/class binding, ending its TDZ"),
    ("THROW_CONST_ASSIGN", "name", 1, 0, _T, "pop; throw TypeError: Assignment to constant variable."),
    ("NEW_VAR_ENV",       "",      0, 1, 0, "push a new declarative record (the %vars of a function with sloppy direct eval)"),
    ("NEW_WITH_ENV",      "",      1, 1, _T, "obj -> object environment record of ToObject(obj) (with statement)"),
    ("ENV_HAS",           "name",  1, 2, _C, "env -> env HasBinding(name) (with: honours Symbol.unscopables)"),
    ("ENV_GET",           "name",  1, 1, _C, "env -> GetBindingValue(name)"),
    ("ENV_GET_CALL",      "name",  1, 2, _C, "env -> value thisValue (WithBaseObject) for a call"),
    ("ENV_SET",           "name",  2, 0, _C, "value env -> (SetMutableBinding(name, value))"),
    ("ENV_DELETE",        "name",  1, 1, _C, "env -> DeleteBinding(name)"),
    ("DECLARE_EVAL_VARS", "const", 1, 0, _T, "varEnv-or-undefined -> (EvalDeclarationInstantiation for sloppy eval code)"),
    ("CALL_EVAL",         "const", 3, 1, _C, "f this argsArray -> result: direct eval if f is %eval%, else a call"),
    ("LOAD_MAPPED_ARGUMENTS", "const", 0, 1, 0, "push a new mapped arguments object (operand: formal i -> ('local'|'cell', index) or None)"),
    ("LOAD_THIS",         "",      0, 1, _T, "push this"),
    ("LOAD_CALLEE",       "",      0, 1, 0, "push the running function (named function expression binding)"),
    ("LOAD_ARGUMENTS",    "",      0, 1, 0, "push a new (unmapped) arguments object"),
    ("LOAD_REST",         "int",   0, 1, 0, "push an array of the arguments from index operand on"),
    ("GET_PROP",          "name",  1, 1, _C, "obj -> obj.name (inline cached)"),
    ("SET_PROP",          "name",  2, 1, _C, "obj value -> value, after obj.name = value"),
    ("GET_ELEM",          "",      2, 1, _C, "obj key -> obj[key]"),
    ("SET_ELEM",          "",      3, 1, _C, "obj key value -> value, after obj[key] = value"),
    ("GET_METHOD",        "name",  1, 2, _C, "obj -> obj.name obj (callee and this for CALL)"),
    ("GET_ELEM_METHOD",   "",      2, 2, _C, "obj key -> obj[key] obj"),
    ("GET_PRIVATE",       "",      2, 1, _C, "obj #name -> obj.#name (TypeError if obj lacks it)"),
    ("GET_PRIVATE_METHOD", "",     2, 2, _C, "obj #name -> obj.#name obj"),
    ("SET_PRIVATE",       "",      3, 1, _C, "obj #name value -> value, after obj.#name = value"),
    ("HAS_PRIVATE",       "",      2, 1, _T, "#name obj -> #name in obj"),
    ("NEW_PRIVATE_NAME",  "name",  0, 1, 0, "push a fresh private name (one per class evaluation)"),
    ("DELETE_PROP",       "name",  1, 1, _C, "obj -> delete obj.name"),
    ("DELETE_ELEM",       "",      2, 1, _C, "obj key -> delete obj[key]"),
    ("ADD",               "",      2, 1, _C, "a b -> a + b"),
    ("SUB",               "",      2, 1, _C, "a b -> a - b"),
    ("MUL",               "",      2, 1, _C, "a b -> a * b"),
    ("DIV",               "",      2, 1, _C, "a b -> a / b"),
    ("MOD",               "",      2, 1, _C, "a b -> a % b"),
    ("EXP",               "",      2, 1, _C, "a b -> a ** b"),
    ("BIT_AND",           "",      2, 1, _C, "a b -> a & b"),
    ("BIT_OR",            "",      2, 1, _C, "a b -> a | b"),
    ("BIT_XOR",           "",      2, 1, _C, "a b -> a ^ b"),
    ("SHL",               "",      2, 1, _C, "a b -> a << b"),
    ("SHR",               "",      2, 1, _C, "a b -> a >> b"),
    ("USHR",              "",      2, 1, _C, "a b -> a >>> b"),
    ("EQ",                "",      2, 1, _C, "a b -> a == b"),
    ("NE",                "",      2, 1, _C, "a b -> a != b"),
    ("STRICT_EQ",         "",      2, 1, 0, "a b -> a === b"),
    ("STRICT_NE",         "",      2, 1, 0, "a b -> a !== b"),
    ("LT",                "",      2, 1, _C, "a b -> a < b"),
    ("LE",                "",      2, 1, _C, "a b -> a <= b"),
    ("GT",                "",      2, 1, _C, "a b -> a > b"),
    ("GE",                "",      2, 1, _C, "a b -> a >= b"),
    ("INSTANCEOF",        "",      2, 1, _C, "a b -> a instanceof b"),
    ("IN",                "",      2, 1, _C, "a b -> a in b"),
    ("NEG",               "",      1, 1, _C, "a -> -a"),
    ("PLUS",              "",      1, 1, _C, "a -> +a (ToNumber)"),
    ("NOT",               "",      1, 1, 0, "a -> !a"),
    ("BIT_NOT",           "",      1, 1, _C, "a -> ~a"),
    ("TYPEOF",            "",      1, 1, 0, "a -> typeof a"),
    ("INC",               "",      1, 1, _C, "a -> ToNumeric(a) + 1"),
    ("DEC",               "",      1, 1, _C, "a -> ToNumeric(a) - 1"),
    ("TO_NUMERIC",        "",      1, 1, _C, "a -> ToNumeric(a) (old value of postfix ++/--)"),
    ("TO_STRING",         "",      1, 1, _C, "a -> ToString(a) (template substitutions)"),
    ("JUMP",              "jump",  0, 0, F_JUMP | F_NO_FALLTHROUGH, "jump to target"),
    ("JUMP_IF_FALSE",     "jump",  1, 0, F_JUMP, "pop; jump if falsy"),
    ("JUMP_IF_TRUE",      "jump",  1, 0, F_JUMP, "pop; jump if truthy"),
    ("JUMP_IF_FALSE_KEEP", "jump", 1, 0, F_JUMP, "if top is falsy jump keeping it, else pop it (&&)", (1, 1)),
    ("JUMP_IF_TRUE_KEEP", "jump",  1, 0, F_JUMP, "if top is truthy jump keeping it, else pop it (||)", (1, 1)),
    ("JUMP_IF_NOT_NULLISH_KEEP", "jump", 1, 0, F_JUMP, "if top is not null/undefined jump keeping it, else pop it (??)", (1, 1)),
    ("JUMP_IF_NULLISH",   "jump",  1, 1, F_JUMP, "if top is null/undefined replace it by undefined and jump (?.)"),
    ("JUMP_IF_NULLISH_CALL", "jump", 2, 2, F_JUMP, "f this -> f this, or if f is null/undefined push undefined and jump (?.())", (2, 1)),
    ("CALL",              "argc",  lambda n: n + 2, 1, _C, "f this a1..an -> f.call(this, a1..an)"),
    ("CALL_SPREAD",       "",      3, 1, _C, "f this argsArray -> f.call(this, ...argsArray)"),
    ("NEW",               "argc",  lambda n: n + 1, 1, _C, "C a1..an -> new C(a1..an)"),
    ("NEW_SPREAD",        "",      2, 1, _C, "C argsArray -> new C(...argsArray)"),
    ("RETURN",            "",      1, 0, F_NO_FALLTHROUGH, "return top of stack from the frame"),
    ("YIELD",             "",      1, 1, _C, "suspend the generator frame yielding top of stack; resumes with the sent value"),
    ("YIELD_STAR_STEP",   "jump",  2, 2, F_JUMP | _C, "yield*: iter received -> iter innerResult, or iter value and jump when the inner iterator is done"),
    ("YIELD_RAW",         "",      1, 1, _C, "yield*: suspend yielding an inner result object as is; resumes with (mode, value)"),
    ("GENERATOR_START",   "",      0, 0, _C, "park a new generator's frame once its parameters are bound (the call returns the generator object)"),
    ("THROW",             "",      1, 0, F_NO_FALLTHROUGH | _T, "throw top of stack"),
    ("AWAIT",             "int",   1, 1, _C, "suspend the async frame awaiting top of stack; resumes with the settled value (operand 1: a rejection resumes with undefined)"),
    ("ASYNC_ITER_START",  "",      1, 1, _C, "iterable -> async iterator record (GetIterator async, CreateAsyncFromSyncIterator)"),
    ("ASYNC_ITER_NEXT",   "",      1, 2, _C, "rec -> rec promise, after calling the async iterator's next()"),
    ("ASYNC_ITER_RESULT", "jump",  2, 2, F_JUMP | _C, "rec result -> rec value, or pop both and jump when result.done", (2, 0)),
    ("ASYNC_ITER_CLOSE",  "jump",  1, 1, F_JUMP | _C, "rec -> return() result to await, or pop and jump if there is no return method (AsyncIteratorClose)", (1, 0)),
    ("ASYNC_ITER_CLOSE_QUIET", "jump", 1, 1, F_JUMP | _C, "ASYNC_ITER_CLOSE ignoring errors (closing on a throw completion)", (1, 0)),
    ("ASYNC_ITER_CLOSE_CHECK", "",  1, 0, _T, "pop the awaited return() result; TypeError unless it is an object"),
    ("ASYNC_YIELD_STAR_CALL", "",  2, 3, _C, "async yield*: rec received -> rec kind value-to-await (calls next / throw / return)"),
    ("ASYNC_YIELD_STAR_CHECK", "jump", 3, 2, F_JUMP | _C, "async yield*: rec kind awaited -> rec value to yield, or rec final value and jump when done"),
    ("ASYNC_GENERATOR_START", "", 0, 1, _C, "park a new async generator's frame once its parameters are bound; resumes with the first request's value"),
    ("JUMP_IF_RETURN_COMPLETION", "jump", 2, 1, F_JUMP, "x completion -> x; jump if the completion is a generator return() (not a throw)"),
    ("NEW_OBJECT",        "",      0, 1, 0, "push a new plain object"),
    ("NEW_ARRAY",         "int",   lambda n: n, 1, 0, "e1..en -> [e1..en] (holes allowed)"),
    ("ARRAY_APPEND",      "",      2, 1, 0, "arr v -> arr, after appending v (or a hole)"),
    ("ARRAY_SPREAD",      "",      2, 1, _C, "arr iterable -> arr, after appending every element"),
    ("DEFINE_FIELD",      "name",  2, 1, _T, "obj v -> obj, after defining own data property name"),
    ("DEFINE_ELEM",       "",      3, 1, _C, "obj key v -> obj, after defining own data property [key]"),
    ("DEFINE_GETTER",     "int",   3, 1, _C, "obj key fn -> obj, after defining a getter (operand 1: enumerable)"),
    ("DEFINE_SETTER",     "int",   3, 1, _C, "obj key fn -> obj, after defining a setter (operand 1: enumerable)"),
    ("DEFINE_METHOD",     "name",  2, 1, _T, "obj fn -> obj, after defining a non-enumerable method (home object obj)"),
    ("DEFINE_METHOD_ELEM", "",     3, 1, _C, "obj key fn -> obj, DEFINE_METHOD with a computed key"),
    ("TO_PROPERTY_KEY",   "",      1, 1, _C, "a -> ToPropertyKey(a) (computed class keys)"),
    ("TO_MEMBER_KEY",     "",      2, 2, _C, "obj key -> obj ToPropertyKey(key) unless obj is null/undefined (`o[k] op= v`, `o[k]++`: key converted once)"),
    ("SET_FUNCTION_NAME", "int",   2, 2, 0, "key fn -> key fn, SetFunctionName(fn, key) for an anonymous function (operand: 0, 1 get, 2 set)"),
    ("MAKE_CLASS",        "code",  1, 2, _C, "superclass-or-hole -> constructor prototype (ClassDefinitionEvaluation)"),
    ("ADD_FIELD",         "",      3, 1, 0, "ctor key initfn-or-undefined -> ctor, after recording an instance field"),
    ("ADD_PRIVATE_METHOD", "",     3, 1, 0, "ctor #name fn -> ctor, after recording a private instance method"),
    ("INIT_FIELDS",       "",      0, 0, _C, "define the running class constructor's instance fields on this"),
    ("SUPER_CALL",        "argc",  lambda n: n, 1, _C, "a1..an -> super(a1..an) result (to BIND_THIS)"),
    ("SUPER_CALL_SPREAD", "",      1, 1, _C, "argsArray -> super(...argsArray) result"),
    ("BIND_THIS",         "",      1, 0, _T, "pop the object super() returned into this (once)"),
    ("SUPER_GET",         "name",  0, 1, _C, "push super.name (home object's prototype, receiver this)"),
    ("SUPER_GET_ELEM",    "",      1, 1, _C, "key -> super[key]"),
    ("SUPER_SET",         "name",  1, 1, _C, "value -> value, after super.name = value (receiver this)"),
    ("SUPER_SET_ELEM",    "",      2, 1, _C, "key value -> value, after super[key] = value"),
    ("SET_PROTO_LITERAL", "",      2, 1, 0, "obj v -> obj, setting obj's prototype to v if v is an object or null ({__proto__: v})"),
    ("SUPER_METHOD",      "name",  0, 2, _C, "push super.name and this (callee and this for CALL)"),
    ("SUPER_BASE",        "",      0, 1, _T, "push GetSuperBase(): the home object's [[Prototype]] (base of a super[k] reference)"),
    ("SUPER_REF_GET",     "",      2, 1, _C, "key base -> GetValue of the super reference (base null: TypeError; then ToPropertyKey; receiver this)"),
    ("SUPER_REF_SET",     "",      3, 1, _C, "key base value -> value, after PutValue of the super reference (receiver this)"),
    ("THROW_SUPER_DELETE", "",     0, 1, _T, "throw ReferenceError: Unsupported reference to 'super' (`delete super.x`)"),
    ("THROW_INVALID_LHS", "const", 1, 1, _T, "pop; throw ReferenceError: const message (Annex B sloppy `f() = x`, `f()++`, `for (f() in o)`)"),
    ("LOAD_NEW_TARGET",   "",      0, 1, 0, "push new.target"),
    ("OBJECT_SPREAD",     "",      2, 1, _C, "obj src -> obj, after copying src's own enumerable properties"),
    ("MAKE_CLOSURE",      "code",  0, 1, 0, "push a new function over a nested code object and this frame's cells"),
    ("SET_HOME",          "",      2, 2, 0, "obj fn -> obj fn, after recording obj as fn's home object (methods)"),
    ("SET_HOME_ELEM",     "",      3, 3, 0, "obj key fn -> obj key fn, SET_HOME for a computed-key method"),
    ("FOR_IN_START",      "",      1, 1, _C, "obj -> for-in key iterator"),
    ("FOR_IN_NEXT",       "jump",  1, 2, F_JUMP | _C, "iter -> iter key, or pop iter and jump when done", (1, 0)),
    ("FOR_OF_START",      "",      1, 1, _C, "iterable -> iterator"),
    ("FOR_OF_NEXT",       "jump",  1, 2, F_JUMP | _C, "iter -> iter value, or pop iter and jump when done", (1, 0)),
    ("ITER_CLOSE",        "int",   1, 0, _C, "IteratorClose: pop an iterator record, call its return() (operand 1: ignore errors)"),
    ("ITER_NEXT_VALUE",   "",      1, 2, _C, "iter -> iter value (undefined when done; array destructuring)"),
    ("ITER_REST",         "",      1, 2, _C, "iter -> iter [remaining values] (rest element)"),
    ("DESTRUCTURE_CHECK", "const", 1, 1, _T, "v -> v; TypeError if v is undefined/null (const: (first key or None, source text or None))"),
    ("OBJECT_REST",       "int",   lambda n: n + 1, 1, _C, "src k1..kn -> new object with src's own enumerable properties but k1..kn (CopyDataProperties)"),
    ("TEMPLATE_OBJECT",   "const", 0, 1, 0, "push this site's template strings array (cached per instruction)"),
    ("NEW_REGEXP",        "const", 0, 1, _T, "push a new RegExp for a (pattern, flags) constant"),
    ("IMPORT_META",       "",      0, 1, 0, "push the running module's import.meta object (created once per module)"),
    ("IMPORT_CALL",       "",      2, 1, _C, "specifier options -> promise: import(specifier, options) (EvaluateImportCall)"),
    ("DEBUGGER",          "",      0, 0, 0, "debugger statement (no-op without a debugger)"),
]

# Superinstructions: one instruction for a frequent sequence of the instructions above.
# The compiler never emits them; the assembler's last pass (bytecode/superinstructions.py)
# rewrites each sequence that no jump target or exception-region boundary cuts.  Their
# operand kind, stack effects and flags derive from the components; the operand is the
# tuple of the components' operands -- or the single one when only one component has an
# operand, or when `same` requires all of them to be equal (INC_LOCAL: `i++` as a
# statement loads and stores the same slot).  The order is the pass's preference when two
# candidate sequences overlap (earlier wins).  Chosen by measured pair frequencies over
# benchmarks/programs/ (docs/performance.md).
#  name               components                                same   doc
_FUSED = [
    ("INC_LOCAL",       ("LOAD_LOCAL", "INC", "STORE_LOCAL"),     True,  "local = ToNumeric(local) + 1 (the value is not wanted)"),
    ("GET_LOCAL_PROP",  ("LOAD_LOCAL", "GET_PROP"),               False, "push local.name (inline cached)"),
    ("GET_THIS_PROP",   ("LOAD_THIS", "GET_PROP"),                False, "push this.name (inline cached)"),
    ("JUMP_IF_NOT_LT",  ("LT", "JUMP_IF_FALSE"),                  False, "a b -> (); jump unless a < b"),
    ("SET_PROP_POP",    ("SET_PROP", "POP"),                      False, "obj value -> (), after obj.name = value"),
    ("LOAD_LOCAL2",     ("LOAD_LOCAL", "LOAD_LOCAL"),             False, "push two frame slots"),
    ("LOAD_LOCAL_CONST", ("LOAD_LOCAL", "PUSH_CONST"),            False, "push a frame slot, then a constant"),
    ("STORE_LOAD_LOCAL", ("STORE_LOCAL", "LOAD_LOCAL"),           False, "pop into a frame slot, then push a frame slot"),
    ("LOAD_GLOBAL_CALLEE", ("LOAD_GLOBAL", "PUSH_UNDEFINED"),     False, "push a global binding and undefined (callee and this of `f(...)`)"),
]


def _compose(parts, same):
    """(operand kind, pops, pushes, flags, branch) of a component sequence."""
    kinds = [p.operand for p in parts if p.operand]
    operand = kinds[0] if same or len(kinds) == 1 else "+".join(kinds)

    def effect(taken):
        need = cur = 0
        for k, p in enumerate(parts):
            pops, pushes = p.branch if taken and k == len(parts) - 1 and p.branch else (p.pops, p.pushes)
            if cur < pops:
                need += pops - cur
                cur = 0
            else:
                cur -= pops
            cur += pushes
        return need, cur

    flags = 0
    for k, p in enumerate(parts):
        if p.flags & F_JUMP and k != len(parts) - 1:
            raise ValueError("a superinstruction may only jump in its last component")
        flags |= p.flags & ~F_NO_FALLTHROUGH
    flags |= parts[-1].flags & F_NO_FALLTHROUGH
    pops, pushes = effect(False)
    branch = effect(True) if flags & F_JUMP else None
    return operand, pops, pushes, flags, (branch if branch != (pops, pushes) else None)


OPS: list[OpInfo] = []
BY_NAME: dict[str, OpInfo] = {}
for _i, _row in enumerate(_TABLE):
    _name, _operand, _pops, _pushes, _flags, _doc = _row[:6]
    _info = OpInfo(_i, _name, _operand, _pops, _pushes, _flags, _doc, _row[6] if len(_row) > 6 else None)
    OPS.append(_info)
    BY_NAME[_name] = _info
    globals()[_name] = _i          # numeric constants: opcodes.LOAD_LOCAL == 13 ...

# fused opcode -> (component opcodes, same-operand rule), in preference order
FUSED: dict[int, tuple[tuple[int, ...], bool]] = {}
for _name, _parts, _same, _doc in _FUSED:
    _comp = tuple(BY_NAME[p] for p in _parts)
    _i = len(OPS)
    _operand, _pops, _pushes, _flags, _branch = _compose(_comp, _same)
    _info = OpInfo(_i, _name, _operand, _pops, _pushes, _flags, _doc, _branch)
    OPS.append(_info)
    BY_NAME[_name] = _info
    globals()[_name] = _i
    FUSED[_i] = (tuple(p.code for p in _comp), _same)

NUM_OPS = len(OPS)
JUMP_OPS = frozenset(o.code for o in OPS if o.flags & F_JUMP)
TERMINATORS = frozenset(o.code for o in OPS if o.flags & F_NO_FALLTHROUGH)

__all__ = (["OPS", "BY_NAME", "OpInfo", "NUM_OPS", "JUMP_OPS", "TERMINATORS", "FUSED"]
           + [o.name for o in OPS])
