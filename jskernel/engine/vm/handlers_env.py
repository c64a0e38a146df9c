"""Handlers for run-time name resolution and dynamic code: `with`, direct / indirect
eval, and the Function constructor family.

Owns the ENV_* opcodes over the records of runtime/environments.py, NEW_VAR_ENV /
NEW_WITH_ENV, DECLARE_EVAL_VARS (the run-time half of EvalDeclarationInstantiation:
the global object's checks), CALL_EVAL (PerformEval for a direct call: the eval code
runs in a new frame on the VM's frame stack that shares the caller's cells, `this`,
`new.target` and function), `global_eval` (%eval%, indirect eval) and
`create_dynamic_function` (sec-createdynamicfunction).  Compilation of eval code is
compiler/evalcode.py.  Registered into `vm.handlers.HANDLERS` (calling convention
there).
"""

from __future__ import annotations

from jskernel.engine.errors import JSSyntaxError
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.environments import DeclarativeEnv, ObjectEnv
from jskernel.engine.runtime.functions import JSFunction
from jskernel.engine.runtime.objects import JSObject, ThrowCompletion, throw_reference_error, throw_type_error
from jskernel.engine.runtime.values import ABSENT, UNDEFINED
from jskernel.engine.vm.frames import Frame
from jskernel.engine.vm.handlers import handler, invoke


# --- environment records --------------------------------------------------------------------
@handler("NEW_VAR_ENV")
def _(vm, frame, arg):
    frame.stack.append(DeclarativeEnv())


@handler("NEW_WITH_ENV")
def _(vm, frame, arg):
    s = frame.stack
    v = s[-1]
    if v is UNDEFINED or v is None:
        throw_type_error(M.TO_OBJECT)
    s[-1] = ObjectEnv(v if isinstance(v, JSObject) else ops.ToObject(vm.realm, v))


@handler("ENV_HAS")
def _(vm, frame, arg):
    s = frame.stack
    s.append(s[-1].has(frame.code.consts[arg]))


@handler("ENV_GET")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = s[-1].get(frame.code.consts[arg], frame.code.strict)


@handler("ENV_GET_CALL")
def _(vm, frame, arg):
    s = frame.stack
    env = s[-1]
    s[-1] = env.get(frame.code.consts[arg], frame.code.strict)
    s.append(env.with_base())


@handler("ENV_SET")
def _(vm, frame, arg):
    s = frame.stack
    env = s.pop()
    env.set(frame.code.consts[arg], s.pop(), frame.code.strict)


@handler("ENV_DELETE")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = s[-1].delete(frame.code.consts[arg])


@handler("GLOBAL_RESOLVE")
def _(vm, frame, arg):
    """GetIdentifierReference on the global environment (HasBinding) for a strict `x = v`
    whose name no enclosing scope declares: an unresolvable reference stays unresolvable
    even if `v` creates the global (sec-putvalue step 3.a)."""
    name = frame.code.consts[arg]
    realm = vm.realm
    frame.stack.append(name in realm.global_lex or realm.global_object.has_property(name))


@handler("STORE_GLOBAL_RESOLVED")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    name = frame.code.consts[arg]
    if not s.pop():
        throw_reference_error(M.NOT_DEFINED.format(name))
    vm.realm.set_global(name, value, True)


@handler("LOAD_MAPPED_ARGUMENTS")
def _(vm, frame, arg):
    """CreateMappedArgumentsObject over this frame's parameter slots / cells."""
    from jskernel.engine.runtime.arguments import CreateMappedArgumentsObject
    bindings = []
    for m in frame.code.consts[arg]:
        if m is None:
            bindings.append(None)
        elif m[0] == "local":
            bindings.append((frame.locals, m[1]))
        else:
            bindings.append(frame.cells[m[1]])
    frame.stack.append(CreateMappedArgumentsObject(vm.realm, frame.func, frame.args, bindings))


# --- eval -------------------------------------------------------------------------------------
@handler("DECLARE_EVAL_VARS")
def _(vm, frame, arg):
    """EvalDeclarationInstantiation (sec-evaldeclarationinstantiation), the parts that
    depend on run-time state: the global object / global lexical names, or the calling
    function's %vars record (names it does not hold statically)."""
    is_global, var_names, fn_names = frame.code.consts[arg]
    env = frame.stack.pop()
    if not is_global:
        # step 16.b.i-iii: CreateMutableBinding(vn, true) unless the record has it
        d = env.vars
        for name in var_names:
            if name not in d:
                d[name] = UNDEFINED
        return
    vm.realm.declare_globals(var_names, fn_names, (), (), deletable=True)


def _syntax_error(e: JSSyntaxError):
    return ThrowCompletion(None, "SyntaxError", e.message if hasattr(e, "message") else str(e))


