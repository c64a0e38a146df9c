"""Install the jskernel kernelspec so Jupyter can start the kernel.

Owns the kernelspec's content (kernel.json with the *current* interpreter in argv,
plus the logos shipped in jskernel/resources/) and where it goes, through
jupyter_client's KernelSpecManager:

    --user          ~/.local/share/jupyter/kernels/jskernel (or the platform's equivalent)
    --sys-prefix    sys.prefix/share/jupyter/kernels/jskernel (the current environment)
    --prefix DIR    DIR/share/jupyter/kernels/jskernel
    (none)          the system-wide Jupyter data directory when run as root,
                    otherwise the same as --user

kernelspec/kernel.json in the repository is the same spec with a plain "python";
a test keeps the two in step.  Leaves the kernel itself to kernel.py.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

KERNEL_NAME = "jskernel"
LOGOS = ("logo-32x32.png", "logo-64x64.png")


def kernel_json(python: str | None = None) -> dict:
    """The kernelspec for interpreter `python` (default: the running one)."""
    return {
        "argv": [python or sys.executable, "-m", "jskernel", "-f", "{connection_file}"],
        "display_name": "JavaScript (jskernel)",
        "language": "javascript",
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }


def write_spec(directory: str | Path, python: str | None = None) -> Path:
    """Write kernel.json and the logos into `directory` (created if needed)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "kernel.json").write_text(json.dumps(kernel_json(python), indent=2) + "\n",
                                           encoding="utf-8")
    package = resources.files("jskernel") / "resources"
    for name in LOGOS:
        logo = package / name
        if logo.is_file():
            with resources.as_file(logo) as path:
                shutil.copyfile(path, directory / name)
    return directory


def install(*, user: bool = False, sys_prefix: bool = False, prefix: str | None = None,
            python: str | None = None) -> str:
    """Install the kernelspec; return the directory it was installed to."""
    from jupyter_client.kernelspec import KernelSpecManager

    if sum(bool(x) for x in (user, sys_prefix, prefix)) > 1:
        raise ValueError("use only one of user, sys_prefix and prefix")
    if sys_prefix:
        prefix = sys.prefix
    elif not user and not prefix and not _is_root():
        user = True          # no place given: a normal user cannot write the system dir
    with tempfile.TemporaryDirectory(prefix="jskernel-spec-") as tmp:
        source = write_spec(Path(tmp) / KERNEL_NAME, python)
        return KernelSpecManager().install_kernel_spec(
            str(source), KERNEL_NAME, user=user, prefix=prefix)


def _is_root() -> bool:
    try:
        return os.geteuid() == 0
    except AttributeError:  # Windows: no euid; the system directory may not be writable
        return False
