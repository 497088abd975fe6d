#!/usr/bin/env bash
# Peak resident memory (and time) of rolemap on the inputs issue 12 lists, from /usr/bin/time -v.
#
# usage: bench/memory.sh [CASE...]   (default: every case; `bench/memory.sh list` names them)
#   LINES=10000000 sets the line count of the many-lines cases; ENDLESS=20 the seconds the
#   endless-input cases run before they are stopped.
#
# Prints one Markdown row per case: case | peak RSS (MB) | wall time (s) | exit status. Every
# run is capped at 3 GiB of virtual memory (ulimit -v), so a case that grows without bound ends
# (exit 134 or 2) instead of exhausting the machine. Inputs are generated under bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${LINES:-10000000}
endless=${ENDLESS:-20}
out=bench/out
mkdir -p "$out"
cargo build --release --locked --quiet
bin=$PWD/target/release/rolemap

corpus="$out/corpus-200mb.txt"
[ -s "$corpus" ] || python3 bench/gen_corpus.py "$corpus" 200000000
[ -s "$out/corpus-2mb.txt" ] || head -c 2000000 "$corpus" >"$out/corpus-2mb.txt"
[ -s "$out/line-200mb.md" ] || python3 - "$out/line-200mb.md" <<'PY'
import sys
sentence = b"Wrote the PRD and the roadmap with my team, did not own the launch, helped with hiring; lunch. "
with open(sys.argv[1], "wb") as f:
    f.write(b"- ")
    block = sentence * 10000
    for _ in range(200_000_000 // len(block)):
        f.write(block)
    f.write(b"\n")
PY
[ -s "$out/utf16-99mb.md" ] || { printf '\xff\xfe'; head -c 49500000 "$corpus" | iconv -f UTF-8 -t UTF-16LE -c; } >"$out/utf16-99mb.md"
[ -s "$out/cr-99mb.md" ] || head -c 99000000 "$corpus" | tr '\n' '\r' >"$out/cr-99mb.md"
many="$out/lines-$lines.md"
[ -s "$many" ] || python3 - "$many" "$lines" <<'PY'
import sys
words = [b"roadmap", b"hiring", b"milestones", b"lunch", b"refactoring", b"interviews", b"migration"]
with open(sys.argv[1], "wb") as f:
    n = int(sys.argv[2])
    for start in range(0, n, 100000):
        f.write(b"".join(b"- " + words[i % len(words)] + b"\n" for i in range(start, min(n, start + 100000))))
PY
if [ ! -s "$out/wide.dic" ]; then
    { echo %; for i in $(seq 2000); do printf '%d\tcat%d\n' "$i" "$i"; done; echo %
      for i in $(seq 2000); do printf 'word%d\t%d\n' "$i" "$i"; done; } >"$out/wide.dic"
fi
[ -s "$out/wide-5mb.md" ] || python3 - "$out/wide-5mb.md" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    i, size = 0, 0
    while size < 5_000_000:
        line = f"- word{i % 2000 + 1} and word{(i * 7) % 2000 + 1} with word{(i * 13) % 2000 + 1}\n"
        f.write(line)
        size += len(line)
        i += 1
PY
# A review export whose id column names a million people, one row each.
[ -s "$out/ids-1m.csv" ] || python3 - "$out/ids-1m.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,answer\n")
    for i in range(1_000_000):
        f.write(f"E{i},Led the hiring loop for the platform team\n")
PY
# A folder 3,000 deep (past the 4,096-byte path limit, so its deepest folders are named as
# unreadable: exit 2), a file every 500 folders.
[ -d "$out/deep" ] || python3 - "$out/deep" <<'PY'
import os, sys
os.makedirs(sys.argv[1])
os.chdir(sys.argv[1])
for i in range(3000):
    os.mkdir("a")
    os.chdir("a")
    if i % 500 == 0:
        with open("notes.md", "w") as f:
            f.write("- Led the hiring loop\n")
PY
# A labeled file of 100,000 lines, each its own source.
[ -s "$out/sources-100k.tsv" ] || python3 - "$out/sources-100k.tsv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("label\ttext\tsource\n")
    for i in range(100_000):
        f.write(f"EM\tLed the hiring loop {i}\ts{i}\n")
