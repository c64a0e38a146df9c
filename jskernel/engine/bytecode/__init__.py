"""Bytecode: the opcode table (opcodes.py), code objects (code.py), the assembler with
static stack-depth checking (assembler.py) and the disassembler (disassembler.py)."""
