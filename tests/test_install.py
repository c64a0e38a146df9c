"""Kernelspec installation (`jskernel install`, `jskernel.install`) and its files."""

from __future__ import annotations

import json
import struct
import sys
import zlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    crc = struct.unpack(">I", data[16 + length:20 + length])[0]
    assert crc == zlib.crc32(data[12:16 + length])
    return width, height


def test_install_into_prefix(tmp_path):
    from jupyter_client.kernelspec import KernelSpecManager

    from jskernel.install import install

    where = Path(install(prefix=str(tmp_path)))
    assert where == tmp_path / "share" / "jupyter" / "kernels" / "jskernel"
    spec = json.loads((where / "kernel.json").read_text())
    assert spec["argv"] == [sys.executable, "-m", "jskernel", "-f", "{connection_file}"]
    assert spec["display_name"] == "JavaScript (jskernel)"
    assert spec["language"] == "javascript"
    assert png_size((where / "logo-32x32.png").read_bytes()) == (32, 32)
    assert png_size((where / "logo-64x64.png").read_bytes()) == (64, 64)

    found = KernelSpecManager(kernel_dirs=[str(where.parent)]).get_kernel_spec("jskernel")
    assert found.display_name == "JavaScript (jskernel)"
    assert found.language == "javascript"
    assert found.argv[0] == sys.executable


def test_install_twice_replaces(tmp_path):
    from jskernel.install import install

    install(prefix=str(tmp_path))
    where = Path(install(prefix=str(tmp_path)))
    assert sorted(p.name for p in where.iterdir()) == ["kernel.json", "logo-32x32.png", "logo-64x64.png"]


def test_install_sys_prefix(tmp_path, monkeypatch):
    from jskernel import install as install_module

    monkeypatch.setattr(install_module.sys, "prefix", str(tmp_path))
    where = Path(install_module.install(sys_prefix=True))
    assert where == tmp_path / "share" / "jupyter" / "kernels" / "jskernel"


def test_install_user(tmp_path, monkeypatch):
    from jskernel.install import install

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    where = Path(install(user=True))
    assert where == tmp_path / "data" / "kernels" / "jskernel"
    assert (where / "kernel.json").is_file()


def test_default_is_user_for_non_root(tmp_path, monkeypatch):
    from jskernel import install as install_module

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(install_module, "_is_root", lambda: False)
    where = Path(install_module.install())
    assert where == tmp_path / "data" / "kernels" / "jskernel"


def test_conflicting_options():
    from jskernel.install import install

    with pytest.raises(ValueError):
        install(user=True, prefix="/nonexistent")


def test_repository_kernelspec_matches_installed_one():
    from jskernel.install import kernel_json

    committed = json.loads((REPO / "kernelspec" / "kernel.json").read_text())
    assert committed == kernel_json("python")
    assert committed["argv"] == ["python", "-m", "jskernel", "-f", "{connection_file}"]


@pytest.mark.parametrize("name, size", [("logo-32x32.png", 32), ("logo-64x64.png", 64)])
def test_logos_are_generated_by_the_committed_script(name, size):
    sys.path.insert(0, str(REPO / "kernelspec"))
    try:
        import make_logos
    finally:
        sys.path.remove(str(REPO / "kernelspec"))
    expected = make_logos.png(make_logos.draw(size))
    assert (REPO / "kernelspec" / name).read_bytes() == expected
    assert (REPO / "jskernel" / "resources" / name).read_bytes() == expected
    assert png_size(expected) == (size, size)