PY

# One case: its name, then the command (run with stdout discarded).
measure() {
    local name=$1
    shift
    local log="$out/time.log" status=0
    ( ulimit -v $((3 << 20)); /usr/bin/time -v "$@" >/dev/null 2>"$log" ) || status=$?
    local kb seconds
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
    printf '| %s | %.1f | %.1f | %s |\n' "$name" "$(echo "$kb / 1000" | bc -l)" "$seconds" "$status"
}

# Endless standard input: `yes`, stopped after $endless seconds (exit 124: stopped as planned).
endless_input() {
    local name=$1
    shift
    measure "$name" timeout -s INT "$endless" sh -c 'yes "* Wrote the PRD and ran user interviews" | "$@"' sh "$@"
}

cases=(baseline corpus line utf16 cr table json jsonl csv markdown explain explain-csv explain-markdown endless endless-json endless-line zeros wide sheet sheet-jsonl sheet-html deep eval-sources)
run_case() {
    case "$1" in
    baseline) measure "2 MB corpus (the baseline), table" "$bin" "$out/corpus-2mb.txt" ;;
    corpus) measure "200 MB corpus, table" "$bin" "$corpus" ;;
    line) measure "200 MB single line, table" "$bin" "$out/line-200mb.md" ;;
    utf16) measure "99 MB UTF-16 file, table" "$bin" "$out/utf16-99mb.md" ;;
    cr) measure "99 MB CR-only file, table" "$bin" "$out/cr-99mb.md" ;;
    table) measure "$lines lines, table" "$bin" "$many" ;;
    json) measure "$lines lines, --format json" "$bin" "$many" --format json ;;
    jsonl) measure "$lines lines, --format jsonl" "$bin" "$many" --format jsonl ;;
    csv) measure "$lines lines, --format csv" "$bin" "$many" --format csv ;;
    markdown) measure "$lines lines, --format markdown" "$bin" "$many" --format markdown ;;
    explain) measure "$lines lines, --explain" "$bin" "$many" --explain ;;
    explain-csv) measure "$lines lines, --explain --format csv" "$bin" "$many" --explain --format csv ;;
    explain-markdown) measure "$lines lines, --explain --format markdown" "$bin" "$many" --explain --format markdown ;;
    endless) endless_input "endless stdin (${endless} s), table" "$bin" ;;
    endless-json) endless_input "endless stdin (${endless} s), --format json" "$bin" --format json ;;
    endless-line) measure "endless line (tr '\\0' a </dev/zero, ${endless} s)" timeout -s INT "$endless" sh -c 'tr "\0" a </dev/zero | "$1"' sh "$bin" ;;
    zeros) measure "UTF-16 mark then /dev/zero" sh -c '(printf "\377\376"; cat /dev/zero) | "$1"' sh "$bin" ;;
    wide) measure "2,000-category lexicon, 5 MB, --format json" "$bin" --lexicon "$out/wide.dic" "$out/wide-5mb.md" --format json ;;
    sheet) measure "1 M ids of one row each (50 MB CSV), table" "$bin" --column answer --id-column id "$out/ids-1m.csv" ;;
    sheet-jsonl) measure "1 M ids of one row each (50 MB CSV), --format jsonl" "$bin" --column answer --id-column id "$out/ids-1m.csv" --format jsonl ;;
    sheet-html) measure "1 M ids of one row each (50 MB CSV), --format html" "$bin" --column answer --id-column id "$out/ids-1m.csv" --format html ;;
    deep) measure "a folder 3,000 deep, table" "$bin" "$out/deep" ;;
    eval-sources) measure "eval of 100,000 lines, each its own source, --format json" "$bin" eval "$out/sources-100k.tsv" --format json ;;
    list) printf '%s\n' "${cases[@]}" ;;
    *) echo "unknown case $1; bench/memory.sh list names them" >&2; exit 2 ;;
    esac
}

[ "${1:-}" = list ] && { run_case list; exit 0; }
echo "| case | peak RSS (MB) | time (s) | exit |"
echo "|---|---|---|---|"
for name in "${@:-${cases[@]}}"; do
    run_case "$name"
done
