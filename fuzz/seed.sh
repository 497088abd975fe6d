#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ (git-ignored) from the project's examples and lexicon files.
set -euo pipefail
cd "$(dirname "$0")"
root=..

activity=corpus/activity_parser
mkdir -p "$activity"
for f in "$root"/examples/*.md "$root"/examples/*.txt "$root"/examples/team/*.md; do
    cp "$f" "$activity/seed-$(basename "$f")"
done
# The same text as UTF-16 LE with a BOM, and with a UTF-8 BOM and CRLF line endings.
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$root/examples/brag.md"; } > "$activity/seed-utf16le"
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$root/examples/resume.txt"; } > "$activity/seed-bom-crlf"
# Markdown that holds no activity as written: a table, a quote, fenced code, comments.
printf '| Date | What |\n|---|:-:|\n| 2025-01 | Ran the hiring loop |\n> Led the cutover\n```sh\ngit rebase\n```\n<!-- note\n-->\n- Wrote the PRD\n~~~\n' > "$activity/seed-markup"

lexicon=corpus/lexicon_parser
mkdir -p "$lexicon"
# The real files are large (a 20 KiB lexicon compiles slowly under the sanitizer), so the seeds
# keep each file's metadata and settings and the first few entries of every section.
excerpt() {
    awk -v per=8 '/^[[:space:]]*(#|$)/ { next } /^\[/ { n = 0; print; next } /^@/ { print; next } /^\// && r++ < 3 { print; next } n++ < per' "$1"
}
rules=$(excerpt "$root/lexicon/modifiers.rules")
for lex in "$root"/lexicon/*.lex; do
    name=$(basename "$lex")
    # A category file, a NUL, then the rules file: the target splits at the first NUL.
    { excerpt "$lex"; printf '\0'; printf '%s\n' "$rules"; } > "$lexicon/seed-$name"
    # Without a NUL the target splits halfway.
    excerpt "$lex" > "$lexicon/seed-half-$name"
done
printf '%s\n' "$rules" > "$lexicon/seed-modifiers.rules"
printf '%%\n1\tpm\n02\tem\n3 tpm\n%%\nroadmap\t1\nmanag*\t1 2\none on one\t2\nmilestone*\t3\n' > "$lexicon/seed-liwc.dic"
printf '@name P\n@question q\n@order 1\n/across \\d+ teams/ = 3\n[context]\ncustomers = 0.5\n[scoped]\nlaunch*\n\0@min_score 2\n@negation_window 3\n[negation]\nnot\n[hedge]\nhelped\n[none]\nfixed = 2\n[scoped]\nmigration\n' > "$lexicon/seed-small"
timing=corpus/regex_timing
mkdir -p "$timing"
# A regex entry, a newline, a sample of text: the issue's two quadratic cases and a few of the
# built-in lexicon's regexes with words they meet.
printf 'coordinated (\\w+ )+teams\nteams coordinated coordinated' > "$timing/seed-quadratic"
printf '(a )*a z|xba( a)*\na a a z xba a a' > "$timing/seed-alternation"
grep -h '^/' "$root"/lexicon/*.lex | head -n 12 | while IFS= read -r entry; do
    re=${entry#/}; re=${re%%/ =*}; re=${re%/}
    printf '%s\nled three teams across 4 teams the roadmap and hired engineers' "$re" > "$timing/seed-$(printf '%s' "$re" | cksum | cut -d' ' -f1)"
done
ls "$activity" "$lexicon" "$timing" | wc -l
