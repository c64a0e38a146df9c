"""The interpreter loop's fast paths: the opcodes `VM.run` executes inline.

Owns `FAST_PATHS` (opcode name -> Python source of its arm).  vm/dispatch.py builds the
loop from these arms and the measured opcode profile (vm/opcode_profile.py); every other
opcode -- and every arm's slow case -- goes through its handler in vm/handlers.py,
which defines the complete semantics.  An arm must behave exactly like its handler:
same stack effect, same inline-cache counters, same errors.

The arms are the body of the dispatch loop, so they are written against its locals:

  self        the VM                      frame, code      the running frame, its code object
  op, arg     this instruction's dispatch rank (not its opcode number) and operand
  pc          index of the *next* instruction; store it in `frame.pc` before anything
              that can throw or call (a handler, an abstract operation, a getter)
  stack, locals_, ops_, args, consts, ic      the frame's stack and slots; the code's
              ranked instructions, operands, constants and inline caches
  handlers    vm/handlers.py's HANDLERS (indexed by opcode number): the slow case of an
              arm is `frame.pc = pc; handlers[THIS_OPCODE](self, frame, arg)`
  entry, realm_, glex, gobj, max_depth        the run's entry frame, the realm, its
              global lexical bindings and global object, the frame-depth limit

An arm may `continue` (next instruction) or, after switching `frame`, `break` (the loop
reloads the frame's state).  Two tokens are replaced when the loop is generated:
`THIS_OPCODE` by the arm's own opcode number, `RANK_<NAME>` by that opcode's dispatch
rank (`ops_[pc] == RANK_POP` looks at the next instruction).  Module-level names come
from vm/interpreter.py, whose namespace the generated loop runs in, plus vm/dispatch.py's
`prepare` (a code object's ranked instructions and call padding).
"""

from __future__ import annotations

FAST_PATHS: dict[str, str] = {}


def _fast(name: str, source: str) -> None:
    FAST_PATHS[name] = source.strip("\n")


def _global_load(name: str, then: str) -> None:
    """The arm reading a global binding (lexical first, then a data property of the global
    object) and pushing it, then running `then`; TDZ, accessors and missing names go to
    the handler."""
    deep, top = (f"\n            {then}", f"\n    {then}") if then else ("", "")
    _fast(name, f"""
name = consts[arg]
v = glex.get(name, ABSENT)
if v is ABSENT:
    i = gobj.shape.table.get(name)
    if i is not None:
        v = gobj.slots[i]
        if type(v) is not Accessor:
            stack.append(v){deep}
            continue
elif v is not TDZ:
    stack.append(v){top}
    continue
frame.pc = pc
handlers[THIS_OPCODE](self, frame, arg)
""")


def _set_prop(name: str, obj: str, then: str) -> None:
    """The arm storing a named property through the inline cache; `obj` takes the object
    off the stack (or leaves it), `then` pushes the value if the instruction wants it."""
    _fast(name, f"""
value = stack.pop()
obj = {obj}
c = ic[pc - 1]
if c is not None and type(obj) is JSObject and obj.shape is c.shape:
    c.hits += 1
    obj.slots[c.slot] = value
else:
    frame.pc = pc
    set_prop_ic(self, frame, obj, arg, value)
{then}
""")


def _float_binary(name: str, op: str, operation: str) -> None:
    """The arm of a binary operator: Python's `op` on two floats, else the abstract
    operation `ops.<operation>` (the function the opcode's handler applies)."""
    _fast(name, f"""
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a {op} b
else:
    frame.pc = pc
    stack[-1] = ops.{operation}(a, b)
""")


_fast("LOAD_LOCAL", """
stack.append(locals_[arg])
""")

_fast("GET_LOCAL_PROP", """
a, k = arg                  # LOAD_LOCAL a; GET_PROP k
obj = locals_[a]
c = ic[pc - 1]
if c is not None and type(obj) is JSObject and obj.shape is c.shape:
    c.hits += 1
    stack.append(obj.slots[c.slot])
elif c is not None and type(obj) is JSArray and consts[k] == "length":
    c.misses += 1           # as get_prop_ic counts it: arrays are not cached
    stack.append(float(len(obj.elements)))
else:
    frame.pc = pc
    stack.append(get_prop_ic(self, frame, obj, k))
""")

_fast("LOAD_LOCAL2", """
a, b = arg
stack.append(locals_[a])
stack.append(locals_[b])
""")

_float_binary("MUL", "*", "Mul")

_float_binary("ADD", "+", "Add")

