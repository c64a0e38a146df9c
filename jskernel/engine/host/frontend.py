"""The front-end API a host gives JavaScript: rich display, dialogs and comms.

Owns installing that API into an engine's realm (`install_frontend`); host code that
calls into JS outside `Engine.evaluate` goes through `Engine.guarded` (a ThrowCompletion
becomes a `JSError`, the VM is left clean).  The pieces live in display.py,
dialogs.py and comms.py; the Engine facade only delegates here.

A plain `Engine()` (the test262 host, the program corpus) has none of these globals;
the kernel, the console and `jskernel run` install them:

    engine.install_frontend(display=sink, input=read_line, comm=comm_host)

`display`: `sink(kind, bundle, metadata, display_id)` (see display.py); `input`:
`read_line(prompt) -> str` (see dialogs.py); `comm`: a comm host (see comms.py).  A
missing piece leaves its globals out (`display` needs a sink, dialogs need input,
`Jupyter.comm` needs a comm host).
"""

from __future__ import annotations


# The globals this module may install, for tools that list the user's own names.
FRONTEND_GLOBALS = ("display", "clearOutput", "prompt", "confirm", "alert", "Jupyter")


def install_frontend(engine, *, display=None, input=None, comm=None) -> None:
    from jskernel.engine.host import comms, dialogs
    from jskernel.engine.host import display as display_mod

    realm = engine.realm
    if display is not None:
        engine.display_sink = display
        display_mod.install(realm)
    if input is not None:
        engine.input_sink = input
        dialogs.install(realm)
    if comm is not None:
        engine.comm_host = comm
        comms.install(realm)
    from jskernel.engine.host.namespace import mark_startup
    mark_startup(engine)


def mime_bundle(engine, value):
    """The rich part of `value`'s display bundle as (bundle, metadata), or None."""
    from jskernel.engine.host.display import rich_bundle

    return engine.guarded(rich_bundle, engine.realm, value)
