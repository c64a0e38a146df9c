"""The host: the job queue (jobs.py), timers and the event loop, and the file module
loader with CommonJS (loader.py and the modules it names; docs/loader.md)."""
