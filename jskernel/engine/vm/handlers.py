"""One handler per opcode: the complete semantics of every instruction.

Owns `HANDLERS` (a list indexed by opcode, built from the opcode table; a test fails
if an entry is missing) and the property-access helpers the handlers share.

Calling convention: ``handler(vm, frame, arg)``.  On entry ``frame.pc`` already points
at the next instruction; a jump sets ``frame.pc``.  A handler returns None to continue
in the same frame, or a truthy value when it switched frames (call / return), in
which case the loop reloads ``vm.frame``; ``EXIT`` means the run's entry frame
returned (the value is in ``vm.result``).  JS exceptions are raised as
`ThrowCompletion` and unwound by the interpreter loop.  The interpreter inlines a
few hot opcodes (see interpreter.py) with identical semantics.
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.runtime import diagnostics
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase
from jskernel.engine.runtime.objects import (
    ACCESSOR, WRITABLE, JSArray, JSObject, ThrowCompletion,
    throw_reference_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, TDZ, UNDEFINED, Cell, JSSymbol
from jskernel.engine.vm import iteration
from jskernel.engine.runtime.typed_arrays import JSTypedArray
from jskernel.engine.vm.frames import Frame
from jskernel.engine.vm.inline_caches import MEGAMORPHIC, MEGAMORPHIC_CACHE, InlineCache

EXIT = object()
HANDLERS = [None] * O.NUM_OPS


def handler(name):
    def deco(fn):
        HANDLERS[O.BY_NAME[name].code] = fn
        fn.__name__ = "op_" + name
        return fn
    return deco


# --- property access helpers -------------------------------------------------------------
def describe_key(key) -> str:
    if type(key) is JSSymbol:
        return repr(key)
    return key


def primitive_proto(vm, v):
    t = type(v)
    I = vm.realm.intrinsics
    if t is str:
        return I["%String.prototype%"]
    if t is float:
        return I["%Number.prototype%"]
    if t is bool:
        return I["%Boolean.prototype%"]
    if t is int:
        return I["%BigInt.prototype%"]
    if t is JSSymbol:
        return I["%Symbol.prototype%"]
    return None


def get_value(vm, obj, key):
    """obj[key] for any value and a property key (GetValue on a property reference)."""
    if isinstance(obj, JSObject):
        return obj.get(key, obj)
    if type(obj) is str:
        if key == "length":
            return float(len(obj))
        if type(key) is str and key.isdigit():
            i = int(key)
            if i < len(obj) and str(i) == key:
                return obj[i]
    elif obj is UNDEFINED or obj is None:
        if key is SYMBOL_ITERATOR:      # V8 words this read as a failed GetIterator
            throw_type_error(M.NOT_ITERABLE_VALUE.format("undefined" if obj is UNDEFINED else "object null"))
        throw_type_error(M.READ_PROP_OF.format("undefined" if obj is UNDEFINED else "null", describe_key(key)))
    proto = primitive_proto(vm, obj)
    if proto is None:
        return UNDEFINED
    return proto.get(key, obj)


def set_value(vm, obj, key, value, strict):
    if isinstance(obj, JSObject):
        ok = obj.set(key, value, obj)
        if not ok and strict:
            throw_type_error(diagnostics.set_failure(obj, key))
        return
    if obj is UNDEFINED or obj is None:
        throw_type_error(M.SET_PROP_OF.format("undefined" if obj is UNDEFINED else "null", describe_key(key)))
    # [[Set]] on ToObject(V) with V itself as the receiver: a setter up the chain runs,
    # a data property cannot be created on a primitive
    if type(obj) is str and (key == "length" or (type(key) is str and key.isdigit()
                                                 and str(int(key)) == key and int(key) < len(obj))):
        ok = False
    else:
        proto = primitive_proto(vm, obj)
        ok = proto is not None and proto.set(key, value, obj)
    if not ok and strict:
        if type(obj) is str and (key == "length" or key.isdigit()):
            throw_type_error(M.READ_ONLY.format(key, diagnostics.describe_target(obj)))
        text = repr(obj) if type(obj) is JSSymbol else ops.ToString(obj)
        throw_type_error(f"Cannot create property '{describe_key(key)}' on {ops.TypeOf(obj)} '{text}'")


def get_elem(vm, obj, key):
    if type(key) is float:
        if type(obj) is JSArray:
            i = int(key)
            if i == key and 0 <= i < len(obj.elements):
                v = obj.elements[i]
                if v is not HOLE:
                    return v
        elif type(obj) is str:
            i = int(key) if key == key and key not in (ops.INF, -ops.INF) else -1
            if i == key and 0 <= i < len(obj):
                return obj[i]
        elif type(obj) is JSTypedArray:
            return obj.get_number_key(key)
    if obj is UNDEFINED or obj is None:
        if isinstance(key, JSObject):   # V8 throws before ToPropertyKey: no key in the message
            throw_type_error(M.READ_PROP_OF_NOKEY.format("undefined" if obj is UNDEFINED else "null"))
        if key is SYMBOL_ITERATOR:
            throw_type_error(M.NOT_ITERABLE_VALUE.format("undefined" if obj is UNDEFINED else "object null"))
        throw_type_error(M.READ_PROP_OF.format("undefined" if obj is UNDEFINED else "null",
                                               describe_key(ops.ToPropertyKey(key))))
    return get_value(vm, obj, ops.ToPropertyKey(key))


def set_elem(vm, obj, key, value, strict):
    if type(key) is float and type(obj) is JSTypedArray:
        obj.set_number_key(key, value)
        return
    if type(key) is float and type(obj) is JSArray:
        i = int(key) if key == key and key not in (ops.INF, -ops.INF) else -1
        el = obj.elements
        if i == key and 0 <= i <= len(el) and obj.extensible:
            # an existing element, or an append on a plain array; a hole (or an append
            # under another prototype) must consult the chain for setters / proxies
            if i == len(el):
                proto = obj.proto       # (an accessor element makes Array.prototype sparse)
                if proto is vm.realm.intrinsics["%Array.prototype%"] and type(proto) is JSArray:
                    el.append(value)
                    return
            elif el[i] is not HOLE:
                el[i] = value
                return
    if obj is UNDEFINED or obj is None:
        if isinstance(key, JSObject):   # V8 throws before ToPropertyKey: no key in the message
            throw_type_error(M.SET_PROP_OF_NOKEY.format("undefined" if obj is UNDEFINED else "null"))
        throw_type_error(M.SET_PROP_OF.format("undefined" if obj is UNDEFINED else "null",
                                              describe_key(ops.ToPropertyKey(key))))
    set_value(vm, obj, ops.ToPropertyKey(key), value, strict)


def get_prop_ic(vm, frame, obj, arg):
    """GET_PROP / GET_METHOD through the instruction's inline cache (vm/inline_caches.py)."""
    code = frame.code
    key = code.consts[arg]
    if isinstance(obj, JSObject):
        pc = frame.pc - 1
        c = code.ic[pc]
        if c is None:
            c = code.ic[pc] = InlineCache()
        if type(obj) is JSObject:
            shape = obj.shape
            if c.shape is shape:
                c.hits += 1
                return obj.slots[c.slot]
            if c.state is MEGAMORPHIC:
                i = MEGAMORPHIC_CACHE.get((shape, key))
                if i is not None:
                    c.hits += 1
                    return obj.slots[i]
            else:
                i = c.lookup(shape)
                if i is not None:
                    c.hits += 1
                    return obj.slots[i]
            v = c.proto_lookup(obj, shape)
            if v is not ABSENT:
                c.hits += 1
                return v
            c.misses += 1
            i = shape.table.get(key)
            if i is not None and not shape.dictionary and not shape.attrs[i] & ACCESSOR:
                c.add(shape, key, i)
                return obj.slots[i]
            if i is None and not shape.dictionary:
                v = c.proto_add(obj, shape, key)
                if v is not ABSENT:
                    return v
            return obj.get(key, obj)
        c.misses += 1
        return obj.get(key, obj)
    return get_value(vm, obj, key)


