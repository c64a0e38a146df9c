"""Jupyter comms seen from JavaScript: `Jupyter.comm`, the channel widgets are built on.

Owns the JS API and the engine's table of open comms and targets:

    Jupyter.comm.registerTarget(name, (comm, msg) => {...})   // front end opens a comm
    Jupyter.comm.unregisterTarget(name)
    const comm = Jupyter.comm.open(targetName, data, metadata, buffers)   // kernel opens one
    comm.commId, comm.targetName
    comm.send(data, metadata, buffers); comm.close(data)
    comm.onMsg(msg => {...}); comm.onClose(msg => {...})

`msg` is the Jupyter message as a JS object (`msg.content.data` is what the other side
sent; `msg.buffers` an array of ArrayBuffers).  Data is converted through JSON.

The front end side is the host's: `engine.comm_host`, an object with
`register_target(name)`, `unregister_target(name)`, `open(target, data, metadata,
buffers) -> comm_id`, `send(comm_id, data, metadata, buffers)`, `close(comm_id, data,
metadata)` (the kernel wires these to ipykernel's CommManager; without one every call
throws "Jupyter.comm is not available ...").  Messages from the front end come back
through `comm_opened` / `comm_message` / `comm_closed`, which run the JS callbacks;
an exception escaping a callback is reported on stderr as "Uncaught ..." (like an
event handler's) and never reaches the host.
"""

from __future__ import annotations

import json

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import HIDDEN_ATTRS, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED
from jskernel.engine.text import printable, to_js


class CommState:
    """The realm's targets (name -> JS function) and open comms (id -> entry)."""

    def __init__(self):
        self.targets: dict[str, object] = {}
        self.comms: dict[str, dict] = {}      # id -> {"object", "on_msg", "on_close"}


def _state(realm) -> CommState:
    st = getattr(realm, "comm_state", None)
    if st is None:
        st = realm.comm_state = CommState()
    return st


def _host(realm):
    host = getattr(realm.host, "comm_host", None)
    if host is None:
        throw_type_error("Jupyter.comm is not available: this front end has no comms")
    return host


def _arg(args, i):
    return args[i] if i < len(args) else UNDEFINED


def _data(realm, value, what):
    """A JS value as JSON data (undefined -> {})."""
    from jskernel.engine.host.display import to_json_data

    if value is UNDEFINED or value is None:
        return {}
    data = to_json_data(realm, value)
    if not isinstance(data, dict):
        throw_type_error(f"{what} must be an object")
    return data


def _buffers(value):
    from jskernel.engine.host.display import _binary

    if value is UNDEFINED or value is None:
        return None
    if not isinstance(value, JSObject):
        throw_type_error("buffers must be an array of ArrayBuffers or typed arrays")
    out = []
    n = int(ops.ToLength(value.get("length")))
    for i in range(n):
        b = _binary(value.get(str(i)))
        if b is None:
            throw_type_error("buffers must be an array of ArrayBuffers or typed arrays")
        out.append(b)
    return out


def _comm_object(realm, comm_id: str, target: str):
    st = _state(realm)
    entry = {"object": None, "on_msg": None, "on_close": None}
    st.comms[comm_id] = entry
    c = realm.new_object()
    c.define_raw("commId", to_js(comm_id))
    c.define_raw("targetName", to_js(target))

    def send(realm_, this, args):
        if comm_id not in st.comms:
            throw_type_error(f"Cannot send on comm '{comm_id}': it is closed")
        _host(realm).send(comm_id, _data(realm, _arg(args, 0), "comm.send(data)"),
                          _data(realm, _arg(args, 1), "comm.send(data, metadata)"), _buffers(_arg(args, 2)))
        return UNDEFINED

    def close(realm_, this, args):
        if st.comms.pop(comm_id, None) is not None:
            _host(realm).close(comm_id, _data(realm, _arg(args, 0), "comm.close(data)"),
                               _data(realm, _arg(args, 1), "comm.close(data, metadata)"))
        return UNDEFINED

    def setter(slot):
        def on(realm_, this, args):
            cb = _arg(args, 0)
            if cb is not None and cb is not UNDEFINED and not ops.IsCallable(cb):
                throw_type_error(f"The callback of comm.{'onMsg' if slot == 'on_msg' else 'onClose'}() "
                                 f"must be a function")
            entry[slot] = cb if ops.IsCallable(cb) else None
            return UNDEFINED
        return on

    for name, fn, n in (("send", send, 1), ("close", close, 0),
                        ("onMsg", setter("on_msg"), 1), ("onClose", setter("on_close"), 1)):
        c.define_raw(name, realm.new_native(fn, name, n), HIDDEN_ATTRS)
    entry["object"] = c
    return c


