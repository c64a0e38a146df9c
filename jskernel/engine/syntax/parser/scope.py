"""Declaration tracking for the parser's redeclaration early errors.

Owns: the scope stack the parser keeps while parsing (function / block / catch /
class-static-block / class-field-initializer scopes with their var, lexical and
function-declaration names), the questions the grammar asks about it (can we
`await`, `return`, use `super`, `new.target`, `using` here?) and `declare_name`,
which reports `let a; var a;`-style conflicts.  Full scope analysis for the
compiler is `engine/syntax/scope.py`'s job, not this module's.
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M

SCOPE_TOP = 1
SCOPE_FUNCTION = 2
SCOPE_ASYNC = 4
SCOPE_GENERATOR = 8
SCOPE_ARROW = 16
SCOPE_SIMPLE_CATCH = 32
SCOPE_SUPER = 64
SCOPE_DIRECT_SUPER = 128
SCOPE_CLASS_STATIC_BLOCK = 256
SCOPE_CLASS_FIELD_INIT = 512
SCOPE_SWITCH = 1024
SCOPE_EVAL_NEW_TARGET = 2048   # eval code inside a non-arrow function: `new.target` allowed
SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK
_VARISH = SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK

BIND_NONE = 0
BIND_VAR = 1
BIND_LEXICAL = 2
BIND_FUNCTION = 3
BIND_SIMPLE_CATCH = 4
BIND_OUTSIDE = 5


def function_flags(is_async, generator):
    return SCOPE_FUNCTION | (SCOPE_ASYNC if is_async else 0) | (SCOPE_GENERATOR if generator else 0)


class Scope:
    __slots__ = ("flags", "var", "lexical", "functions", "catch_name")

    def __init__(self, flags):
        self.flags = flags
        self.var = set()
        self.lexical = set()
        self.functions = set()
        self.catch_name = None


class ScopeMixin:
    """Scope-stack queries and declarations (mixed into the parser)."""

    def enter_scope(self, flags):
        self.scope_stack.append(Scope(flags))

    def exit_scope(self):
        self.scope_stack.pop()

    def current_scope(self):
        return self.scope_stack[-1]

    def current_var_scope(self):
        for scope in reversed(self.scope_stack):
            if scope.flags & _VARISH:
                return scope

    def current_this_scope(self):
        for scope in reversed(self.scope_stack):
            if scope.flags & _VARISH and not scope.flags & SCOPE_ARROW:
                return scope

    def in_function(self):
        return bool(self.current_var_scope().flags & SCOPE_FUNCTION)

    def in_generator(self):
        return bool(self.current_var_scope().flags & SCOPE_GENERATOR)

    def in_async(self):
        return bool(self.current_var_scope().flags & SCOPE_ASYNC)

    def can_await(self):
        for scope in reversed(self.scope_stack):
            flags = scope.flags
            if flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT):
                return False
            if flags & SCOPE_FUNCTION:
                return bool(flags & SCOPE_ASYNC)
        return self.in_module

    def allow_super(self):
        return bool(self.current_this_scope().flags & SCOPE_SUPER)

    def allow_direct_super(self):
        return bool(self.current_this_scope().flags & SCOPE_DIRECT_SUPER)

    def treat_functions_as_var_in(self, scope):
        return bool(scope.flags & SCOPE_FUNCTION) or (not self.in_module and bool(scope.flags & SCOPE_TOP))

    def allow_new_target(self):
        for scope in reversed(self.scope_stack):
            flags = scope.flags
            if flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT | SCOPE_EVAL_NEW_TARGET) or \
                    (flags & SCOPE_FUNCTION and not flags & SCOPE_ARROW):
                return True
        return False

    def allow_using(self):
        flags = self.scope_stack[-1].flags
        if flags & SCOPE_SWITCH:
            return False
        if not self.in_module and flags & SCOPE_TOP:
            return False
        return True

    def in_class_static_block(self):
        return bool(self.current_var_scope().flags & SCOPE_CLASS_STATIC_BLOCK)

    def declare_name(self, name, binding, pos):
        redeclared = False
        if binding == BIND_LEXICAL:
            scope = self.scope_stack[-1]
            redeclared = name in scope.lexical or name in scope.functions or name in scope.var
            scope.lexical.add(name)
            if self.in_module and scope.flags & SCOPE_TOP:
                self.undefined_exports.pop(name, None)
        elif binding == BIND_SIMPLE_CATCH:
            scope = self.scope_stack[-1]
            scope.lexical.add(name)
            scope.catch_name = name
        elif binding == BIND_FUNCTION:
            scope = self.scope_stack[-1]
            if self.treat_functions_as_var_in(scope):
                redeclared = name in scope.lexical
            else:
                redeclared = name in scope.lexical or name in scope.var
            scope.functions.add(name)
        else:
            for scope in reversed(self.scope_stack):
                if (name in scope.lexical and not (scope.flags & SCOPE_SIMPLE_CATCH and scope.catch_name == name)) \
                        or (not self.treat_functions_as_var_in(scope) and name in scope.functions):
                    redeclared = True
                    break
                scope.var.add(name)
                if self.in_module and scope.flags & SCOPE_TOP:
                    self.undefined_exports.pop(name, None)
                if scope.flags & SCOPE_VAR:
                    break
        if redeclared:
            self.raise_at(pos, M.REDECLARATION % name)

    def check_local_export(self, ident):
        top = self.scope_stack[0]
        name = ident["name"]
        if name not in top.lexical and name not in top.var:
            self.undefined_exports[name] = ident