def set_prop_ic(vm, frame, obj, arg, value):
    """SET_PROP through the inline cache: existing own writable data properties, and the
    shape transition of adding a property (a constructor's `this.x = x`)."""
    code = frame.code
    key = code.consts[arg]
    if type(obj) is JSObject:
        pc = frame.pc - 1
        c = code.ic[pc]
        if c is None:
            c = code.ic[pc] = InlineCache()
        shape = obj.shape
        if c.shape is shape:
            c.hits += 1
            obj.slots[c.slot] = value
            return
        i = MEGAMORPHIC_CACHE.get((shape, key)) if c.state is MEGAMORPHIC else c.lookup(shape)
        if i is not None:
            c.hits += 1
            obj.slots[i] = value
            return
        i = shape.table.get(key)
        if i is None and not shape.dictionary and obj.extensible:
            new = c.transition_lookup(obj, shape)      # adding the key: a cached transition
            if new is not None:
                c.hits += 1
            else:
                c.misses += 1
                new = c.transition_add(obj, shape, key)
            if new is not None:
                obj.shape = new
                obj.slots.append(value)
                return
            set_value(vm, obj, key, value, code.strict)
            return
        c.misses += 1
        if i is not None and not shape.dictionary and shape.attrs[i] & (WRITABLE | ACCESSOR) == WRITABLE:
            c.add(shape, key, i)
            obj.slots[i] = value
            return
    elif isinstance(obj, JSObject):
        pc = frame.pc - 1
        c = code.ic[pc]
        if c is None:
            c = code.ic[pc] = InlineCache()
        c.misses += 1
    set_value(vm, obj, key, value, code.strict)


