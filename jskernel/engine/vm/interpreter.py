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
from jskernel.engine.vm.handlers import (EXIT, HANDLERS, ConstructCompletion, construct_result, construct_this,
                                         get_prop_ic, set_prop_ic)

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
        self.awaiting = False         # ... by AWAIT (an async frame parked on a promise)
        self.await_flags = 0          # the AWAIT operand (1: a rejection resumes with undefined)
        self.dispatch = dispatch

    # -- frames ------------------------------------------------------------------------------
    def make_frame(self, func, this, args, caller) -> Frame:
        """A new (not yet running) frame for calling `func` (binds this, args, cells).

        `run`'s CALL fast path inlines this (with push_frame) for non-arrow functions whose
        `this` needs no ToObject: keep the two in step."""
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
            if type(this) is Frame:          # created before super(): the constructor's this, now
                this = this.this
            f = Frame(code, func, this, args, caller, locals_, cells)
            f.new_target = getattr(func, "lexical_new_target", UNDEFINED)
            return f
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
        if code.call_kind >= 3:         # 3 async function, 4 async generator
            from jskernel.engine.vm import async_functions
            if code.call_kind == 3:
                return async_functions.call_async(self, func, this, args)
            return async_functions.create_async_generator(self, func, this, args)
        from jskernel.engine.builtins.generator import GeneratorState
        # sec-generator-definitions-runtime-semantics-evaluatebody: FunctionDeclarationInstantiation
        # runs during the call, so the frame first runs up to GENERATOR_START (a parameter error
        # throws from the call); only then is the generator object created
        frame = self.make_frame(func, this, list(args), None)
        state = GeneratorState(frame)
        self.resume_generator(state, "next", UNDEFINED)
        state.state = "suspendedStart"
        proto = func.get("prototype")
        if not isinstance(proto, JSObject):
            proto = self.realm.intrinsics["%GeneratorPrototype%"]
        gen = self.realm.heap.allocate(JSObject, proto, "Generator")
        gen.internal = state
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
        if self.frame is None:      # entered from outside (another realm's VM, a job, the host):
            try:                    # errors are this realm's, so materialize them here
                return self._call_function(func, this, args)
            except ThrowCompletion as exc:
                if exc.name is None:
                    raise
                raise ThrowCompletion(self.materialize(exc)) from None
        return self._call_function(func, this, args)

    def _call_function(self, func, this, args):
        if type(func) is JSFunction and func.realm is not self.realm:    # $262.createRealm
            return func.realm.vm.call_function(func, this, args)
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
        if self.frame is None:      # entered from outside: see call_function
            try:
                return self._construct(func, args, new_target)
            except ThrowCompletion as exc:
                if exc.name is None:
                    raise
                raise ThrowCompletion(self.materialize(exc)) from None
        return self._construct(func, args, new_target)

    def _construct(self, func, args, new_target=None):
        if type(func) is JSFunction and func.realm is not self.realm:    # $262.createRealm
            return func.realm.vm.construct(func, args, new_target)
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
            return func.construct_fn(func.realm, list(args), func if new_target is None else new_target)
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

    def capture_frames(self, limit=STACK_TRACE_LIMIT, skip_until=None):
        """[(function name, filename, line, column, is_construct)] innermost first.
        Names are V8's (`Foo.bar`, `Object.m`, `get x [as x]`: builtins/error.frame_name);
        `skip_until`: omit frames up to and including the innermost call of that function
        (Error subclass constructors, Error.captureStackTrace(o, fn))."""
        from jskernel.engine.builtins.error import frame_name
        out = []
        f = self.frame
        if skip_until is not None:
            g = f
            while g is not None and g.func is not skip_until:
                g = g.caller
            if g is not None:
                f = g.caller
        while f is not None and len(out) < limit:
            name, filename, line, col = f.location()
            out.append((frame_name(self.realm, f, name), filename, line, col, f.construct))
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
        if type(exc) is ConstructCompletion:         # thrown by [[Construct]] after the body
            self.depth -= 1
            self.frame = frame.caller
            if frame is entry:
                raise ThrowCompletion(value)
            frame = frame.caller
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
    def run(self, entry: Frame,
            LOAD_LOCAL=O.LOAD_LOCAL, GET_PROP=O.GET_PROP, PUSH_CONST=O.PUSH_CONST,
            STORE_LOCAL=O.STORE_LOCAL, JUMP_IF_FALSE=O.JUMP_IF_FALSE, ADD=O.ADD,
            LOAD_THIS=O.LOAD_THIS, MUL=O.MUL, CALL=O.CALL, RETURN=O.RETURN, LT=O.LT, POP=O.POP,
            SUB=O.SUB, LOAD_GLOBAL=O.LOAD_GLOBAL, MOD=O.MOD, JUMP=O.JUMP,
            GET_METHOD=O.GET_METHOD, INC=O.INC, SET_PROP=O.SET_PROP,
            PUSH_UNDEFINED=O.PUSH_UNDEFINED, LOAD_CELL=O.LOAD_CELL, GET_ELEM=O.GET_ELEM,
            DUP=O.DUP, PUSH_NULL=O.PUSH_NULL, STRICT_NE=O.STRICT_NE, STRICT_EQ=O.STRICT_EQ,
            STORE_CELL=O.STORE_CELL, LE=O.LE, GT=O.GT, GE=O.GE, DIV=O.DIV, NOT=O.NOT,
            JUMP_IF_TRUE=O.JUMP_IF_TRUE, LOAD_LOCAL_CHECKED=O.LOAD_LOCAL_CHECKED,
            APPEND_LOCAL=O.APPEND_LOCAL):
        """Run frames until `entry` returns (or yields); returns its value.

        The opcodes inlined below are tested in order of dynamic frequency over
        benchmarks/programs/ (LOAD_LOCAL alone is ~27% of executed instructions; see
        docs/performance.md).  Their numbers are default arguments, bound once at
        definition, so entering a nested run (every callback from a builtin: sort
        comparators, map/filter callbacks, getters) does not rebuild them."""
        if self.dispatch == "table":
            return self.run_table(entry)
        handlers = HANDLERS
        frame = entry
        realm_ = self.realm
        glex = realm_.global_lex
        gobj = realm_.global_object
        max_depth = self.max_depth
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
                    elif op == GET_PROP:
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
                    elif op == PUSH_CONST:
                        stack.append(consts[arg])
                    elif op == STORE_LOCAL:
                        locals_[arg] = stack.pop()
                    elif op == JUMP_IF_FALSE:
                        v = stack.pop()
                        if v is False or (v is not True and not ops.ToBoolean(v)):
                            pc = arg
                    elif op == ADD:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a + b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Add(a, b)
                    elif op == APPEND_LOCAL:     # `x += y` on a local: numbers here, strings in the handler
                        b = stack[-1]
                        a = stack[-2]
                        if type(a) is float and type(b) is float:
                            a = locals_[arg] = a + b
                            if ops_[pc] == POP:     # the usual statement form: no value wanted
                                pc += 1
                                del stack[-2:]
                            else:
                                del stack[-1]
                                stack[-1] = a
                        else:
                            frame.pc = pc
                            handlers[op](self, frame, arg)
                    elif op == LOAD_THIS:
                        t = frame.this
                        if t is TDZ:            # the handler resolves it (arrows before super()) or throws
                            frame.pc = pc
                            handlers[op](self, frame, arg)
                        else:
                            stack.append(t)
                    elif op == MUL:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a * b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Mul(a, b)
                    elif op == CALL:
                        base = len(stack) - arg - 2
                        f = stack[base]
                        if type(f) is JSFunction and f.realm is realm_:     # another realm's: its own VM
                            fc = f.code
                            if not fc.call_kind:
                                this = stack[base + 1]
                                fargs = stack[base + 2:]
                                del stack[base:]
                                frame.pc = pc
                                if (fc.is_arrow or self.depth >= max_depth
                                        or not (fc.strict or isinstance(this, JSObject)
                                                or this is UNDEFINED or this is None)):
                                    frame = self.push_frame(f, this, fargs, frame)
                                    break
                                # VM.make_frame + push_frame inlined for ordinary functions
                                # (keep in step with make_frame)
                                if not fc.strict and not isinstance(this, JSObject):
                                    this = gobj
                                fc.calls += 1
                                n = fc.nparams
                                nl = fc.nlocals
                                if arg == n:
                                    lo = fargs + [UNDEFINED] * (nl - n) if nl > n else fargs[:]
                                elif arg > n:
                                    lo = fargs[:n] + [UNDEFINED] * (nl - n)
                                else:
                                    lo = fargs + [UNDEFINED] * (nl - arg)
                                frame = Frame(fc, f, this, fargs, frame, lo,
                                              [None] * (fc.ncells - len(f.closure)) + f.closure
                                              if fc.ncells else None)
                                self.frame = frame
                                self.depth += 1
                                break
                        frame.pc = pc
                        handlers[op](self, frame, arg)
                        pc = frame.pc
                        if self.frame is not frame:     # the handler pushed a frame
                            frame = self.frame
                            break
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
                    elif op == LT:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a < b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.LessThan(a, b)
                    elif op == POP:
                        stack.pop()
                    elif op == SUB:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a - b
                        else:
                            frame.pc = pc
                            stack[-1] = ops.Sub(a, b)
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
                    elif op == MOD:
                        b = stack.pop()
                        a = stack[-1]
                        # for finite positive operands Python's float % is C fmod (JS %)
                        if type(a) is float and type(b) is float and 0.0 < a < INF and 0.0 < b:
                            stack[-1] = a % b
                        else:
                            frame.pc = pc
                            stack[-1] = handlers_mod(a, b)
                    elif op == JUMP:
                        if arg < pc:
                            code.back_edges += 1
                        pc = arg
                    elif op == GET_METHOD:
                        obj = stack[-1]
                        c = ic[pc - 1]
                        if c is not None and type(obj) is JSObject and obj.shape is c.shape:
                            c.hits += 1
                            stack[-1] = obj.slots[c.slot]
                        else:
                            frame.pc = pc
                            stack[-1] = get_prop_ic(self, frame, obj, arg)
                        stack.append(obj)
                    elif op == INC:
                        a = stack[-1]
                        if type(a) is float:
                            stack[-1] = a + 1.0
                        else:
                            frame.pc = pc
                            a = ops.ToNumeric(a)
                            stack[-1] = a + (1 if type(a) is int else 1.0)
                    elif op == SET_PROP:
                        value = stack.pop()
                        obj = stack[-1]
                        c = ic[pc - 1]
                        if c is not None and type(obj) is JSObject and obj.shape is c.shape:
                            c.hits += 1
                            obj.slots[c.slot] = value
                        else:
                            frame.pc = pc
                            set_prop_ic(self, frame, obj, arg, value)
                        stack[-1] = value
                    elif op == PUSH_UNDEFINED:
                        stack.append(UNDEFINED)
                    elif op == LOAD_CELL:
                        stack.append(frame.cells[arg].value)
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
                    elif op == DUP:
                        stack.append(stack[-1])
                    elif op == PUSH_NULL:
                        stack.append(None)
                    elif op == STRICT_NE:
                        b = stack.pop()
                        a = stack[-1]
                        stack[-1] = not (type(a) is type(b) and a == b)
                    elif op == STRICT_EQ:
                        b = stack.pop()
                        a = stack[-1]
                        stack[-1] = type(a) is type(b) and a == b
                    elif op == STORE_CELL:
                        frame.cells[arg].value = stack.pop()
                    elif op == LE or op == GT or op == GE:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a <= b if op == LE else (a > b if op == GT else a >= b)
                        else:
                            frame.pc = pc
                            stack.append(b)
                            handlers[op](self, frame, arg)
                    elif op == DIV:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float and b:
                            stack[-1] = a / b
                        else:
                            frame.pc = pc
                            stack.append(b)
                            handlers[op](self, frame, arg)
                    elif op == NOT:
                        v = stack[-1]
                        stack[-1] = v is False or (v is not True and not ops.ToBoolean(v))
                    elif op == JUMP_IF_TRUE:
                        v = stack.pop()
                        if v is True or (v is not False and ops.ToBoolean(v)):
                            pc = arg
                    elif op == LOAD_LOCAL_CHECKED:
                        v = locals_[arg]
                        if v is TDZ:
                            frame.pc = pc
                            handlers[op](self, frame, arg)
                        stack.append(v)
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


INF = float("inf")


def handlers_mod(a, b):
    if type(a) is float and type(b) is float:
        return ops.float_mod(a, b)
    return ops.Mod(a, b)


def handlers_get_elem(vm, obj, key):
    from jskernel.engine.vm.handlers import get_elem
    return get_elem(vm, obj, key)


