"""Starting the real jskernel for tests: the kernelspec installed into a temporary prefix
(`jskernel.install`), the kernel launched from it by jupyter_client with this checkout on
PYTHONPATH, a client whose channels are running.  One place for what every kernel test
module needs."""

from __future__ import annotations

import os
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 120


def install_spec(prefix: Path) -> Path:
    """Install the kernelspec under `prefix`; returns the kernels directory."""
    from jskernel.install import install

    install(prefix=str(prefix))
    return prefix / "share" / "jupyter" / "kernels"


def start_kernel(prefix: Path, *, env: dict | None = None, cwd: Path | None = None):
    """Install into `prefix` and start a kernel; returns (manager, client), the client's
    channels running and the kernel ready.  `env`: extra environment variables."""
    ksm = KernelSpecManager(kernel_dirs=[str(install_spec(prefix))])
    manager = KernelManager(kernel_name="jskernel", kernel_spec_manager=ksm)
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join([str(REPO), environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    environ.pop("JSKERNEL_DEBUG", None)
    environ.update(env or {})
    manager.start_kernel(env=environ, **({"cwd": str(cwd)} if cwd is not None else {}))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
    except Exception:
        stop_kernel(manager, client)
        raise
    return manager, client


def stop_kernel(manager, client) -> None:
    client.stop_channels()
    manager.shutdown_kernel(now=True)