# --- stack ---------------------------------------------------------------------------------
@handler("NOP")
def _(vm, frame, arg):
    pass


@handler("DEBUGGER")
def _(vm, frame, arg):
    pass


@handler("POP")
def _(vm, frame, arg):
    frame.stack.pop()


@handler("DUP")
def _(vm, frame, arg):
    s = frame.stack
    s.append(s[-1])


@handler("DUP2")
def _(vm, frame, arg):
    s = frame.stack
    s.extend(s[-2:])


@handler("SWAP")
def _(vm, frame, arg):
    s = frame.stack
    s[-1], s[-2] = s[-2], s[-1]


@handler("ROT3")
def _(vm, frame, arg):
    s = frame.stack
    s.insert(-2, s.pop())


@handler("ROT4")
def _(vm, frame, arg):
    s = frame.stack
    s.insert(-3, s.pop())


@handler("PUSH_CONST")
def _(vm, frame, arg):
    frame.stack.append(frame.code.consts[arg])


@handler("PUSH_UNDEFINED")
def _(vm, frame, arg):
    frame.stack.append(UNDEFINED)


@handler("PUSH_NULL")
def _(vm, frame, arg):
    frame.stack.append(None)


@handler("PUSH_TRUE")
def _(vm, frame, arg):
    frame.stack.append(True)


@handler("PUSH_FALSE")
def _(vm, frame, arg):
    frame.stack.append(False)


@handler("PUSH_HOLE")
def _(vm, frame, arg):
    frame.stack.append(HOLE)


# --- bindings ----------------------------------------------------------------------------
@handler("LOAD_LOCAL")
def _(vm, frame, arg):
    frame.stack.append(frame.locals[arg])


@handler("STORE_LOCAL")
def _(vm, frame, arg):
    frame.locals[arg] = frame.stack.pop()


@handler("LOAD_LOCAL_CHECKED")
def _(vm, frame, arg):
    v = frame.locals[arg]
    if v is TDZ:
        throw_reference_error(M.TDZ_ACCESS.format(frame.code.local_names[arg]))
    frame.stack.append(v)


@handler("STORE_LOCAL_CHECKED")
def _(vm, frame, arg):
    if frame.locals[arg] is TDZ:
        throw_reference_error(M.TDZ_ACCESS.format(frame.code.local_names[arg]))
    frame.locals[arg] = frame.stack.pop()


