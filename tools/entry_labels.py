#!/usr/bin/env python3
"""Which lexicon entries fire on lines of another label: for every entry that matches labeled
lines, the labels of those lines, and (with --families) every form other than its own that an
unquoted entry met through its word family (`tested` meeting `test`, `sales` meeting `sale`).

An entry whose lines mostly carry another label (a hands-on entry firing on role work, a role
entry on another role's lines) is a candidate for quoting, narrowing or moving; the decision is
a person's, checked with `rolemap eval` and `lexicon fit`'s cross-validation.

Usage: cargo build --release && python3 tools/entry_labels.py [--families] [--max-agree 0.35]
           [--min-lines 4] [--lexicon DIR] [FILE.tsv ...]
Default files: ../shared/corpus/{framework,resume,brag}.tsv and tests/data/*.tsv.
"""
import argparse
import collections
import glob
import json
import os
import re
import signal
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "rolemap")
CORPUS = os.environ.get("ROLEMAP_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))


def labeled_rows(path):
    """`(label, text, source)` rows of a `label<TAB>text[<TAB>source]` file, header skipped. Each
    row is read as one activity (a row that opens a code fence or an HTML comment would shift the
    labels after it; `activities` checks that the counts agree)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or cols[0].lower() == "label":
                continue
            rows.append((cols[0].upper(), cols[1], cols[2] if len(cols) > 2 else path))
    return rows


def activities(rows, extra):
    """rolemap's explained activities for the rows' texts, one line each."""
    text = "\n".join(text for _, text, _ in rows)
    done = subprocess.run([BINARY, "--format", "json", "--explain", *extra, "-"], input=text,
                          capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)["documents"][0]["activities"]
    if len(found) != len(rows):
        sys.exit("%d rows but %d activities: a row is not one line of text" % (len(rows), len(found)))
    return found


def own_forms(term):
    """The forms a match of `term` may take without its word family: as written (normalised as
    rolemap normalises: apostrophes dropped, other punctuation a space), or plural."""
    written = re.sub(r"[^0-9a-z]+", " ", term.strip('"').lower().replace("'", "")).strip()
    return {written, written + "s", written + "es"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--families", action="store_true",
                        help="list every form met through a word family instead of entries "
                             "(--min-lines and --max-agree do not apply)")
    parser.add_argument("--max-agree", type=float, default=0.35,
                        help="show entries whose own label is at most this share of their lines")
    parser.add_argument("--min-lines", type=int, default=4)
    parser.add_argument("--lexicon", help="a lexicon folder instead of the built-in one")
    args = parser.parse_args()
    files = args.files or [os.path.join(CORPUS, n + ".tsv") for n in ("framework", "resume", "brag")]
    if not args.files:
        files += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "*.tsv")))
    extra = ["--lexicon", args.lexicon] if args.lexicon else []

    labels = collections.defaultdict(collections.Counter)
    sources = collections.defaultdict(set)
    for path in files:
        rows = labeled_rows(path)
        for activity in activities(rows, extra):
            label, _, source = rows[activity["line"] - 1]
            seen = set()
            for m in activity["matches"]:
                category = m["category"] or "NONE"
                if args.families:
                    term = m["term"]
                    if term.startswith("/") or term.endswith("*"):
                        continue
                    if m["matched"].lower() in own_forms(term):
                        continue
                    key = (m["source"], term, category, m["matched"].lower())
                else:
                    key = (m["source"], m["term"][:70], category, "")
                if key not in seen:
                    seen.add(key)
                    labels[key][label] += 1
                    sources[key].add((path, source))

    shown = []
    for key, counts in labels.items():
        lines = sum(counts.values())
        agree = counts.get(key[2], 0) / lines
        # Forms met through a family are all shown: each is a question for a person.
        if args.families or (lines >= args.min_lines and agree <= args.max_agree):
            shown.append((agree if not args.families else -lines, key, counts))
    shown.sort(key=lambda s: (s[0], s[1]))
    for _, (where, term, category, form), counts in shown:
        lines = sum(counts.values())
        met = f" -> {form}" if form else ""
        spread = ", ".join(f"{k} {v}" for k, v in counts.most_common())
        print(f"{lines:3} lines, {len(sources[(where, term, category, form)]):2} sources  "
              f"{where:28} {category:4} {term}{met}  ({spread})")


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into `head`
    main()