_fast("CALL", """
base = len(stack) - arg - 2
f = stack[base]
if type(f) is JSFunction:
    fc = f.code
    if fc.fast is None:
        prepare(fc)
    pad = fc.call_pad               # None: not an ordinary function (vm/dispatch.prepare)
    if pad is not None and f.realm is realm_ and self.depth < max_depth:
        # VM.make_frame + push_frame inlined (keep in step with make_frame); another
        # realm's function runs on its own VM, a primitive `this` of a sloppy function
        # is boxed by push_frame
        this = stack[base + 1]
        if not fc.strict and not isinstance(this, JSObject):
            this = gobj if this is UNDEFINED or this is None else ABSENT
        if this is not ABSENT:
            fargs = stack[base + 2:]
            del stack[base:]
            frame.pc = pc
            fc.calls += 1
            n = fc.nparams
            if arg == n:
                lo = fargs + pad
            elif arg > n:
                lo = fargs[:n] + pad
            else:
                lo = fargs + [UNDEFINED] * (n - arg) + pad
            # Frame(...) without the C-level type call that running __init__ costs
            # (keep in step with Frame.__init__; a test compares the fields)
            nf = new_object(Frame)
            nf.code = fc
            nf.func = f
            nf.pc = 0
            nf.stack = []
            nf.locals = lo
            nf.cells = [None] * (fc.ncells - len(f.closure)) + f.closure if fc.ncells else None
            nf.this = this
            nf.args = fargs
            nf.caller = frame
            nf.entry = False
            nf.construct = False
            nf.new_target = UNDEFINED
            nf.resume_mode = None
            self.frame = frame = nf
            self.depth += 1
            break
frame.pc = pc
handlers[THIS_OPCODE](self, frame, arg)
pc = frame.pc
if self.frame is not frame:     # the handler pushed a frame
    frame = self.frame
    break
""")

_fast("STORE_LOCAL", """
locals_[arg] = stack.pop()
""")

_fast("RETURN", """
value = stack.pop()
if frame.construct:
    frame.pc = pc
    value = construct_result(frame, value)
self.depth -= 1
caller = frame.caller
self.frame = caller
if frame is entry:
    return value
caller.stack.append(value)
frame = caller
break
""")

_fast("LOAD_LOCAL_CONST", """
a, k = arg
stack.append(locals_[a])
stack.append(consts[k])
""")

_fast("PUSH_CONST", """
stack.append(consts[arg])
""")

_fast("JUMP_IF_NOT_LT", """
b = stack.pop()             # LT; JUMP_IF_FALSE target
a = stack.pop()
if type(a) is float and type(b) is float:
    if not a < b:
        pc = arg
else:
    frame.pc = pc
    if not ops.LessThan(a, b):
        pc = arg
""")

_float_binary("SUB", "-", "Sub")

_global_load("LOAD_GLOBAL", "")

_fast("MOD", """
b = stack.pop()
a = stack[-1]
# for finite positive operands Python's float % is C fmod (JS %)
if type(a) is float and type(b) is float and 0.0 < a < INF and 0.0 < b:
    stack[-1] = a % b
else:
    frame.pc = pc
    stack[-1] = handlers_mod(a, b)
""")

_fast("GET_METHOD", """
obj = stack[-1]
c = ic[pc - 1]
if c is not None and type(obj) is JSObject and obj.shape is c.shape:
    c.hits += 1
    stack[-1] = obj.slots[c.slot]
else:
    e = c.proto if c is not None and type(obj) is JSObject else None
    if e is not None and e[0] is obj.shape and not e[1] and obj.proto is e[2] and e[2].shape is e[3]:
        c.hits += 1                 # the prototype entry, one link up (a class method)
        stack[-1] = e[2].slots[e[4]]
    else:
        frame.pc = pc
        stack[-1] = get_prop_ic(self, frame, obj, arg)
stack.append(obj)
""")

_fast("JUMP", """
if arg < pc:
    code.back_edges += 1
pc = arg
""")

_fast("JUMP_IF_FALSE", """
v = stack.pop()
if v is False or (v is not True and not ops.ToBoolean(v)):
    pc = arg
""")

_set_prop("SET_PROP_POP", "stack.pop()", "")       # SET_PROP k; POP

_fast("INC_LOCAL", """
a = locals_[arg]            # LOAD_LOCAL x; INC; STORE_LOCAL x
if type(a) is float:
    locals_[arg] = a + 1.0
else:
    frame.pc = pc
    handlers[THIS_OPCODE](self, frame, arg)
""")

_fast("PUSH_UNDEFINED", """
stack.append(UNDEFINED)
""")

_fast("GET_THIS_PROP", """
obj = frame.this            # LOAD_THIS; GET_PROP k
c = ic[pc - 1]
if c is not None and type(obj) is JSObject and obj.shape is c.shape:
    c.hits += 1
    stack.append(obj.slots[c.slot])
else:
    frame.pc = pc
    if obj is TDZ:          # an arrow before super() resolves it, else the handler throws
        handlers[THIS_OPCODE](self, frame, arg)
    else:
        stack.append(get_prop_ic(self, frame, obj, arg))
""")

