"""Key bindings of the console.

    Enter        run the input when it is complete (or has an unfixable syntax error);
                 otherwise insert a newline and indent.  In the middle of the text it
                 always inserts a newline.
    Alt-Enter    run the input as it is (Escape then Enter on most terminals)
    Tab          indent (when only whitespace precedes the cursor on its line),
                 else complete (completer.py): a single match is inserted, several
                 open a menu; Enter takes the selected match
    } ] )        typed on a blank line, first remove one indentation level

Ctrl-C (cancel the input) and Ctrl-D (exit on an empty line) are prompt_toolkit's
defaults, handled in app.py.
"""

from __future__ import annotations

from prompt_toolkit.filters import has_completions
from prompt_toolkit.key_binding import KeyBindings

from jskernel.console.validator import INDENT, needs_more


def console_key_bindings() -> KeyBindings:
    kb = KeyBindings()

    @kb.add("enter")
    def _enter(event):
        buf = event.current_buffer
        state = buf.complete_state
        if state is not None:       # the completion menu is open
            if state.current_completion is not None:
                buf.apply_completion(state.current_completion)
                return
            buf.cancel_completion()
        doc = buf.document
        if doc.text_after_cursor.strip():
            before = doc.current_line_before_cursor
            buf.insert_text("\n" + before[: len(before) - len(before.lstrip())])
            return
        more, indent = needs_more(buf.text)
        if more:
            # drop trailing blanks on the finished line, then continue indented
            line = doc.current_line_before_cursor
            stripped = len(line) - len(line.rstrip(" \t"))
            if stripped and line.strip():
                buf.delete_before_cursor(stripped)
            buf.insert_text("\n" + indent)
        else:
            buf.validate_and_handle()

    @kb.add("escape", "enter")
    def _submit(event):
        event.current_buffer.validate_and_handle()

    @kb.add("tab", filter=~has_completions)
    def _tab(event):
        buf = event.current_buffer
        if not buf.document.current_line_before_cursor.strip():
            buf.insert_text(INDENT)
        else:       # one match is inserted, several show a menu (common part inserted)
            buf.start_completion(select_first=False, insert_common_part=True)

    for closer in "}])":
        @kb.add(closer)
        def _close(event, closer=closer):
            buf = event.current_buffer
            before = buf.document.current_line_before_cursor
            if before and not before.strip():
                buf.delete_before_cursor(min(len(INDENT), len(before)))
            buf.insert_text(closer)

    return kb
