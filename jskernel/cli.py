"""The `jskernel` command: run, parse, dis, console, install.

Owns argument parsing, reading source files (UTF-8, converted with `to_js` at the
edge), exit codes and turning every failure into a clear message on stderr:

    0   success
    1   the JavaScript program failed (uncaught exception or SyntaxError), as node
    2   usage errors and unreadable files
    70  a bug inside jskernel (an unexpected Python exception); the Python traceback
        is shown only with JSKERNEL_DEBUG=1
    130 interrupted (Ctrl-C)

Leaves everything else to the Engine facade (evaluate / inspect / disassemble), the
parser (`engine.syntax.parse`, `engine.syntax.estree.to_json`), the console
(`console/app.py`) and the kernelspec installer (`install.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK, EXIT_JS_ERROR, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPT = 0, 1, 2, 70, 130


class CLIError(Exception):
    """A user-facing failure: printed as ``jskernel: message``, exits with `code`."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def debug_enabled() -> bool:
    return os.environ.get("JSKERNEL_DEBUG", "") not in ("", "0")


# -- source files -------------------------------------------------------------------

def read_source(path: str) -> str:
    """Read `path` (``-`` is stdin) as UTF-8 and return it as a JS string.

    Newlines are kept exactly as written (offsets must match acorn's); a UTF-8 byte
    order mark is dropped, as node does.
    """
    from jskernel.engine.text import to_js

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except FileNotFoundError:
        raise CLIError(f"cannot open '{path}': no such file") from None
    except IsADirectoryError:
        raise CLIError(f"cannot open '{path}': it is a directory") from None
    except OSError as exc:
        raise CLIError(f"cannot open '{path}': {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CLIError(f"'{path}' is not valid UTF-8 (byte {exc.start})") from None
    return to_js(text)


def display_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


# -- commands -----------------------------------------------------------------------

def cmd_run(args) -> int:
    from jskernel.console.report import node_style
    from jskernel.engine import Engine
    from jskernel.engine.errors import JSError, JSSyntaxError
    from jskernel.engine.text import printable

    source = read_source(args.file)
    filename = display_name(args.file)
    engine = Engine(stdout=_write_stdout, stderr=_write_stderr)
    from jskernel.console.frontend import install_text_frontend

    install_text_frontend(engine, _write_stdout)     # display() as text, prompt() on stdin
    # like node: the first uncaught error in a callback / unhandled rejection ends the run
    engine.on_uncaught = lambda err: _report_uncaught(engine, err, filename, source)
    engine.on_idle = _flush_stdout
    # Program arguments (args.args) are accepted for forward compatibility; the engine
    # has no process.argv yet.
    try:
        if args.file != "-" and not args.module:
            # node's main-module rules: CommonJS (require, module, __filename ...) unless
            # .mjs / "type": "module" (engine/host/loader.py); stacks name the absolute path
            filename = os.path.realpath(args.file)
            if engine.run_main(filename) == "module":
                filename = _module_url(filename)     # ES module frames name the file: URL
        else:
            engine.evaluate(source, filename=filename, module=args.module)
        engine.run_event_loop()          # timers, immediates, promise jobs: until idle
    except JSSyntaxError as err:
        _flush_stdout()
        print(printable(err.format()), file=sys.stderr)
        return EXIT_JS_ERROR
    except JSError as err:
        _flush_stdout()
        if args.file != "-":
            filename, source = _throw_site(err, filename, source)
        print(node_style(err, filename, source), file=sys.stderr)
        return EXIT_JS_ERROR
    except _UncaughtExit:                # already reported by _report_uncaught
        return EXIT_JS_ERROR
    _flush_stdout()
    return EXIT_OK


class _UncaughtExit(BaseException):
    """Raised by the run's `on_uncaught` hook to stop the event loop (node exits).
    A BaseException so engine code that turns Python errors into JSErrors lets it by."""


def _report_uncaught(engine, err, filename: str, source: str) -> None:
    """node's report of an uncaught exception from a callback or an unhandled rejection
    (a non-error reason gets node's UnhandledPromiseRejection text), then stop the run."""
    from jskernel.console.report import node_style
    from jskernel.engine.host.event_loop import is_error_like, unhandled_rejection_text

    _flush_stdout()
    if getattr(err, "in_promise", False) and not is_error_like(err.value):
        text = unhandled_rejection_text(engine, err.value)
    else:
        text = node_style(err, filename, source)
    print(text, file=sys.stderr)
    raise _UncaughtExit()


def _module_url(path: str) -> str:
    from jskernel.engine.host.resolve import path_to_url
    return path_to_url(path)


def _throw_site(err, filename: str, source: str) -> tuple[str, str]:
    """(file name, source) node shows above an uncaught error: the file of the innermost
    frame (a required module, an imported module's file: URL), else the main file."""
    from jskernel.engine.host.resolve import url_to_path
    frames = getattr(err, "frames", None) or ()
    if not frames:
        return filename, source
    name = frames[0][1]
    if name in (filename, _module_url(filename)):
        return name, source
    path = url_to_path(name) if name.startswith("file://") else name
    if os.path.isabs(path) and os.path.isfile(path):
        try:
            return name, read_source(path)
        except CLIError:
            pass
    return filename, source


def cmd_parse(args) -> int:
    from jskernel.engine import syntax
    from jskernel.engine.errors import JSSyntaxError
    from jskernel.engine.syntax.estree import to_json
    from jskernel.engine.text import printable

    source = read_source(args.file)
    filename = display_name(args.file)
    try:
        tree = syntax.parse(source, module=args.module, filename=filename)
    except JSSyntaxError as err:
        print(printable(err.format()), file=sys.stderr)
        return EXIT_JS_ERROR
    if args.json:
        sys.stdout.write(to_json(tree, indent=None if args.compact else args.indent) + "\n")
    else:
        sys.stdout.write(render_tree(tree))
    return EXIT_OK


def cmd_dis(args) -> int:
    from jskernel.engine import Engine
    from jskernel.engine.errors import JSSyntaxError
    from jskernel.engine.text import printable

    source = read_source(args.file)
    filename = display_name(args.file)
    try:
        text = Engine().disassemble(source, filename=filename, module=args.module)
    except JSSyntaxError as err:
        print(printable(err.format()), file=sys.stderr)
        return EXIT_JS_ERROR
    text = printable(text)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    return EXIT_OK


def cmd_console(args) -> int:
    from jskernel.console.app import run_console

    return run_console(module=False)


def cmd_install(args) -> int:
    from jskernel.install import install

    try:
        where = install(user=args.user, sys_prefix=args.sys_prefix, prefix=args.prefix)
    except PermissionError as exc:
        raise CLIError(f"cannot install the kernelspec: {exc}; try --user") from None
    except OSError as exc:
        raise CLIError(f"cannot install the kernelspec: {exc}") from None
    print(f"Installed kernelspec 'jskernel' in {where}")
    return EXIT_OK


# -- readable AST -------------------------------------------------------------------

_SKIP = {"type", "start", "end", "loc"}


def render_tree(tree) -> str:
    """An indented, human-readable rendering of an ESTree tree (one node a line)."""
    out: list[str] = []
    _render(tree, "", 0, out)
    return "\n".join(out) + "\n"


def _is_node(value) -> bool:
    return isinstance(value, dict) and isinstance(value.get("type"), str)


def _scalar(value) -> str:
    from jskernel.engine.text import printable

    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, int):      # a BigInt literal's value (its `bigint` field says so)
        return str(value)
    if isinstance(value, str):
        return json.dumps(printable(value), ensure_ascii=False)
    if isinstance(value, dict) and set(value) == {"pattern", "flags"}:
        return f"/{printable(value['pattern'])}/{printable(value['flags'])}"
    if isinstance(value, dict):     # e.g. a TemplateElement's {raw, cooked}
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False, default=str)


