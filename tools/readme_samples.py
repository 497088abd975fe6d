#!/usr/bin/env python3
"""Re-runs every README sample (```text blocks starting `$ rolemap …`) and writes what the
release binary prints into the block, so README stays true after a lexicon or output change.
tests/readme.rs checks the same blocks in `cargo test`.

Usage: cargo build --release && python3 tools/readme_samples.py
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "rolemap")


def run(command: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    done = subprocess.run([BINARY] + command.split(), cwd=ROOT, env=env, capture_output=True, text=True)
    return done.stdout + done.stderr


def main() -> int:
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    parts = text.split("```text\n")
    changed = 0
    for i in range(1, len(parts)):
        block, sep, rest = parts[i].partition("\n```")
        first = block.split("\n", 1)[0]
        if not first.startswith("$ rolemap "):
            continue
        printed = run(first[len("$ rolemap "):]).rstrip("\n")
        new = first + "\n" + printed
        if new != block:
            changed += 1
        parts[i] = new + sep + rest
    open(path, "w", encoding="utf-8").write("```text\n".join(parts))
    print(f"README.md: {changed} sample(s) updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