_fast("LOAD_CELL", """
stack.append(frame.cells[arg].value)
""")

_fast("GET_PROP", """
obj = stack[-1]
c = ic[pc - 1]
if c is not None and type(obj) is JSObject and obj.shape is c.shape:
    c.hits += 1
    stack[-1] = obj.slots[c.slot]
elif c is not None and type(obj) is JSArray and consts[arg] == "length":
    c.misses += 1           # as get_prop_ic counts it: arrays are not cached
    stack[-1] = float(len(obj.elements))
else:
    frame.pc = pc
    stack[-1] = get_prop_ic(self, frame, obj, arg)
""")

_fast("POP", """
stack.pop()
""")

_fast("GET_ELEM", """
key = stack.pop()
obj = stack[-1]
if type(key) is float and type(obj) is JSArray:
    i = int(key) if key == key and -1e300 < key < 1e300 else -1
    el = obj.elements
    if i == key and 0 <= i < len(el) and el[i] is not HOLE:
        stack[-1] = el[i]
        continue
frame.pc = pc
stack[-1] = handlers_get_elem(self, obj, key)
""")

_fast("LOAD_THIS", """
t = frame.this
if t is TDZ:            # the handler resolves it (arrows before super()) or throws
    frame.pc = pc
    handlers[THIS_OPCODE](self, frame, arg)
else:
    stack.append(t)
""")

_fast("DUP", """
stack.append(stack[-1])
""")

_fast("STRICT_NE", """
b = stack.pop()
a = stack[-1]
stack[-1] = not (type(a) is type(b) and a == b)
""")

_fast("PUSH_NULL", """
stack.append(None)
""")

_fast("STRICT_EQ", """
b = stack.pop()
a = stack[-1]
stack[-1] = type(a) is type(b) and a == b
""")

_fast("STORE_LOAD_LOCAL", """
a, b = arg
locals_[a] = stack[-1]
stack[-1] = locals_[b]
""")

_fast("APPEND_LOCAL", """  # `x += y` on a local: numbers here, strings in the handler
b = stack[-1]
a = stack[-2]
if type(a) is float and type(b) is float:
    a = locals_[arg] = a + b
    if ops_[pc] == RANK_POP:     # the usual statement form: no value wanted
        pc += 1
        del stack[-2:]
    else:
        del stack[-1]
        stack[-1] = a
else:
    frame.pc = pc
    handlers[THIS_OPCODE](self, frame, arg)
""")

_set_prop("SET_PROP", "stack[-1]", "stack[-1] = value")

_fast("INC", """
a = stack[-1]
if type(a) is float:
    stack[-1] = a + 1.0
else:
    frame.pc = pc
    a = ops.ToNumeric(a)
    stack[-1] = a + (1 if type(a) is int else 1.0)
""")

_fast("NOT", """
v = stack[-1]
stack[-1] = v is False or (v is not True and not ops.ToBoolean(v))
""")

_float_binary("LE", "<=", "LessThanOrEqual")

_float_binary("GT", ">", "GreaterThan")

_float_binary("GE", ">=", "GreaterThanOrEqual")

_float_binary("LT", "<", "LessThan")

_fast("DIV", """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float and b:
    stack[-1] = a / b
else:
    frame.pc = pc
    stack.append(b)
    handlers[THIS_OPCODE](self, frame, arg)
""")

_fast("JUMP_IF_TRUE", """
v = stack.pop()
if v is True or (v is not False and ops.ToBoolean(v)):
    pc = arg
""")

_fast("STORE_CELL", """
frame.cells[arg].value = stack.pop()
""")

_fast("LOAD_LOCAL_CHECKED", """
v = locals_[arg]
if v is TDZ:
    frame.pc = pc
    handlers[THIS_OPCODE](self, frame, arg)
stack.append(v)
""")

_fast("JUMP_IF_FALSE_KEEP", """
v = stack[-1]                       # a && b
if v is True or (v is not False and ops.ToBoolean(v)):
    stack.pop()
else:
    pc = arg
""")

_fast("JUMP_IF_TRUE_KEEP", """
v = stack[-1]                       # a || b
if v is True or (v is not False and ops.ToBoolean(v)):
    pc = arg
else:
    stack.pop()
""")

_fast("PUSH_TRUE", """
stack.append(True)
""")

_fast("PUSH_FALSE", """
stack.append(False)
""")

_global_load("LOAD_GLOBAL_CALLEE", "stack.append(UNDEFINED)")   # LOAD_GLOBAL; PUSH_UNDEFINED: f(...)
