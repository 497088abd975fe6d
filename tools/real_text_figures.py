#!/usr/bin/env python3
"""The figures README reports for classification: real text (../shared/corpus, or
$ROLEMAP_CORPUS) line by line, by document, and cross-validated by `lexicon fit`, plus our own
labeled splits. Extra arguments (e.g. `--lexicon DIR`) go to every rolemap command.

Usage: cargo build --release && python3 tools/real_text_figures.py [--lexicon DIR]
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "rolemap")
CORPUS = os.environ.get("ROLEMAP_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))


def rolemap(*args):
    done = subprocess.run([BINARY, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(extra):
    print("| set | lines | macro-F1 | none-lines left unmatched | documents right |")
    print("|---|---|---|---|---|")
    for name in ("framework", "resume", "brag"):
        r = rolemap("eval", *extra, os.path.join(CORPUS, name + ".tsv"), "--docs",
                    os.path.join(CORPUS, name + "_docs"), "--format", "json")
        none = "–" if r["none_unmatched"] is None else "%.1f%%" % (r["none_unmatched"] * 100)
        docs = r["documents"]
        print("| `%s.tsv` | %d | %.3f | %s | %d of %d |" % (name, r["rows"], r["macro_f1"], none,
                                                          docs["right"], docs["documents"]))
    for split in ("dev", "dev2", "test"):
        r = rolemap("eval", *extra, os.path.join("tests", "data", split + ".tsv"), "--format", "json")
        print("| `tests/data/%s.tsv` | %d | %.3f | %.1f%% | – |" % (split, r["rows"], r["macro_f1"],
                                                                  r["none_unmatched"] * 100))
    with tempfile.TemporaryDirectory() as out:
        r = rolemap("lexicon", "fit", *extra, os.path.join(CORPUS, "framework.tsv"),
                    os.path.join(CORPUS, "resume.tsv"), "--out", os.path.join(out, "fitted"),
                    "--format", "json")
    print()
    print("lexicon fit, %d folds grouped by %s (before / cross-validated / in-sample):" % (r["folds"], r["grouping"]))
    for f in r["figures"]:
        print("  %s: %.3f / %.3f / %.3f" % (os.path.basename(f["file"]), f["before"], f["cross_validated"], f["in_sample"]))


if __name__ == "__main__":
    main(sys.argv[1:])
