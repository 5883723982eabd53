"""Put a copy of the server and its dependencies in `bundled/` for one VS Code target.

    python scripts/bundle_server.py --target linux-x64
    npx vsce package --no-dependencies --target linux-x64

tree-sitter's binding is built per Python version, so the wheels of every supported CPython
version are merged into `bundled/libs` (their compiled modules carry the version in the file
name). Only PyPI is needed; other targets are built the same way from any machine, because pip
downloads the wheels of the requested platform instead of this one's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
REPO = HERE.parent
BUNDLED = HERE / "bundled"
PYTHON_VERSIONS = ("3.10", "3.11", "3.12", "3.13")

# VS Code target -> pip platform tags (pip also accepts older manylinux tags for these).
PLATFORMS = {
    "linux-x64": ["manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "linux-arm64": ["manylinux_2_17_aarch64", "manylinux2014_aarch64"],
    "darwin-x64": ["macosx_10_13_x86_64", "macosx_10_9_x86_64"],
    "darwin-arm64": ["macosx_11_0_arm64"],
    "win32-x64": ["win_amd64"],
}


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def build_wheel(out: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)])
    return next(out.glob("mistral_keyguard-*.whl"))


def install_for(wheel: Path, target: str, python: str, dest: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-compile", "--target", str(dest),
           "--only-binary=:all:", "--implementation", "cp", "--python-version", python]
    for tag in PLATFORMS[target]:
        cmd += ["--platform", tag]
    run(cmd + [str(wheel)])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(PLATFORMS), required=True)
    args = parser.parse_args(argv)
    shutil.rmtree(BUNDLED, ignore_errors=True)
    libs = BUNDLED / "libs"
    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_wheel(Path(tmp) / "wheel")
        for python in PYTHON_VERSIONS:
            staging = Path(tmp) / f"py{python}"
            install_for(wheel, args.target, python, staging)
            shutil.copytree(staging, libs, dirs_exist_ok=True)
    for junk in [*libs.glob("bin"), *libs.rglob("__pycache__")]:
        shutil.rmtree(junk, ignore_errors=True)
    (BUNDLED / "tool").mkdir(parents=True)
    shutil.copy2(HERE / "bundled-src" / "launch.py", BUNDLED / "tool" / "launch.py")
    (BUNDLED / "TARGET").write_text(args.target + "\n")
    print(f"bundled server for {args.target} in {BUNDLED.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
