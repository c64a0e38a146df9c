"""Kernel launch: ``python -m jskernel -f CONNECTION_FILE`` (see kernelspec/kernel.json).

``python -m jskernel run|parse|dis|console|install ...`` is passed on to the `jskernel`
command (cli.py) instead of starting a kernel that would wait for a connection forever.
"""

import sys

COMMANDS = {"run", "parse", "dis", "console", "install"}

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in COMMANDS:
        from jskernel.cli import main as cli_main

        sys.exit(cli_main())
    from jskernel.kernel import main

    main()