@handler("INIT_TDZ_LOCAL")
def _(vm, frame, arg):
    frame.locals[arg] = TDZ


@handler("LOAD_CELL")
def _(vm, frame, arg):
    frame.stack.append(frame.cells[arg].value)


@handler("STORE_CELL")
def _(vm, frame, arg):
    frame.cells[arg].value = frame.stack.pop()


@handler("LOAD_CELL_CHECKED")
def _(vm, frame, arg):
    v = frame.cells[arg].value
    if v is TDZ:
        throw_reference_error(M.TDZ_ACCESS.format(frame.code.cell_names[arg]))
    frame.stack.append(v)


@handler("STORE_CELL_CHECKED")
def _(vm, frame, arg):
    c = frame.cells[arg]
    if c.value is TDZ:
        throw_reference_error(M.TDZ_ACCESS.format(frame.code.cell_names[arg]))
    c.value = frame.stack.pop()


@handler("NEW_CELL")
def _(vm, frame, arg):
    frame.cells[arg] = Cell(TDZ)


@handler("COPY_CELL")
def _(vm, frame, arg):
    frame.cells[arg] = Cell(frame.cells[arg].value)


@handler("LOAD_GLOBAL")
def _(vm, frame, arg):
    frame.stack.append(vm.realm.get_global(frame.code.consts[arg]))


@handler("STORE_GLOBAL")
def _(vm, frame, arg):
    vm.realm.set_global(frame.code.consts[arg], frame.stack.pop(), frame.code.strict)


# `name += value`.  A JS string is a Python str, so `s += x` in a loop would copy the whole
# string every time; CPython appends in place when the left operand's only reference is
# the Python local being assigned (BINARY_OP += followed by STORE_FAST), so each handler
# empties the binding's storage before the `+=` (unobservable: the binding is written
# back before anything else can run) and pushes the sum only afterwards.

@handler("APPEND_LOCAL")
def _(vm, frame, arg):
    s = frame.stack
    b = s.pop()
    a = s.pop()
    slots = frame.locals
    if type(a) is str and type(b) is str:
        if slots[arg] is a:
            slots[arg] = None
        a += b
        slots[arg] = a
    else:
        a = slots[arg] = _add(a, b)
    s.append(a)


@handler("APPEND_CELL")
def _(vm, frame, arg):
    s = frame.stack
    b = s.pop()
    a = s.pop()
    cell = frame.cells[arg]
    if type(a) is str and type(b) is str:
        if cell.value is a:
            cell.value = None
        a += b
        cell.value = a
    else:
        a = cell.value = _add(a, b)
    s.append(a)


@handler("APPEND_GLOBAL")
def _(vm, frame, arg):
    s = frame.stack
    b = s.pop()
    a = s.pop()
    realm = vm.realm
    name = frame.code.consts[arg]
    if type(a) is str and type(b) is str:
        lex = realm.global_lex
        if name in lex:
            if lex[name] is a and name not in realm.global_consts:
                lex[name] = None
                a += b
                lex[name] = a
                s.append(a)
                return
        else:
            g = realm.global_object
            i = g.shape.table.get(name)
            if (i is not None and type(g) is JSObject and g.slots[i] is a
                    and g.shape.attrs[i] & WRITABLE and not g.shape.attrs[i] & ACCESSOR):
                g.slots[i] = None
                a += b
                g.slots[i] = a
                s.append(a)
                return
        a = a + b
    else:
        a = _add(a, b)
    realm.set_global(name, a, frame.code.strict)
    s.append(a)


@handler("TYPEOF_GLOBAL")
def _(vm, frame, arg):
    realm = vm.realm
    name = frame.code.consts[arg]
    if realm.has_global(name):
        frame.stack.append(ops.TypeOf(realm.get_global(name)))
    else:
        frame.stack.append("undefined")


@handler("DELETE_GLOBAL")
def _(vm, frame, arg):
    name = frame.code.consts[arg]
    realm = vm.realm
    if name in realm.global_lex:
        frame.stack.append(False)
    else:
        frame.stack.append(realm.global_object.delete(name))


