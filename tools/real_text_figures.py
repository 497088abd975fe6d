#!/usr/bin/env python3
"""The figures README reports for classification: real text (../shared/corpus, or
$ROLEMAP_CORPUS) line by line, by document, and cross-validated by `lexicon fit`, plus our own
labeled splits. Extra arguments (e.g. `--lexicon DIR`) go to every rolemap command.

With --prefit, the cross-validation starts from the lexicon as it was before `lexicon fit` set
its weights: every weight under a `# fit: A → B` comment is put back to A (in a temporary copy).
That is the cross-validated figure README reports; from the shipped weights, every fold has
already seen the sources it is scored on.

Usage: cargo build --release && python3 tools/real_text_figures.py [--prefit] [--lexicon DIR]
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "rolemap")
CORPUS = os.environ.get("ROLEMAP_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))


def rolemap(*args):
    done = subprocess.run([BINARY, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


FIT_COMMENT = re.compile(r"# fit: ([0-9.]+) → ([0-9.]+)")
WEIGHTED = re.compile(r"(.*) = ([0-9.]+)$")


def prefit_copy(source, target):
    """Copies lexicon folder `source` to `target` with each fitted weight put back: an entry
    right under a `# fit: A → B` comment whose weight is B gets A again."""
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        path = os.path.join(source, name)
        if not name.endswith((".lex", ".rules")):
            if os.path.isfile(path):
                shutil.copy(path, os.path.join(target, name))
            continue
        out, fitted = [], None
        with open(path, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                comment = FIT_COMMENT.match(line)
                if comment:
                    fitted = comment.groups()
                elif fitted and not line.startswith("#"):
                    entry = WEIGHTED.match(line)
                    if entry and entry.group(2) == fitted[1]:
                        line = "%s = %s" % (entry.group(1), fitted[0])
                    fitted = None
                out.append(line)
        with open(os.path.join(target, name), "w", encoding="utf-8") as f:
            f.write("\n".join(out))


def main(extra):
    prefit = "--prefit" in extra
    extra = [a for a in extra if a != "--prefit"]
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
        fit_extra = extra
        if prefit:
            # The lexicon named by --lexicon (or the shipped one), its fitted weights put back.
            source = extra[extra.index("--lexicon") + 1] if "--lexicon" in extra else os.path.join(ROOT, "lexicon")
            prefit_copy(source, os.path.join(out, "prefit"))
            named = [i for i, a in enumerate(extra) if a == "--lexicon"]
            fit_extra = [a for i, a in enumerate(extra) if not any(i in (n, n + 1) for n in named)]
            fit_extra += ["--lexicon", os.path.join(out, "prefit")]
        corpus = [os.path.join(CORPUS, "framework.tsv"), os.path.join(CORPUS, "resume.tsv")]
        r = rolemap("lexicon", "fit", *fit_extra, *corpus, "--out", os.path.join(out, "fitted"),
                    "--format", "json")
        # The built-in lexicon's own recipe: the corpus and our two tuning splits, the minimum
        # score kept (it was set by a sweep, not by the fit).
        ours = [os.path.join(CORPUS, "brag.tsv"), os.path.join("tests", "data", "dev.tsv"),
                os.path.join("tests", "data", "dev2.tsv")]
        shipped = rolemap("lexicon", "fit", *fit_extra, *corpus, *ours, "--keep-min-score",
                          "--out", os.path.join(out, "shipped"), "--format", "json")
    start = "the pre-fit lexicon" if prefit else "the lexicon as it is"
    for title, report in (("the corpus alone", r), ("the built-in recipe: corpus, brag.tsv, dev.tsv, dev2.tsv", shipped)):
        print()
        print("lexicon fit on %s, from %s, %d folds grouped by %s (before / cross-validated / in-sample):"
              % (title, start, report["folds"], report["grouping"]))
        for f in report["figures"][:2]:
            print("  %s: %.3f / %.3f / %.3f" % (os.path.basename(f["file"]), f["before"], f["cross_validated"], f["in_sample"]))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into `head`
    main(sys.argv[1:])
