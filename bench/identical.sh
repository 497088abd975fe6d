#!/usr/bin/env bash
# Checks that two rolemap binaries give byte-identical output (stdout, stderr and exit code) on
# the generated corpus and on every example, in every format, so a speed change can be shown to
# change no result.
#
# usage: bench/identical.sh BEFORE AFTER
#   e.g. cargo build --release && cp target/release/rolemap /tmp/rolemap-before   (at the branch point)
#        ... change the code, cargo build --release ...
#        bench/identical.sh /tmp/rolemap-before target/release/rolemap
#   MB=20 sets the size of the generated corpus compared (JSON Lines and the table); 0 skips it.
# Exits 1 and names the first cases that differ, 0 if every case is identical.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
    echo "usage: bench/identical.sh BEFORE AFTER" >&2
    exit 2
fi
before=$1
after=$2
mb=${MB:-20}
out=bench/out
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cases=()
# The examples, each in every format, plain and with --explain, and by quarter.
for input in examples/brag.md examples/resume.txt examples/resume-pasted.txt examples/team; do
    for format in table json jsonl csv markdown html; do
        cases+=("$input --format $format")
        cases+=("$input --format $format --explain")
    done
    cases+=("$input --by quarter --explain")
    cases+=("$input --layout brag --format jsonl")
done
for format in table json jsonl csv; do
    cases+=("examples/reviews.csv --column answer --id-column employee_id --name-column employee_name --format $format --explain")
done
cases+=("examples/brag.md examples/resume.txt examples/team --format json")
cases+=("eval tests/data/dev.tsv --errors")
cases+=("eval tests/data/test.tsv --format json")
cases+=("eval tests/data/dev2.tsv --docs tests/data/docs-dev --errors")
cases+=("--format jsonl --explain tests/data/docs-test")
if [ "$mb" -gt 0 ]; then
    corpus="$out/corpus-${mb}mb.txt"
    if [ ! -s "$corpus" ]; then
        python3 bench/gen_corpus.py "$corpus" $((mb * 1000 * 1000))
    fi
    cases+=("$corpus --format jsonl")
    cases+=("$corpus")
    cases+=("$corpus --format csv --explain")
fi

# Runs `$1 ARGS`; prints a digest of stdout, stderr and
# the exit code.
digest() {
    local bin=$1
    shift
    local code=0
    # shellcheck disable=SC2068
    NO_COLOR=1 COLUMNS=120 "$bin" $@ --color never >"$work/stdout" 2>"$work/stderr" || code=$?
    # The binary's own name appears in some messages: compare it as "rolemap".
    sed -i "s#$(basename "$bin")#rolemap#g" "$work/stderr"
    echo "$(sha256sum <"$work/stdout" | cut -c1-16) $(sha256sum <"$work/stderr" | cut -c1-16) exit=$code $(wc -c <"$work/stdout")B"
}

failed=0
for args in "${cases[@]}"; do
    a=$(digest "$before" "$args")
    b=$(digest "$after" "$args")
    if [ "$a" = "$b" ]; then
        printf 'same     %s  (%s)\n' "$args" "${a##* }"
    else
        printf 'DIFFERS  %s\n  before: %s\n  after:  %s\n' "$args" "$a" "$b"
        failed=1
    fi
done
if [ "$failed" -ne 0 ]; then
    echo "outputs differ" >&2
    exit 1
fi
echo "all ${#cases[@]} cases identical"
