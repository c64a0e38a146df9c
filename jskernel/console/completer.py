"""The console's Tab completion: a prompt_toolkit Completer over the same machinery as
the kernel's complete_request (jskernel/completion.py: JavaScript names and properties
read without running code, module specifiers, magics).

Owns only the adapter: each match becomes a prompt_toolkit `Completion` replacing the
typed prefix, with its type (function, property, keyword...) as the menu's meta text.
The session's engine is the one the console evaluates in, so names defined at the
prompt complete.
"""

from __future__ import annotations

from prompt_toolkit.completion import Completer, Completion


class JSCompleter(Completer):
    def __init__(self, session):
        self.session = session        # app.Session: its `engine` is made on first use

    def get_completions(self, document, complete_event):
        from jskernel.completion import complete

        try:
            engine = self.session.engine
        except Exception:   # noqa: BLE001 -- no engine: magics only
            engine = None
        cursor = document.cursor_position
        try:
            matches, start, _end, types = complete(engine, document.text, cursor)
        except Exception:   # noqa: BLE001 -- completion never disturbs the prompt
            return
        for text, kind in zip(matches, types):
            yield Completion(text, start_position=start - cursor, display_meta=kind)


def show_help(session, text: str) -> bool:
    """`x?` / `x??` at the prompt: print the inspection report (the kernel's `page`);
    False when `text` is not such a request."""
    import re

    from jskernel.completion import page_reply
    from jskernel.console.style import use_color

    try:
        engine = session.engine
    except Exception:   # noqa: BLE001
        engine = None
    page = page_reply(engine, text)
    if page is None:
        return False
    report = page["data"]["text/plain"]
    if not use_color(session.out):
        report = re.sub(r"\x1b\[[0-9;]*m", "", report)
    session.out.write(report + "\n")
    return True
