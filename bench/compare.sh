#!/usr/bin/env bash
# Benchmarks rolemap against ripgrep on the same terms, plus start-up, memory and cores.
#
# usage: bench/compare.sh [throughput|startup|memory|cores|all]   (default: all)
#   MB=200 sets the corpus size in MB; RUNS=3 the number of alternating runs (best is kept);
#   BIN=path times that binary instead of building this tree's.
#
# throughput: generates a deterministic corpus (bench/gen_corpus.py), writes the default
#   lexicon's plain terms (words and phrases as written, stems without their *) to a file, and times
#   `rolemap CORPUS > /dev/null` (full classification, default table output) against
#   `rg -c -i -w -F -f TERMS CORPUS` (counting matching lines), alternating, best of RUNS; and
#   rolemap on one worker (RAYON_NUM_THREADS=1) in the same rounds. Each run's wall time and CPU
#   time (user + sys, from /usr/bin/time) are recorded; the best of each is kept, and the ratios
#   rolemap / rg are reported for both (the goal: CPU ≤ 1.0, wall on 2 cores ≤ 0.6).
# startup:    hyperfine -N on a 10-line input.
# memory:     peak RSS (/usr/bin/time -v) on a 2 MB and on the full corpus.
# cores:      5,000 generated files, RAYON_NUM_THREADS=1 vs 2.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
mb=${MB:-200}
runs=${RUNS:-3}
out=bench/out
mkdir -p "$out"

need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $1 ..." >&2
    if command -v apt-get >/dev/null 2>&1; then
        (apt-get install -y "$2" >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1)) || true
    fi
    command -v "$1" >/dev/null 2>&1 || cargo install --locked "$2" >/dev/null 2>&1
}

# BIN=path compares another build (e.g. one kept from before a change) instead of this tree's.
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    cargo build --release --locked --quiet
    bin=target/release/rolemap
fi

corpus="$out/corpus-${mb}mb.txt"
if [ ! -s "$corpus" ]; then
    python3 bench/gen_corpus.py "$corpus" $((mb * 1000 * 1000))
fi
bytes=$(stat -L -c %s "$corpus")

# "wall cpu" of a command, in seconds (cpu = user + sys, /usr/bin/time); its output is dropped
# and its warnings (the corpus's lines marked both (+) and (-)) go to $out/stderr.log.
timed() {
    local file
    file=$(mktemp)
    /usr/bin/time -o "$file" -f '%e %U %S' "$@" >/dev/null 2>>"$out/stderr.log"
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$file"
    rm -f "$file"
}

best() { sort -g | head -n 1; }

throughput() {
    need rg ripgrep
    command -v bc >/dev/null 2>&1 || need bc bc
    local terms="$out/terms.txt"
    "$bin" lexicon list | awk -F'\t' 'NR > 1 && $2 != "negation" && $2 != "hedge" && $3 !~ /^\// { t = $3; sub(/\*$/, "", t); gsub(/^"|"$/, "", t); print t }' | sort -u >"$terms"
    echo "corpus: $corpus ($bytes bytes), terms: $(wc -l <"$terms") plain lexicon terms"
    local r_runs=() one_runs=() g_runs=()
    for _ in $(seq "$runs"); do
        r_runs+=("$(timed "$bin" "$corpus")")
        g_runs+=("$(timed rg -c -i -w -F -f "$terms" "$corpus")")
        one_runs+=("$(timed env RAYON_NUM_THREADS=1 "$bin" "$corpus")")
    done
    # Best wall time and best CPU time of a list of "wall cpu" runs.
    wall() { printf '%s\n' "$@" | cut -d' ' -f1 | best; }
    cpu() { printf '%s\n' "$@" | cut -d' ' -f2 | best; }
    local rw rc ow oc gw gc
    rw=$(wall "${r_runs[@]}") rc=$(cpu "${r_runs[@]}")
    ow=$(wall "${one_runs[@]}") oc=$(cpu "${one_runs[@]}")
    gw=$(wall "${g_runs[@]}") gc=$(cpu "${g_runs[@]}")
    local mbs="$bytes / 1000000 /"
    printf 'rolemap:          wall %.2f s (%.1f MB/s)  cpu %.2f s\n' "$rw" "$(echo "$mbs $rw" | bc -l)" "$rc"
    printf 'rolemap, 1 core:  wall %.2f s (%.1f MB/s)  cpu %.2f s\n' "$ow" "$(echo "$mbs $ow" | bc -l)" "$oc"
    printf 'rg:               wall %.2f s (%.1f MB/s)  cpu %.2f s\n' "$gw" "$(echo "$mbs $gw" | bc -l)" "$gc"
    printf 'ratio rolemap / rg: wall %.2f (goal <= 0.6)  cpu %.2f (goal <= 1.0)  1 core cpu %.2f\n' \
        "$(echo "$rw / $gw" | bc -l)" "$(echo "$rc / $gc" | bc -l)" "$(echo "$oc / $gc" | bc -l)"
}

startup() {
    need hyperfine hyperfine
    head -n 10 "$corpus" >"$out/ten-lines.txt"
    hyperfine -N --warmup 5 --runs 50 "$bin $out/ten-lines.txt" "$bin --version" | grep -E 'Benchmark|Time|Range'
}

memory() {
    head -c 2000000 "$corpus" >"$out/corpus-2mb.txt"
    for f in "$out/corpus-2mb.txt" "$corpus"; do
        /usr/bin/time -v "$bin" "$f" 2>&1 >/dev/null | awk -v f="$f" '/Maximum resident/ { printf "%s: peak RSS %d KB\n", f, $6 }'
    done
}

cores() {
    local dir="$out/team"
    if [ ! -d "$dir" ]; then
        mkdir -p "$dir"
        python3 - "$corpus" "$dir" <<'PY'
import sys
corpus, folder = sys.argv[1], sys.argv[2]
with open(corpus, encoding="utf-8") as f:
    lines = [next(f) for _ in range(5000 * 40)]
for i in range(5000):
    with open(f"{folder}/review-{i:04d}.md", "w", encoding="utf-8") as out:
        out.write("".join(lines[i * 40:(i + 1) * 40]))
PY
    fi
    need hyperfine hyperfine
    hyperfine -N --warmup 1 --runs 5 -n '1 core' "env RAYON_NUM_THREADS=1 $bin $dir" -n '2 cores' "env RAYON_NUM_THREADS=2 $bin $dir" | grep -E 'Benchmark|Time|faster'
}

case "$what" in
throughput) throughput ;;
startup) startup ;;
memory) memory ;;
cores) cores ;;
all) throughput; startup; memory; cores ;;
*) echo "usage: bench/compare.sh [throughput|startup|memory|cores|all]" >&2; exit 2 ;;
esac