def js_register_target(realm, this, args):
    name, fn = _arg(args, 0), _arg(args, 1)
    if type(name) is not str:
        throw_type_error('The "targetName" argument must be of type string')
    if not ops.IsCallable(fn):
        throw_type_error('The "callback" argument must be of type function')
    _host(realm).register_target(printable(name))
    _state(realm).targets[printable(name)] = fn
    return UNDEFINED


def js_unregister_target(realm, this, args):
    name = printable(ops.ToString(_arg(args, 0)))
    if _state(realm).targets.pop(name, None) is not None:
        _host(realm).unregister_target(name)
    return UNDEFINED


def js_open(realm, this, args):
    target = _arg(args, 0)
    if type(target) is not str:
        throw_type_error('The "targetName" argument must be of type string')
    data = _data(realm, _arg(args, 1), "Jupyter.comm.open(target, data)")
    metadata = _data(realm, _arg(args, 2), "Jupyter.comm.open(target, data, metadata)")
    buffers = _buffers(_arg(args, 3))
    comm_id = _host(realm).open(printable(target), data, metadata, buffers)
    return _comm_object(realm, comm_id, printable(target))


def install(realm) -> None:
    """Define `Jupyter.comm` on the global object (the `Jupyter` namespace is shared)."""
    g = realm.global_object
    jupyter = g.get_own("Jupyter")
    if not isinstance(jupyter, JSObject):
        jupyter = realm.new_object()
        g.define_raw("Jupyter", jupyter, HIDDEN_ATTRS)
    api = realm.new_object()
    for name, fn, n in (("registerTarget", js_register_target, 2),
                        ("unregisterTarget", js_unregister_target, 1),
                        ("open", js_open, 1)):
        api.define_raw(name, realm.new_native(fn, name, n), HIDDEN_ATTRS)
    jupyter.define_raw("comm", api, HIDDEN_ATTRS)


# -- messages from the front end ---------------------------------------------------------------

def message_object(realm, msg: dict):
    """A Jupyter message (dict) as a JS object; `buffers` become ArrayBuffers."""
    from jskernel.engine.builtins.json import json_parse
    from jskernel.engine.runtime.typed_arrays import JSArrayBuffer

    plain = {k: v for k, v in msg.items() if k != "buffers"}
    obj = json_parse(realm, UNDEFINED, [to_js(json.dumps(plain, default=str))])
    buffers = []
    for b in msg.get("buffers") or ():
        buf = realm.heap.allocate(JSArrayBuffer, realm.intrinsics["%ArrayBuffer.prototype%"],
                                  bytearray(bytes(b)))
        buffers.append(buf)
    obj.define_raw("buffers", realm.new_array(buffers))
    return obj


def comm_opened(realm, comm_id: str, target: str, msg: dict) -> bool:
    """The front end opened a comm to `target`: call its JS target.  False when no JS
    target of that name is registered (the host then closes the comm)."""
    fn = _state(realm).targets.get(target)
    if fn is None:
        return False
    c = _comm_object(realm, comm_id, target)
    fn.call(UNDEFINED, [c, message_object(realm, msg)])
    return True


def comm_message(realm, comm_id: str, msg: dict) -> None:
    entry = _state(realm).comms.get(comm_id)
    if entry is not None and entry["on_msg"] is not None:
        entry["on_msg"].call(entry["object"], [message_object(realm, msg)])


def comm_closed(realm, comm_id: str, msg: dict) -> None:
    entry = _state(realm).comms.pop(comm_id, None)
    if entry is not None and entry["on_close"] is not None:
        entry["on_close"].call(entry["object"], [message_object(realm, msg)])


def deliver(engine, fn, *args):
    """Run `fn(realm, *args)` (a JS callback) for the host, then the microtasks it
    queued; an uncaught JS exception is written to stderr as "Uncaught ..."."""
    from jskernel.engine.errors import JSError

    try:
        result = engine.guarded(fn, engine.realm, *args)
        engine.run_jobs()
        return result
    except JSError as err:
        engine.write("stderr", "Uncaught " + (err.stack or f"{err.name}: {err.message}") + "\n")
        return None