def _compile(text, site):
    from jskernel.engine.compiler.evalcode import compile_eval_code
    if site is not None:
        code = site.cache.get(text)
        if code is not None:
            return code
    try:
        code = compile_eval_code(text, site)
    except JSSyntaxError as e:
        raise _syntax_error(e) from None
    # a template literal's strings array belongs to its parse (sec-gettemplateobject): each
    # eval parses anew, so code with templates is not reused
    if site is not None and len(site.cache) < 64 and "`" not in text:
        site.cache[text] = code
    return code


@handler("CALL_EVAL")
def _(vm, frame, arg):
    """A call `eval(...)` (sec-function-calls-runtime-semantics-evaluation step 6): a
    direct eval when the callee is %eval%, otherwise an ordinary call."""
    s = frame.stack
    args = list(s.pop().elements)
    this = s.pop()
    f = s.pop()
    realm = vm.realm
    if f is not realm.intrinsics.get("%eval%"):
        return invoke(vm, frame, f, this, args)
    # PerformEval(x, strictCaller, true)
    x = args[0] if args else UNDEFINED
    if type(x) is not str:
        s.append(x)
        return None
    code = _compile(x, frame.code.consts[arg])
    if code.source.module is None:      # evalContext's ScriptOrModule: the caller's (import())
        code.source.module = frame.code.source.module
    if vm.depth >= vm.max_depth:
        raise ThrowCompletion(None, "RangeError", M.STACK_OVERFLOW)
    cells = frame.cells
    closure = [cells[i] for i in code.freevars]
    own = code.ncells - len(closure)
    nf = Frame(code, frame.func, frame.this, frame.args, frame, [UNDEFINED] * code.nlocals,
               ([None] * own + closure) if code.ncells else None)
    nf.new_target = frame.new_target
    code.calls += 1
    vm.frame = nf
    vm.depth += 1
    return True


def global_eval(realm, this, args):
    """%eval% called indirectly (sec-eval-x): PerformEval(x, false, false) in the global
    environment."""
    x = args[0] if args else UNDEFINED
    if type(x) is not str:
        return x
    code = _compile(x, None)
    return realm.vm.run_code(code, realm.global_object)


# --- the Function constructor family ------------------------------------------------------------
_KINDS = {
    "normal": ("function", "anonymous"),
    "generator": ("function*", "anonymous"),
    "async": ("async function", "anonymous"),
    "asyncGenerator": ("async function*", "anonymous"),
}


def create_dynamic_function(realm, args, kind="normal"):
    """CreateDynamicFunction (sec-createdynamicfunction): the parameters and the body are
    each checked on their own (steps 12-21), then the assembled source text
    `function anonymous(P\n) {\nbody\n}` is compiled in the global scope."""
    from jskernel.engine.syntax import parse
    prefix = _KINDS[kind][0]
    if args:
        params = ",".join(ops.ToString(a) for a in args[:-1])
        body = ops.ToString(args[-1])
    else:
        params, body = "", ""
    body_src = "\n" + body + "\n"
    source = f"({prefix} anonymous({params}\n) {{{body_src}}})"
    try:
        # steps 13-20: the body parses as a FunctionBody and the parameters as
        # FormalParameters, each on its own: each text must yield exactly one function
        # expression, so neither part can close the other's brackets
        for text in (f"({prefix} anonymous(\n) {{{body_src}}})", f"({prefix} anonymous({params}\n) {{}})",
                     source):
            program = parse(text, locations=False)
            st = program["body"]
            if not (len(st) == 1 and st[0]["type"] == "ExpressionStatement"
                    and st[0]["expression"]["type"] == "FunctionExpression"
                    and st[0]["expression"]["end"] == len(text) - 1):
                raise ThrowCompletion(None, "SyntaxError", "Unexpected token ')'" if text is not source
                                      else "Unexpected token '}'")
    except JSSyntaxError as e:
        raise _syntax_error(e) from None
    from jskernel.engine.compiler.evalcode import compile_eval_code
    from jskernel.engine.runtime.objects import CONFIGURABLE
    # step 30: the name "anonymous" is the function's `name`, not a binding in its scope
    program["body"][0]["expression"]["id"] = None
    try:
        code = compile_eval_code(source, None, program=program)
    except JSSyntaxError as e:
        raise _syntax_error(e) from None
    fn = realm.vm.run_code(code, realm.global_object)
    if isinstance(fn, JSFunction):
        # the function's [[SourceText]] is the assembled text without the wrapping parentheses
        fn.code.start, fn.code.end = 1, len(source) - 1
        fn.code.name = "anonymous"
        fn.define_raw("name", "anonymous", CONFIGURABLE)
    return fn


__all__ = ["global_eval", "create_dynamic_function", "ABSENT"]
