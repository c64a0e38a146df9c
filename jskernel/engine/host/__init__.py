"""The host: the job queue (jobs.py; timers and the module loader come later)."""
