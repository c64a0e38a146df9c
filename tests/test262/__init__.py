"""jskernel's test262 runner (see README.md): metadata.py parses front matter, host.py
provides print/$262 and runs one test, pool.py isolates runs in worker processes,
run.py is the command line (`python3 -m tests.test262.run`)."""
