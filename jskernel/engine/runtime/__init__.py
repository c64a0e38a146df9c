"""Runtime: engine values, objects and shapes, abstract operations, realm, heap.

The VM (engine/vm/) executes bytecode over these values; builtins (engine/builtins/)
populate the realm's intrinsics.  See docs/architecture.md ("Values").
"""
