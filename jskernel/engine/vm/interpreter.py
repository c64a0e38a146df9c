"""The interpreter loop over an explicit frame stack.

Owns `VM`: frame push / pop (JS-to-JS calls never recurse on the Python stack; the
loop just switches to the callee's frame), the dispatch loop, exception unwinding
through each code object's exception table, stack-overflow detection (a catchable
RangeError at `max_depth` frames), error-object stack capture, and `call_function`
(the way Python code -- builtins, getters -- calls back into JS: a nested run whose
entry frame returns control to Python).

Dispatch (measured, see docs/vm.md): an if/elif chain over the hottest opcodes
inlined in `run`, falling back to the `HANDLERS` list (vm/handlers.py) for the rest.
`dispatch="table"` runs every opcode through the table (same semantics; used by
tests and the benchmark).
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase
from jskernel.engine.runtime.objects import Accessor, JSArray, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import ABSENT, HOLE, TDZ, UNDEFINED
from jskernel.engine.vm.frames import Frame
from jskernel.engine.vm.handlers import EXIT, HANDLERS, construct_result, construct_this, get_prop_ic

STACK_TRACE_LIMIT = 10


class GeneratorReturn:
    """The completion thrown through a generator's frame by `return(v)`: finally blocks run
    (their handlers rethrow it), catch handlers are skipped.  Never visible to scripts."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class InternalEngineError(Exception):
    """A Python exception inside the engine: an engine bug, reported as InternalError."""