def _where(node) -> str:
    loc = node.get("loc")
    span = f"{node.get('start')}-{node.get('end')}"
    if isinstance(loc, dict):
        s, e = loc.get("start", {}), loc.get("end", {})
        return f"{span} ({s.get('line')}:{s.get('column')}-{e.get('line')}:{e.get('column')})"
    return span


def _render(node, label: str, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    head = f"{pad}{label}: " if label else pad
    scalars, children = [], []
    for key, value in node.items():
        if key in _SKIP:
            continue
        if _is_node(value) or (isinstance(value, list) and value and any(_is_node(v) for v in value)):
            children.append((key, value))
        elif isinstance(value, list):
            scalars.append(f"{key}=[]" if not value else f"{key}=[{', '.join(_scalar(v) for v in value)}]")
        elif key == "value" and ("regex" in node or "bigint" in node):  # shown by those fields
            continue
        else:
            scalars.append(f"{key}={_scalar(value)}")
    out.append(f"{head}{node['type']} {_where(node)}" + (" " + " ".join(scalars) if scalars else ""))
    for key, value in children:
        if isinstance(value, list):
            for i, item in enumerate(value):
                if item is None:
                    out.append(f"{pad}  {key}[{i}]: null")
                else:
                    _render(item, f"{key}[{i}]", depth + 1, out)
        else:
            _render(value, key, depth + 1, out)


# -- argument parsing and the entry point -------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from jskernel import __version__

    parser = argparse.ArgumentParser(
        prog="jskernel",
        description="A JavaScript engine in pure Python: run scripts, inspect ASTs and "
                    "bytecode, start a console, install the Jupyter kernel.",
    )
    parser.add_argument("--version", action="version", version=f"jskernel {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="run a JavaScript file")
    p.add_argument("--module", action="store_true", help="run the file as an ES module")
    p.add_argument("file", metavar="FILE", help="the script to run ('-' for stdin)")
    p.add_argument("args", metavar="ARGS", nargs=argparse.REMAINDER, help="arguments for the script (accepted; not visible to scripts yet)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("parse", help="print the ESTree AST of a file")
    p.add_argument("--module", action="store_true", help="parse as an ES module")
    p.add_argument("--json", action="store_true", help="print acorn-compatible JSON")
    p.add_argument("--indent", type=int, default=2, metavar="N", help="JSON indentation (default 2)")
    p.add_argument("--compact", action="store_true", help="JSON on one line")
    p.add_argument("file", metavar="FILE", help="the source file ('-' for stdin)")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("dis", help="print the bytecode of a file")
    p.add_argument("--module", action="store_true", help="compile as an ES module")
    p.add_argument("file", metavar="FILE", help="the source file ('-' for stdin)")
    p.set_defaults(func=cmd_dis)

    p = sub.add_parser("console", help="start the interactive JavaScript console")
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("install", help="install the Jupyter kernelspec")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="install for the current user")
    where.add_argument("--sys-prefix", action="store_true",
                       help="install into sys.prefix (the current environment)")
    where.add_argument("--prefix", metavar="DIR", help="install under DIR/share/jupyter/kernels")
    p.set_defaults(func=cmd_install)
    return parser


def _write_stdout(text) -> None:
    from jskernel.engine.text import printable

    sys.stdout.write(printable(str(text)))


def _write_stderr(text) -> None:
    from jskernel.engine.text import printable

    _flush_stdout()
    sys.stderr.write(printable(str(text)))
    sys.stderr.flush()


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass


def _robust_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `jskernel` script; returns the exit status."""
    _robust_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except CLIError as exc:
        _flush_stdout()
        print(f"jskernel: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        _flush_stdout()
        print("jskernel: interrupted", file=sys.stderr)
        return EXIT_INTERRUPT
    except BrokenPipeError:
        # `jskernel parse big.js | head`: not an error worth a message.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except RecursionError as exc:
        return _internal(exc)
    except Exception as exc:  # an engine bug: a labelled message, never a bare traceback
        return _internal(exc)


def _internal(exc: BaseException) -> int:
    from jskernel.console.report import internal_error_text

    _flush_stdout()
    print(internal_error_text(exc, verbose=debug_enabled()), file=sys.stderr)
    return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
