"""`make dist`: the one-folder bundle with PyInstaller, then what a user downloads.

- every system: ``dist/facilitator-app/`` (PyInstaller, ``packaging/facilitator-app.spec``)
- Linux: ``dist/facilitator-app-VERSION-linux-x86_64.run``, a single self-extracting file
  (``packaging/selfextract.sh`` followed by the bundle as .tar.gz)
- Windows: ``dist/facilitator-app-VERSION-windows-x64.zip`` of the bundle folder
- macOS: ``dist/Facilitator-VERSION-macos.zip`` of ``Facilitator.app``

Prints ``name: value unit`` figures (build time, sizes) for docs/benchmarks.md.
"""

from __future__ import annotations

import hashlib
import io
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "facilitator-app"


def version() -> str:
    """The version from facilitator_app/__init__.py, its one home."""
    text = (ROOT / "facilitator_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        sys.exit("no __version__ in facilitator_app/__init__.py")
    return match.group(1)


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller() -> None:
    """Build dist/facilitator-app/ from the spec (a clean build every time)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "facilitator-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def linux_single_file(ver: str) -> Path:
    """The bundle as one executable file: a shell header and a .tar.gz payload."""
    payload = io.BytesIO()
    # Fixed owner and times: the file depends on the bundle, not on who built it when.
    with tarfile.open(fileobj=payload, mode="w:gz", compresslevel=9) as tar:

        def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        tar.add(BUNDLE, arcname="facilitator-app", filter=clean)
    data = payload.getvalue()
    template = (ROOT / "packaging" / "selfextract.sh").read_text(encoding="utf-8")
    header = (
        template.replace("@VERSION@", ver)
        .replace("@SHA256@", hashlib.sha256(data).hexdigest())
        .replace("@UNPACKED_MB@", str(round(folder_size(BUNDLE) / 1e6)))
    )
    # The offset is written with a fixed width, so writing it does not move the payload.
    probe = header.replace("@OFFSET@", "0" * 10).encode("utf-8")
    header_bytes = header.replace("@OFFSET@", f"{len(probe) + 1:010d}").encode("utf-8")
    assert len(header_bytes) == len(probe)
    target = DIST / f"facilitator-app-{ver}-linux-{platform.machine()}.run"
    tmp = target.with_suffix(".part")
    with tmp.open("wb") as out:
        out.write(header_bytes)
        out.write(data)
    tmp.chmod(0o755)
    tmp.replace(target)
    return target


def zip_folder(folder: Path, target: Path) -> Path:
    """A zip of ``folder`` (Windows)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, path.relative_to(folder.parent))
    return target


def main() -> int:
    """Build everything this system can build; print figures."""
    ver = version()
    started = time.perf_counter()
    pyinstaller()
    built = time.perf_counter()
    print(f"dist_pyinstaller_time: {built - started:.0f} s")
    print(f"dist_bundle_unpacked: {folder_size(BUNDLE) / 1e6:.0f} MB")
    if sys.platform.startswith("linux"):
        artefact = linux_single_file(ver)
    elif sys.platform == "win32":
        artefact = zip_folder(BUNDLE, DIST / f"facilitator-app-{ver}-windows-x64.zip")
    elif sys.platform == "darwin":
        artefact = DIST / f"Facilitator-{ver}-macos.zip"
        # ditto keeps the .app's symlinks and signatures, which a zip module would not.
        subprocess.run(
            ["ditto", "-c", "-k", "--keepParent", str(DIST / "Facilitator.app"), str(artefact)],
            check=True,
        )
    else:
        sys.exit(f"no download format for {sys.platform}")
    print(f"dist_download_size: {artefact.stat().st_size / 1e6:.0f} MB ({artefact.name})")
    print(f"dist_total_time: {time.perf_counter() - started:.0f} s")
    # PyInstaller's work folder is only needed during the build (hundreds of MB).
    shutil.rmtree(ROOT / "build" / "pyinstaller", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