@handler("DECLARE_GLOBALS")
def _(vm, frame, arg):
    vm.realm.declare_globals(*frame.code.consts[arg])


@handler("INIT_GLOBAL_LEX")
def _(vm, frame, arg):
    vm.realm.global_lex[frame.code.consts[arg]] = frame.stack.pop()


@handler("THROW_CONST_ASSIGN")
def _(vm, frame, arg):
    frame.stack.pop()
    throw_type_error(M.CONST_ASSIGN)


@handler("THROW_INVALID_LHS")
def _(vm, frame, arg):
    frame.stack.pop()
    throw_reference_error(frame.code.consts[arg])


def frame_this(frame):
    """`this` of a frame whose binding is still uninitialised: an arrow created before
    super() re-reads its constructor's binding; otherwise the derived-constructor error."""
    f = frame.func
    if f is not None and f.code.is_arrow and type(f.this_value) is Frame:
        t = f.this_value.this
        if t is not TDZ:
            frame.this = t
            return t
    throw_reference_error(M.SUPER_NOT_CALLED)


@handler("LOAD_THIS")
def _(vm, frame, arg):
    t = frame.this
    if t is TDZ:
        t = frame_this(frame)
    frame.stack.append(t)


@handler("LOAD_CALLEE")
def _(vm, frame, arg):
    frame.stack.append(frame.func)


@handler("LOAD_ARGUMENTS")
def _(vm, frame, arg):
    from jskernel.engine.runtime.arguments import CreateUnmappedArgumentsObject
    frame.stack.append(CreateUnmappedArgumentsObject(vm.realm, frame.args))


@handler("LOAD_REST")
def _(vm, frame, arg):
    frame.stack.append(vm.realm.new_array(list(frame.args[arg:])))


# --- properties ----------------------------------------------------------------------------
@handler("GET_PROP")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = get_prop_ic(vm, frame, s[-1], arg)


@handler("SET_PROP")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    obj = s[-1]
    if type(obj) is JSObject:
        c = frame.code.ic[frame.pc - 1]
        if c is not None and c.shape is obj.shape:
            c.hits += 1
            obj.slots[c.slot] = value
            s[-1] = value
            return
    set_prop_ic(vm, frame, obj, arg, value)
    s[-1] = value


