#!/usr/bin/env bash
# How long the command line takes to start and finish, whole process, against `java -version`
# (the JVM's own floor) in the same run: the start-fast table of docs/benchmarks.md, without Maven.
# Usage: scripts/start-times.sh [ROUNDS]   (after `mvn package`; makes a ten-year journal in a
# temporary folder, which it removes). Medians of ROUNDS (default 9) rounds taken in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-9}
jar=target/gutskin.jar
[ -f "$jar" ] || { echo "start-times: build first: mvn package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" --data-dir "$work/journal" generate --days 3650 --seed 10 > /dev/null

names=("java -version" "--version" "tag --json" "export --format foods" "insights --json")
targets=("" "3" "4" "9" "15")
run() {
    case $1 in
        0) java -version ;;
        1) java -jar "$jar" --version ;;
        2) java -jar "$jar" --data-dir "$work/journal" tag --json "greek yogurt with banana and oats" ;;
        3) java -jar "$jar" --data-dir "$work/journal" export --format foods --overwrite --out "$work/foods.csv" ;;
        4) java -jar "$jar" --data-dir "$work/journal" insights --json ;;
    esac
}
declare -A times
for ((round = 0; round < rounds; round++)); do
    for i in 0 1 2 3 4; do
        start=$(date +%s%N)
        if ! run "$i" > "$work/out" 2>&1; then
            echo "start-times: '${names[$i]}' failed:" >&2
            cat "$work/out" >&2
            exit 1
        fi
        times[$i]+="$(( ($(date +%s%N) - start) / 1000000 )) "
    done
done
median() { tr ' ' '\n' <<< "$1" | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }'; }
floor=$(median "${times[0]}")
printf '| command | median | ratio to java -version | target | met |\n|---|---|---|---|---|\n'
for i in 0 1 2 3 4; do
    ms=$(median "${times[$i]}")
    ratio=$(awk -v a="$ms" -v b="$floor" 'BEGIN { printf "%.1f", a / b }')
    target=${targets[$i]:+≤ ${targets[$i]}×}
    met=""
    if [ -n "${targets[$i]}" ]; then
        met=$(awk -v r="$ratio" -v t="${targets[$i]}" 'BEGIN { print (r <= t) ? "yes" : "no" }')
    fi
    printf '| %s | %s ms | %s× | %s | %s |\n' "${names[$i]}" "$ms" "$ratio" "$target" "$met"
done
