"""%IteratorPrototype% and the built-in iterator objects (Array / String iterators).

A built-in iterator object is a JSObject whose `internal` slot holds one of the
engine's Python iterator records (vm/iteration.py); `next()` steps it and builds the
`{ value, done }` result.  for-of / spread / destructuring skip these objects entirely
when iterating an array or string whose iteration behaviour is the original one.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, define_table
from jskernel.engine.runtime.objects import JSObject, throw_type_error
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED


def iter_result(realm, value, done):
    """CreateIterResultObject."""
    o = realm.new_object()
    o.define_raw("value", value)
    o.define_raw("done", done)
    return o


def iterator_proto_iterator(realm, this, args):
    return this


def make_builtin_iterator(realm, record, proto_key, class_name):
    o = realm.heap.allocate(JSObject, realm.intrinsics[proto_key], class_name)
    o.internal = record
    return o


def _next_for(class_name):
    def next_(realm, this, args):
        if not isinstance(this, JSObject) or this.class_name != class_name:
            throw_type_error(f"next method called on incompatible receiver {class_name}")
        v = this.internal.next()
        if v is ABSENT:
            return iter_result(realm, UNDEFINED, True)
        return iter_result(realm, v, False)
    return next_


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    ip = realm.heap.allocate(JSObject, op)
    define_table(realm, ip, [(SYMBOL_ITERATOR, iterator_proto_iterator, 0)])
    realm.intrinsics["%IteratorPrototype%"] = ip
    for name, cls in (("Array", "Array Iterator"), ("String", "String Iterator")):
        p = realm.heap.allocate(JSObject, ip)
        define_table(realm, p, [("next", _next_for(cls), 0),
                                (SYMBOL_TO_STRING_TAG, VALUE(cls), 4)])
        realm.intrinsics[f"%{name}IteratorPrototype%"] = p
