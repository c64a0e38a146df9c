"""The virtual machine: frames (frames.py), one handler per opcode (handlers.py), the
interpreter loop over an explicit frame stack (interpreter.py) and iteration helpers
(iteration.py).  See docs/vm.md for the design and measurements."""