@handler("GET_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    key = s.pop()
    s[-1] = get_elem(vm, s[-1], key)


@handler("SET_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    key = s.pop()
    set_elem(vm, s[-1], key, value, frame.code.strict)
    s[-1] = value


@handler("GET_METHOD")
def _(vm, frame, arg):
    s = frame.stack
    obj = s[-1]
    s[-1] = get_prop_ic(vm, frame, obj, arg)
    s.append(obj)


@handler("GET_ELEM_METHOD")
def _(vm, frame, arg):
    s = frame.stack
    key = s.pop()
    obj = s[-1]
    s[-1] = get_elem(vm, obj, key)
    s.append(obj)


def _delete(vm, frame, obj, key):
    if isinstance(obj, JSObject):
        ok = obj.delete(key)
        if not ok and frame.code.strict:
            throw_type_error(diagnostics.delete_failure(obj, key))
        return ok
    if obj is UNDEFINED or obj is None:
        throw_type_error(M.TO_OBJECT)
    if type(obj) is str:
        return _delete(vm, frame, vm.realm.wrap_primitive(obj), key)
    return True


@handler("DELETE_PROP")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = _delete(vm, frame, s[-1], frame.code.consts[arg])


@handler("DELETE_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    key = s.pop()
    s[-1] = _delete(vm, frame, s[-1], ops.ToPropertyKey(key))


# --- operators ------------------------------------------------------------------------------
def _binary(name, fn):
    @handler(name)
    def h(vm, frame, arg):
        s = frame.stack
        b = s.pop()
        s[-1] = fn(s[-1], b)
    return h


def _add(a, b):
    if type(a) is float and type(b) is float:
        return a + b
    return ops.Add(a, b)


def _sub(a, b):
    if type(a) is float and type(b) is float:
        return a - b
    return ops.Sub(a, b)


def _mul(a, b):
    if type(a) is float and type(b) is float:
        return a * b
    return ops.Mul(a, b)


def _div(a, b):
    if type(a) is float and type(b) is float and b:
        return a / b
    return ops.Div(a, b)


def _mod(a, b):
    if type(a) is float and type(b) is float:
        return ops.float_mod(a, b)
    return ops.Mod(a, b)


_binary("ADD", _add)
_binary("SUB", _sub)
_binary("MUL", _mul)
_binary("DIV", _div)
_binary("MOD", _mod)
_binary("EXP", ops.Exp)
def _int32_fast(slow, op):
    ToInt32 = ops.ToInt32

    def fn(a, b):
        if type(a) is float and type(b) is float:
            return float(op(ToInt32(a), ToInt32(b)))
        return slow(a, b)
    return fn


_binary("BIT_AND", _int32_fast(ops.BitAnd, lambda x, y: x & y))
_binary("BIT_OR", _int32_fast(ops.BitOr, lambda x, y: x | y))
_binary("BIT_XOR", _int32_fast(ops.BitXor, lambda x, y: x ^ y))
_binary("SHL", ops.ShiftLeft)
_binary("SHR", ops.ShiftRight)
_binary("USHR", ops.UnsignedShiftRight)
_binary("EQ", ops.IsLooselyEqual)
_binary("NE", lambda a, b: not ops.IsLooselyEqual(a, b))
_binary("STRICT_EQ", ops.IsStrictlyEqual)
_binary("STRICT_NE", lambda a, b: not ops.IsStrictlyEqual(a, b))
_binary("LT", ops.LessThan)
_binary("LE", ops.LessThanOrEqual)
_binary("GT", ops.GreaterThan)
_binary("GE", ops.GreaterThanOrEqual)
_binary("INSTANCEOF", ops.InstanceofOperator)
_binary("IN", ops.HasPropertyOperator)


def _unary(name, fn):
    @handler(name)
    def h(vm, frame, arg):
        s = frame.stack
        s[-1] = fn(s[-1])
    return h


def _inc(v):
    v = ops.ToNumeric(v)
    return v + (1 if type(v) is int else 1.0)


def _dec(v):
    v = ops.ToNumeric(v)
    return v - (1 if type(v) is int else 1.0)


_unary("NEG", ops.Neg)
_unary("PLUS", ops.ToNumber)
_unary("NOT", lambda v: not ops.ToBoolean(v))
_unary("BIT_NOT", ops.BitNot)
_unary("TYPEOF", ops.TypeOf)
_unary("INC", _inc)
_unary("DEC", _dec)
_unary("TO_NUMERIC", ops.ToNumeric)
_unary("TO_STRING", ops.ToString)


# --- control flow ---------------------------------------------------------------------------
@handler("JUMP")
def _(vm, frame, arg):
    if arg < frame.pc:
        frame.code.back_edges += 1
    frame.pc = arg


@handler("JUMP_IF_FALSE")
def _(vm, frame, arg):
    if not ops.ToBoolean(frame.stack.pop()):
        frame.pc = arg


@handler("JUMP_IF_TRUE")
def _(vm, frame, arg):
    if ops.ToBoolean(frame.stack.pop()):
        frame.pc = arg


@handler("JUMP_IF_FALSE_KEEP")
def _(vm, frame, arg):
    s = frame.stack
    if ops.ToBoolean(s[-1]):
        s.pop()
    else:
        frame.pc = arg


@handler("JUMP_IF_TRUE_KEEP")
def _(vm, frame, arg):
    s = frame.stack
    if ops.ToBoolean(s[-1]):
        frame.pc = arg
    else:
        s.pop()


@handler("JUMP_IF_NOT_NULLISH_KEEP")
def _(vm, frame, arg):
    s = frame.stack
    v = s[-1]
    if v is UNDEFINED or v is None:
        s.pop()
    else:
        frame.pc = arg


@handler("JUMP_IF_NULLISH")
def _(vm, frame, arg):
    s = frame.stack
    v = s[-1]
    if v is UNDEFINED or v is None:
        s[-1] = UNDEFINED
        frame.pc = arg


@handler("JUMP_IF_NULLISH_CALL")
def _(vm, frame, arg):
    s = frame.stack
    f = s[-2]
    if f is UNDEFINED or f is None:
        del s[-2:]
        s.append(UNDEFINED)
        frame.pc = arg


@handler("CALL")
def _(vm, frame, arg):
    s = frame.stack
    base = len(s) - arg - 2
    f = s[base]
    this = s[base + 1]
    args = s[base + 2:]
    del s[base:]
    return invoke(vm, frame, f, this, args)


def invoke(vm, frame, f, this, args):
    """The call handlers' common tail: a JS function of this realm gets a new frame (True:
    the loop switches to it); anything else callable runs now and its result is pushed."""
    if type(f) is JSFunction and f.realm is vm.realm:
        if f.code.call_kind:
            frame.stack.append(vm.special_call(f, this, args))
            return None
        vm.push_frame(f, this, args, frame)
        return True
    if isinstance(f, JSFunctionBase):
        frame.stack.append(f.call(this, args))
        return None
    vm.not_callable(frame, f)


@handler("CALL_SPREAD")
def _(vm, frame, arg):
    s = frame.stack
    arr = s.pop()
    this = s.pop()
    f = s.pop()
    args = list(arr.elements)
    return invoke(vm, frame, f, this, args)


def construct_this(vm, f, new_target):
    """The `this` of a [[Construct]] of JSFunction `f` (TDZ for derived constructors)."""
    if f.code.is_derived:
        return TDZ
    proto = new_target.get("prototype")
    if not isinstance(proto, JSObject):
        proto = ops.GetFunctionRealm(new_target).intrinsics["%Object.prototype%"]
    return vm.realm.heap.allocate(JSObject, proto)


def _new(vm, frame, f, args):
    if type(f) is JSFunction and f.realm is not vm.realm:      # another realm's: its own VM
        frame.stack.append(f.realm.vm.construct(f, args, f))
        return None
    if type(f) is JSFunction and f.code.is_constructor:
        nf = vm.push_frame(f, construct_this(vm, f, f), args, frame)
        nf.construct = True
        nf.new_target = f
        return True
    if isinstance(f, JSFunctionBase) and f.is_constructor() and not type(f) is JSFunction:
        frame.stack.append(f.construct_fn(f.realm, args, f))
        return None
    vm.not_callable(frame, f, constructor=True)


@handler("NEW")
def _(vm, frame, arg):
    s = frame.stack
    base = len(s) - arg - 1
    f = s[base]
    args = s[base + 1:]
    del s[base:]
    return _new(vm, frame, f, args)


@handler("NEW_SPREAD")
def _(vm, frame, arg):
    s = frame.stack
    arr = s.pop()
    f = s.pop()
    return _new(vm, frame, f, list(arr.elements))


class ConstructCompletion(ThrowCompletion):
    """An error of [[Construct]] itself, after the body has completed (steps 10-12): no
    handler of the constructor's own frame may catch it (VM.unwind starts at the caller)."""

    __slots__ = ()


def construct_result(frame, value):
    """The value of a [[Construct]] whose body returned `value` (sec-ecmascript-function-objects-construct)."""
    if isinstance(value, JSObject):
        return value
    if value is not UNDEFINED and frame.code.is_derived:
        raise ConstructCompletion(None, "TypeError", "Derived constructors may only return object or undefined")
    this = frame.this
    if this is TDZ:
        raise ConstructCompletion(None, "ReferenceError", "Must call super constructor in derived class before "
                                  "accessing 'this' or returning from derived constructor")
    return this


@handler("RETURN")
def _(vm, frame, arg):
    value = frame.stack.pop()
    if frame.construct:
        value = construct_result(frame, value)
    return vm.pop_frame(frame, value)


def park(vm, frame, result):
    """Suspend `frame` (its stack and pc stay in the Frame), hand `result` to whoever
    resumes the run (generator object, async driver) and leave this run of the loop."""
    vm.result = result
    vm.yielded = True
    vm.depth -= 1
    vm.frame = frame.caller
    frame.caller = None
    return EXIT


@handler("YIELD")
def _(vm, frame, arg):
    """Park the generator's frame and leave this run, yielding the popped value."""
    return park(vm, frame, frame.stack.pop())


@handler("GENERATOR_START")
def _(vm, frame, arg):
    """Park a freshly called generator after FunctionDeclarationInstantiation; the call
    then returns the generator object and the first next() resumes here."""
    return park(vm, frame, UNDEFINED)


@handler("YIELD_RAW")
def _(vm, frame, arg):
    """yield* : park the frame yielding the inner iterator's result object unchanged."""
    vm.yield_raw = True
    frame.resume_mode = "wait"
    return park(vm, frame, frame.stack.pop())


@handler("YIELD_STAR_STEP")
def _(vm, frame, arg):
    """One step of yield* (sec-generator-definitions-runtime-semantics-evaluation, YieldExpression)."""
    from jskernel.engine.builtins.iterator import iter_result
    from jskernel.engine.vm.interpreter import GeneratorReturn
    s = frame.stack
    received = s.pop()
    it = s[-1]
    mode = frame.resume_mode or "next"
    frame.resume_mode = None
    if isinstance(it, iteration.ProtocolIterator):
        obj = it.obj
        if mode == "next":
            r = vm.call_function(it.next_method, obj, [received])
        elif mode == "throw":
            m = obj.get("throw")
            if m is UNDEFINED or m is None:
                it.close()
                throw_type_error("The iterator does not provide a 'throw' method.")
            r = vm.call_function(m, obj, [received])
        else:
            m = obj.get("return")
            if m is UNDEFINED or m is None:
                raise ThrowCompletion(GeneratorReturn(received))
            r = vm.call_function(m, obj, [received])
        if not isinstance(r, JSObject):
            throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")
        if ops.ToBoolean(r.get("done")):
            value = r.get("value")
            if mode == "return":
                raise ThrowCompletion(GeneratorReturn(value))
            s.append(value)
            frame.pc = arg
        else:
            s.append(r)
        return
    # an engine-internal iterator record (arrays, strings, Map / Set ...)
    if mode == "throw":
        it.close()
        throw_type_error("The iterator does not provide a 'throw' method.")
    if mode == "return":
        raise ThrowCompletion(GeneratorReturn(received))
    v = it.next()
    if v is iteration.ABSENT:
        s.append(UNDEFINED)
        frame.pc = arg
    else:
        s.append(iter_result(vm.realm, v, False))


@handler("THROW")
def _(vm, frame, arg):
    raise ThrowCompletion(frame.stack.pop())


# the rest of the instruction set registers itself into HANDLERS on import
from jskernel.engine.vm import handlers_classes, handlers_literals  # noqa: E402,F401
from jskernel.engine.vm import handlers_env  # noqa: E402,F401
from jskernel.engine.vm import handlers_async  # noqa: E402,F401
from jskernel.engine.vm import handlers_modules  # noqa: E402,F401


def _fused_handler(name, parts, same):
    """A superinstruction's handler: its components' handlers in order, each given its
    own operand (bytecode/opcodes.py FUSED).  The interpreter loop inlines the hot ones."""
    hs = tuple(HANDLERS[p] for p in parts)
    has = tuple(bool(O.OPS[p].operand) for p in parts)
    if same or sum(has) <= 1:
        def run(vm, frame, arg):
            for h in hs:
                h(vm, frame, arg)       # components without an operand ignore it
    else:
        def run(vm, frame, arg):
            k = 0
            for h, w in zip(hs, has):
                if w:
                    h(vm, frame, arg[k])
                    k += 1
                else:
                    h(vm, frame, None)
    run.__name__ = "op_" + name
    return run


for _code, (_parts, _same) in O.FUSED.items():
    HANDLERS[_code] = _fused_handler(O.OPS[_code].name, _parts, _same)


def missing_handlers():
    return [O.OPS[i].name for i, h in enumerate(HANDLERS) if h is None]


