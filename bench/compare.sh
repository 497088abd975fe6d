#!/usr/bin/env bash
# Benchmarks rolemap against ripgrep on the same terms, plus start-up, memory and cores.
#
# usage: bench/compare.sh [throughput|startup|memory|cores|all]   (default: all)
#   MB=200 sets the corpus size in MB; RUNS=3 the number of alternating runs (best is kept).
#
# throughput: generates a deterministic corpus (bench/gen_corpus.py), writes the default
#   lexicon's plain terms (words and phrases as written, stems without their *) to a file, and times
#   `rolemap CORPUS > /dev/null` (full classification, default table output) against
#   `rg -c -i -w -F -f TERMS CORPUS` (counting matching lines), alternating, best of RUNS.
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

cargo build --release --locked --quiet
bin=target/release/rolemap

corpus="$out/corpus-${mb}mb.txt"
if [ ! -s "$corpus" ]; then
    python3 bench/gen_corpus.py "$corpus" $((mb * 1000 * 1000))
fi
bytes=$(stat -c %s "$corpus")

# The wall time of a command, in seconds.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

best() { sort -g | head -n 1; }

throughput() {
    need rg ripgrep
    command -v bc >/dev/null 2>&1 || need bc bc
    local terms="$out/terms.txt"
    "$bin" lexicon list | awk -F'\t' 'NR > 1 && $2 != "negation" && $2 != "hedge" && $3 !~ /^\// { t = $3; sub(/\*$/, "", t); gsub(/^"|"$/, "", t); print t }' | sort -u >"$terms"
    echo "corpus: $corpus ($bytes bytes), terms: $(wc -l <"$terms") plain lexicon terms"
    local r_times=() g_times=()
    for _ in $(seq "$runs"); do
        r_times+=("$(seconds "$bin" "$corpus")")
        g_times+=("$(seconds rg -c -i -w -F -f "$terms" "$corpus")")
    done
    local r g
    r=$(printf '%s\n' "${r_times[@]}" | best)
    g=$(printf '%s\n' "${g_times[@]}" | best)
    printf 'rolemap: %.3f s  %.1f MB/s\n' "$r" "$(echo "$bytes / 1000000 / $r" | bc -l)"
    printf 'rg:      %.3f s  %.1f MB/s\n' "$g" "$(echo "$bytes / 1000000 / $g" | bc -l)"
    printf 'ratio (rolemap / rg): %.2f\n' "$(echo "$r / $g" | bc -l)"
}

startup() {
    need hyperfine hyperfine
    head -n 10 "$corpus" >"$out/ten-lines.txt"
    hyperfine -N --warmup 5 --runs 50 "$bin $out/ten-lines.txt" "$bin --version" | grep -E 'Benchmark|Time'
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
