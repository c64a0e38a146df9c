"""Handlers for the async instructions: AWAIT, the async iterator ops used by
`for await` (ASYNC_ITER_*) and `yield*` inside async generators (ASYNC_YIELD_STAR_*).

Registered into `vm.handlers.HANDLERS` (see that module for the calling convention).
AWAIT parks the frame like YIELD does and flags the run as an await; the driver in
vm/async_functions.py hooks the frame's resumption onto the awaited promise.
"""

from __future__ import annotations

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import ABSENT, UNDEFINED
from jskernel.engine.vm import async_functions as A
from jskernel.engine.vm.handlers import handler, park


@handler("AWAIT")
def _(vm, frame, arg):
    """Park the async frame; the driver resumes it when the awaited value settles."""
    vm.awaiting = True
    vm.await_flags = arg
    return park(vm, frame, frame.stack.pop())


@handler("ASYNC_GENERATOR_START")
def _(vm, frame, arg):
    """Park a freshly called async generator after FunctionDeclarationInstantiation."""
    return park(vm, frame, UNDEFINED)


@handler("JUMP_IF_RETURN_COMPLETION")
def _(vm, frame, arg):
    """In a for-await cleanup handler: a return completion closes the iterator with
    AsyncIteratorClose's checks; only a throw completion closes it quietly."""
    from jskernel.engine.vm.interpreter import GeneratorReturn
    if type(frame.stack.pop()) is GeneratorReturn:
        frame.pc = arg


@handler("ASYNC_ITER_START")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = A.get_async_iterator(vm, s[-1], frame.code.call_names.get(frame.pc - 1))


@handler("ASYNC_ITER_NEXT")
def _(vm, frame, arg):
    s = frame.stack
    s.append(s[-1].call(vm, "next", UNDEFINED, has_value=False))


@handler("ASYNC_ITER_RESULT")
def _(vm, frame, arg):
    s = frame.stack
    r = s[-1]
    if not isinstance(r, JSObject):
        s[-2].done = True
        throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")
    if ops.ToBoolean(r.get("done")):
        s[-2].done = True
        del s[-2:]
        frame.pc = arg
        return
    s[-1] = r.get("value")


def _close(vm, frame, arg, quiet):
    s = frame.stack
    rec = s[-1]
    done, rec.done = rec.done, True
    try:
        r = rec.call(vm, "return", UNDEFINED, has_value=False) if not done else ABSENT   # AsyncIteratorClose: no argument
    except ThrowCompletion:
        if not quiet:
            raise
        r = ABSENT
    if r is ABSENT:
        s.pop()
        frame.pc = arg
    else:
        s[-1] = r


@handler("ASYNC_ITER_CLOSE")
def _(vm, frame, arg):
    _close(vm, frame, arg, False)


@handler("ASYNC_ITER_CLOSE_QUIET")
def _(vm, frame, arg):
    _close(vm, frame, arg, True)


@handler("ASYNC_ITER_CLOSE_CHECK")
def _(vm, frame, arg):
    r = frame.stack.pop()
    if not isinstance(r, JSObject):
        throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")


@handler("ASYNC_YIELD_STAR_CALL")
def _(vm, frame, arg):
    """yield* in an async generator, first half of a step: call the inner iterator's
    next / throw / return with the received value; its result is awaited next."""
    s = frame.stack
    received = s.pop()
    rec = s[-1]
    mode = frame.resume_mode or "next"
    frame.resume_mode = None
    r = rec.call(vm, mode, received)
    if r is ABSENT:
        if mode == "return":
            s.append("return-none")
            s.append(received)
            return
        # no throw method: AsyncIteratorClose, then a TypeError
        try:
            r = rec.call(vm, "return", UNDEFINED, has_value=False)
        finally:
            rec.done = True
        s.append("throw-none")
        s.append(UNDEFINED if r is ABSENT else r)
        return
    s.append(mode)
    s.append(r)


@handler("ASYNC_YIELD_STAR_CHECK")
def _(vm, frame, arg):
    """Second half: inspect the awaited inner result; yield its value or finish."""
    from jskernel.engine.vm.interpreter import GeneratorReturn
    s = frame.stack
    r = s.pop()
    kind = s.pop()
    if kind == "return-none":
        raise ThrowCompletion(GeneratorReturn(r))
    if kind == "throw-none":
        if r is not UNDEFINED and not isinstance(r, JSObject):
            throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")
        throw_type_error("The iterator does not provide a 'throw' method.")
    if not isinstance(r, JSObject):
        throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")
    if ops.ToBoolean(r.get("done")):
        value = r.get("value")
        if kind == "return":
            raise ThrowCompletion(GeneratorReturn(value))
        s.append(value)
        frame.pc = arg
        return
    s.append(r.get("value"))
    frame.resume_mode = "wait"            # the YIELD that follows delivers (mode, value) back here
