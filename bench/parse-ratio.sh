#!/bin/sh
# parse-ratio.sh runs the parser's benchmarks beside utf8.Valid on the same
# bytes, interleaved in one run, and prints for each input the median
# throughput of both and their ratio. The target of issue 2 is a ratio of at
# least 1/10.
#
#   bench/parse-ratio.sh [count]     (default 10)
set -eu
cd "$(dirname "$0")/.."
count=${1:-10}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
i=0
while [ "$i" -lt "$count" ]; do
	go test -run '^$' -bench '^Benchmark(Parse|UTF8Valid)$' -count 1 ./article/ >>"$out"
	i=$((i + 1))
done
awk '
/^Benchmark(Parse|UTF8Valid)\// {
	split($1, f, "/"); sub(/-[0-9]+$/, "", f[2])
	kind = f[1]; input = f[2]
	for (k = 1; k <= NF; k++) if ($(k+1) == "MB/s") v = $k
	n[kind, input]++; x[kind, input, n[kind, input]] = v; inputs[input] = 1
}
function median(kind, input,    m, a, i, j, t) {
	m = n[kind, input]
	for (i = 1; i <= m; i++) a[i] = x[kind, input, i]
	for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
	return m % 2 ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
}
END {
	printf "%-10s %12s %16s %10s\n", "input", "Parse MB/s", "utf8.Valid MB/s", "ratio"
	for (name in inputs) {
		p = median("BenchmarkParse", name); v = median("BenchmarkUTF8Valid", name)
		printf "%-10s %12.1f %16.1f %10s\n", name, p, v, sprintf("1/%.1f", v / p)
	}
}' "$out"