class VM:
    def __init__(self, realm, *, max_depth: int = 10000, max_native_depth: int = 400,
                 dispatch: str = "hybrid"):
        self.realm = realm
        self.frame: Frame | None = None
        self.depth = 0
        self.max_depth = max_depth
        self.native_depth = 0
        self.max_native_depth = max_native_depth
        self.result = UNDEFINED
        self.yielded = False          # set by YIELD when a generator frame parks itself
        self.yield_raw = False        # ... by YIELD_RAW (yield*: the value is a result object)
        self.dispatch = dispatch

    # -- frames ------------------------------------------------------------------------------
    def make_frame(self, func, this, args, caller) -> Frame:
        """A new (not yet running) frame for calling `func` (binds this, args, cells)."""
        code = func.code
        code.calls += 1
        n = code.nparams
        na = len(args)
        if na == n:
            locals_ = args + [UNDEFINED] * (code.nlocals - n) if code.nlocals > n else list(args)
        elif na > n:
            locals_ = args[:n] + [UNDEFINED] * (code.nlocals - n)
        else:
            locals_ = args + [UNDEFINED] * (code.nlocals - na)
        if code.ncells:
            cells = [None] * (code.ncells - len(func.closure)) + func.closure
        else:
            cells = None
        if code.is_arrow:
            this = func.this_value
        elif not code.strict and not isinstance(this, JSObject):
            if this is UNDEFINED or this is None:
                this = self.realm.global_object
            else:
                this = ops.ToObject(self.realm, this)
        return Frame(code, func, this, args, caller, locals_, cells)

    def push_frame(self, func, this, args, caller) -> Frame:
        """Make `func`'s frame the running one (a JS-to-JS call: no Python recursion)."""
        if self.depth >= self.max_depth:
            raise ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW)
        f = self.make_frame(func, this, args, caller)
        self.frame = f
        self.depth += 1
        return f

    def special_call(self, func, this, args):
        """[[Call]] of a class constructor (TypeError) or a generator function (a new generator)."""
        code = func.code
        if code.call_kind == 1:
            throw_type_error(M.CLASS_CALL.format(code.name))
        from jskernel.engine.builtins.generator import GeneratorState
        frame = self.make_frame(func, this, list(args), None)
        proto = func.get("prototype")
        if not isinstance(proto, JSObject):
            proto = self.realm.intrinsics["%GeneratorPrototype%"]
        gen = self.realm.heap.allocate(JSObject, proto, "Generator")
        gen.internal = GeneratorState(frame)
        return gen

    def resume_generator(self, g, mode, value):
        """GeneratorResume / GeneratorResumeAbrupt: run the parked frame until it yields or
        finishes.  Returns (value, done); done is None when value is already an iterator
        result object (re-yielded unchanged by yield*)."""
        if g.state == "executing":
            throw_type_error("Generator is already running")
        if g.state == "completed" or (g.state == "suspendedStart" and mode != "next"):
            g.state = "completed"
            if mode == "throw":
                raise ThrowCompletion(value)
            return (value if mode == "return" else UNDEFINED), True
        if self.depth >= self.max_depth or self.native_depth >= self.max_native_depth:
            raise ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW)
        frame = g.frame
        frame.caller = self.frame
        frame.entry = True
        self.frame = frame
        self.depth += 1
        delegating = frame.resume_mode == "wait"
        if delegating:
            frame.stack.append(value)       # yield* forwards (mode, value) to the inner iterator
            frame.resume_mode = mode
        elif g.state == "suspendedYield" and mode == "next":
            frame.stack.append(value)
        g.state = "executing"
        self.native_depth += 1
        try:
            if delegating:
                pass
            elif mode == "throw":
                self.unwind(frame, ThrowCompletion(value), frame)
            elif mode == "return":
                self.unwind(frame, ThrowCompletion(GeneratorReturn(value)), frame)
            result = self.run(frame)
        except ThrowCompletion as exc:
            g.state = "completed"
            self.yielded = self.yield_raw = False
            if type(exc.value) is GeneratorReturn and exc.name is None:
                return exc.value.value, True
            raise
        except BaseException:
            g.state = "completed"
            self.yielded = self.yield_raw = False
            raise
        finally:
            self.native_depth -= 1
        if self.yielded:
            self.yielded = False
            g.state = "suspendedYield"
            if self.yield_raw:
                self.yield_raw = False
                return result, None         # already an iterator result object
            return result, False
        g.state = "completed"
        return result, True

    def pop_frame(self, frame, value):
        self.depth -= 1
        caller = frame.caller
        self.frame = caller
        if frame.entry:
            self.result = value
            return EXIT
        caller.stack.append(value)
        return True

    def run_code(self, code, this):
        """Run a script / module code object as a new entry frame."""
        f = Frame(code, None, this, [], self.frame, [UNDEFINED] * code.nlocals,
                  [None] * code.ncells if code.ncells else None)
        f.entry = True
        if self.depth >= self.max_depth:
            raise ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW)
        self.depth += 1
        self.frame = f
        return self.run(f)

    def call_function(self, func, this, args):
        """Call any function value from Python (builtins, getters, the facade)."""
        if type(func) is JSFunction and func.code.call_kind:
            return self.special_call(func, this, args)
        if type(func) is not JSFunction:
            if isinstance(func, JSFunctionBase):
                return func.call(this, list(args))
            throw_type_error(M.NOT_FUNCTION.format(self.describe_value(func)))
        if self.native_depth >= self.max_native_depth:
            raise ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW)
        f = self.push_frame(func, this, list(args), self.frame)
        f.entry = True
        self.native_depth += 1
        try:
            return self.run(f)
        finally:
            self.native_depth -= 1

    def construct(self, func, args, new_target=None):
        if type(func) is JSFunction and func.code.is_constructor:
            new_target = func if new_target is None else new_target
            f = self.push_frame(func, construct_this(self, func, new_target), list(args), self.frame)
            f.entry = True
            f.construct = True
            f.new_target = new_target
            self.native_depth += 1
            try:
                return self.run(f)
            finally:
                self.native_depth -= 1
        if isinstance(func, JSFunctionBase) and func.is_constructor():
            return func.construct_fn(self.realm, list(args), func if new_target is None else new_target)
        throw_type_error(M.NOT_CONSTRUCTOR.format(self.describe_value(func)))

    # -- errors ------------------------------------------------------------------------------
    def describe_value(self, v) -> str:
        if isinstance(v, JSFunctionBase):
            from jskernel.engine.runtime.functions import function_name
            return function_name(v) or "function"
        if isinstance(v, JSObject):
            return "object"
        if type(v) is str:
            return f'"{v}"'
        return ops.ToDisplayString(v)

    def not_callable(self, frame, f, constructor=False):
        name = frame.code.call_names.get(frame.pc - 1)
        if name is None:
            name = self.describe_value(f)
        throw_type_error((M.NOT_CONSTRUCTOR if constructor else M.NOT_FUNCTION).format(name))

    def capture_frames(self, limit=STACK_TRACE_LIMIT):
        """[(function name, filename, line, column, is_construct)] innermost first."""
        out = []
        f = self.frame
        while f is not None and len(out) < limit:
            name, filename, line, col = f.location()
            out.append((name, filename, line, col, f.construct))
            f = f.caller
        return out

    def materialize(self, exc: ThrowCompletion):
        if exc.name is None:
            return exc.value
        return self.realm.new_error(exc.name, exc.message)

    def unwind(self, frame, exc, entry):
        """Find a handler for `exc` raised in `frame` (pc already advanced).

        Returns the frame to continue in; re-raises (with a materialized value) when
        the exception leaves the run's entry frame.
        """
        self.frame = frame
        value = self.materialize(exc)
        closing = type(value) is GeneratorReturn     # generator.return(): only cleanup handlers run
        while True:
            pc = frame.pc - 1
            for (s, e, t, d, kind) in frame.code.handlers:
                if s <= pc < e and (kind or not closing):
                    del frame.stack[d:]
                    frame.stack.append(value)
                    frame.pc = t
                    self.frame = frame
                    return frame
            self.depth -= 1
            caller = frame.caller
            self.frame = caller
            if frame is entry:
                raise ThrowCompletion(value)
            frame = caller

    # -- the loop -----------------------------------------------------------------------------
    def run(self, entry: Frame):
        """Run frames until `entry` returns (or yields); returns its value."""
        if self.dispatch == "table":
            return self.run_table(entry)
        handlers = HANDLERS
        frame = entry
        # opcodes inlined below, roughly in order of dynamic frequency
        (LOAD_LOCAL, PUSH_CONST, STORE_LOCAL, GET_PROP, JUMP_IF_FALSE, LT, ADD, LOAD_THIS, CALL,
         RETURN, JUMP, LOAD_CELL, SUB, MUL, POP, INC, STORE_CELL, DUP, JUMP_IF_TRUE, LOAD_GLOBAL,
         LOAD_LOCAL_CHECKED, STRICT_EQ, GET_ELEM) = (
            O.LOAD_LOCAL, O.PUSH_CONST, O.STORE_LOCAL, O.GET_PROP, O.JUMP_IF_FALSE, O.LT, O.ADD,
            O.LOAD_THIS, O.CALL, O.RETURN, O.JUMP, O.LOAD_CELL, O.SUB, O.MUL, O.POP, O.INC,
            O.STORE_CELL, O.DUP, O.JUMP_IF_TRUE, O.LOAD_GLOBAL, O.LOAD_LOCAL_CHECKED, O.STRICT_EQ,
            O.GET_ELEM)
        glex = self.realm.global_lex
        gobj = self.realm.global_object
        while True:
            code = frame.code
            ops_, args, consts, ic = code.fast
            stack, locals_, pc = frame.stack, frame.locals, frame.pc
            try:
                while True:
                    op = ops_[pc]
                    arg = args[pc]
                    pc += 1
                    if op == LOAD_LOCAL:
                        stack.append(locals_[arg])
                    elif op == PUSH_CONST:
                        stack.append(consts[arg])
                    elif op == STORE_LOCAL:
                        locals_[arg] = stack.pop()
                    elif op == GET_PROP:
                        obj = stack[-1]
                        c = ic[pc - 1]
                        if c is not None and type(obj) is JSObject and obj.shape is c[0]:
                            stack[-1] = obj.slots[c[1]]
                        else:
                            frame.pc = pc
                            stack[-1] = get_prop_ic(self, frame, obj, arg)
                    elif op == JUMP_IF_FALSE:
                        v = stack.pop()
                        if v is False or (v is not True and not ops.ToBoolean(v)):
                            pc = arg
                    elif op == LT:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a < b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.LessThan(a, b)
                    elif op == ADD:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a + b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Add(a, b)
                    elif op == LOAD_THIS:
                        t = frame.this
                        if t is TDZ:
                            frame.pc = pc
                            handlers[op](self, frame, arg)
                        stack.append(t)
                    elif op == CALL:
                        base = len(stack) - arg - 2
                        f = stack[base]
                        if type(f) is JSFunction and not f.code.call_kind:
                            this = stack[base + 1]
                            fargs = stack[base + 2:]
                            del stack[base:]
                            frame.pc = pc
                            frame = self.push_frame(f, this, fargs, frame)
                            break
                        frame.pc = pc
                        handlers[op](self, frame, arg)
                        pc = frame.pc
                    elif op == RETURN:
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
                    elif op == JUMP:
                        if arg < pc:
                            code.back_edges += 1
                        pc = arg
                    elif op == LOAD_CELL:
                        stack.append(frame.cells[arg].value)
                    elif op == SUB:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a - b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Sub(a, b)
                    elif op == MUL:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a * b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Mul(a, b)
                    elif op == POP:
                        stack.pop()
                    elif op == INC:
                        a = stack[-1]
                        if type(a) is float:
                            stack[-1] = a + 1.0
                        else:
                            frame.pc = pc
                            a = ops.ToNumeric(a)
                            stack[-1] = a + (1 if type(a) is int else 1.0)
                    elif op == STORE_CELL:
                        frame.cells[arg].value = stack.pop()
                    elif op == DUP:
                        stack.append(stack[-1])
                    elif op == JUMP_IF_TRUE:
                        v = stack.pop()
                        if v is True or (v is not False and ops.ToBoolean(v)):
                            pc = arg
                    elif op == LOAD_GLOBAL:
                        name = consts[arg]
                        v = glex.get(name, ABSENT)
                        if v is ABSENT:
                            i = gobj.shape.table.get(name)
                            if i is not None:
                                v = gobj.slots[i]
                                if type(v) is not Accessor:
                                    stack.append(v)
                                    continue
                        elif v is not TDZ:
                            stack.append(v)
                            continue
                        frame.pc = pc
                        handlers[op](self, frame, arg)
                    elif op == LOAD_LOCAL_CHECKED:
                        v = locals_[arg]
                        if v is TDZ:
                            frame.pc = pc
                            handlers[op](self, frame, arg)
                        stack.append(v)
                    elif op == STRICT_EQ:
                        b = stack.pop()
                        a = stack[-1]
                        stack[-1] = type(a) is type(b) and a == b
                    elif op == GET_ELEM:
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
                    else:
                        frame.pc = pc
                        r = handlers[op](self, frame, arg)
                        if r:
                            if r is EXIT:
                                return self.result
                            frame = self.frame
                            break
                        pc = frame.pc
            except ThrowCompletion as exc:
                frame.pc = pc
                frame = self.unwind(frame, exc, entry)
            except RecursionError:
                frame.pc = pc
                frame = self.unwind(frame, ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW), entry)
            except InternalEngineError:
                raise
            except Exception as e:  # an engine bug: never a raw traceback through the facade
                raise InternalEngineError(f"{type(e).__name__}: {e} (in {code.name or '(anonymous)'} "
                                          f"at pc {pc - 1}, {O.OPS[ops_[pc - 1]].name})") from e

    def run_table(self, entry: Frame):
        """Pure table dispatch: every opcode through HANDLERS (reference / benchmark)."""
        handlers = HANDLERS
        frame = entry
        while True:
            try:
                while True:
                    code = frame.code
                    ops_, args = code.ops, code.args
                    while True:
                        pc = frame.pc
                        op = ops_[pc]
                        frame.pc = pc + 1
                        r = handlers[op](self, frame, args[pc])
                        if r:
                            if r is EXIT:
                                return self.result
                            frame = self.frame
                            break
            except ThrowCompletion as exc:
                frame = self.unwind(self.frame if self.frame is not None else frame, exc, entry)
            except RecursionError:
                frame = self.unwind(frame, ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW), entry)
            except Exception as e:
                raise InternalEngineError(f"{type(e).__name__}: {e}") from e


def handlers_get_elem(vm, obj, key):
    from jskernel.engine.vm.handlers import get_elem
    return get_elem(vm, obj, key)


