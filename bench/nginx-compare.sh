#!/usr/bin/env bash
# Compare paperfeed's feed.Handler with nginx serving the same bytes as
# static files, side by side in one run, on loopback only.
#
# Method
#   Same bytes: bench/cmd/serve-snapshot renders a 50-article snapshot,
#     writes it to a temporary folder (each file with its .gz twin, the very
#     bytes paperfeed serves) and serves it from memory on 127.0.0.1:$PF_PORT
#     with paperfeed serve's timeouts (-timeouts, $PF_TIMEOUTS). nginx serves
#     the folder on 127.0.0.1:$NGINX_PORT; the script checks with curl that
#     both send identical bodies, plain and gzip.
#   Same headers: nginx sends ETag (etag on), Last-Modified, Vary:
#     Accept-Encoding (gzip_vary), the same Cache-Control and
#     X-Content-Type-Options (add_header ... always, so 304s carry them too),
#     the .gz file itself for gzip (gzip_static, no compression per request),
#     no Server version; access_log off (paperfeed logs no requests).
#     nginx stays otherwise stock: sendfile on, and no open_file_cache, so it
#     opens and stats the file per request, as a plain static setup does.
#   Same CPUs: PIN=0 (default): nothing pinned, nginx worker_processes auto
#     and Go's GOMAXPROCS default, both = the CPU count, and wrk shares the
#     CPUs with whichever server runs. PIN=1 (2+ CPUs, taskset): each server
#     in turn gets CPU 0 alone (1 nginx worker, GOMAXPROCS=1) and wrk the other
#     CPUs; with 2 CPUs wrk itself may then be the bottleneck (check the CPU
#     columns), which pulls the ratios toward 1.
#   Same load: wrk with identical -t/-c/-d requests GET /atom.xml: plain, gzip
#     (Accept-Encoding: gzip) and 304 (Accept-Encoding: gzip and
#     If-None-Match with the server's own ETag of the gzip variant). Both
#     servers run all along; only one is loaded at a time.
#   Alternation and medians: for each round and mode the two servers are
#     measured back to back, in an order that flips every round, so drift in
#     the machine's speed (other jobs on a shared machine) hits both alike.
#     It prints the median requests/s of the rounds and the median of the
#     per-round ratios paperfeed/nginx (the figure to quote), and the servers'
#     CPU time per request (utime+stime of the server processes, from /proc,
#     divided by the requests served): on a noisy machine that moves less
#     than requests/s; "cpu ratio" is nginx's CPU per request over
#     paperfeed's, so above 1 is paperfeed cheaper.
# Everything started is stopped at the end.
#
# usage: bench/nginx-compare.sh        (installs nginx and wrk with apt-get if missing)
# env:   DURATION=3s ROUNDS=5 PIN=0 THREADS=2 CONNECTIONS=32 ITEMS=50 PF_PORT=18080 NGINX_PORT=18081
#        PF_TIMEOUTS=serve (serve-snapshot -timeouts: serve, header or none)
set -euo pipefail

DURATION=${DURATION:-3s}
ROUNDS=${ROUNDS:-5}
PIN=${PIN:-0}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
ITEMS=${ITEMS:-50}
PF_PORT=${PF_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PF_TIMEOUTS=${PF_TIMEOUTS:-serve}
here=$(cd "$(dirname "$0")/.." && pwd)

need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

server_cpu=() client_cpu=() workers=auto
if [ "$PIN" = 1 ]; then
  [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null || { echo "PIN=1 needs 2 CPUs and taskset" >&2; exit 2; }
  server_cpu=(taskset -c 0) client_cpu=(taskset -c "1-$(($(nproc) - 1))") workers=1
  export GOMAXPROCS=1
fi

tmp=$(mktemp -d)
pf_pid=
cleanup() {
  if [ -n "$pf_pid" ]; then kill "$pf_pid" 2>/dev/null || true; wait "$pf_pid" 2>/dev/null || true; fi
  if [ -f "$tmp/nginx.pid" ]; then kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true; sleep 0.3; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "== building and rendering $ITEMS articles" >&2
(cd "$here" && go build -o "$tmp/serve-snapshot" ./bench/cmd/serve-snapshot)
"${server_cpu[@]}" "$tmp/serve-snapshot" -n "$ITEMS" -base-url "http://127.0.0.1:$PF_PORT/" \
  -out "$tmp/www" -addr "127.0.0.1:$PF_PORT" -timeouts "$PF_TIMEOUTS" 2>"$tmp/pf.log" &
pf_pid=$!
for i in $(seq 100); do [ -f "$tmp/www/index.html" ] && break; sleep 0.1; done
chmod -R a+rX "$tmp" # nginx workers run as an unprivileged user

mkdir -p "$tmp/logs"
cat >"$tmp/nginx.conf" <<EOF
worker_processes $workers;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server_tokens off;
  etag on;
  gzip_static on;
  gzip_vary on;
  types {
    application/atom+xml xml;
    application/feed+json json;
    text/html html;
  }
  charset utf-8;
  charset_types application/atom+xml application/feed+json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $tmp/www;
    location / {
      try_files \$uri \$uri.html \$uri/index.html =404;
      add_header Cache-Control "public, max-age=300" always;
      add_header X-Content-Type-Options nosniff always;
    }
  }
}
EOF
"${server_cpu[@]}" "$NGINX" -p "$tmp" -c "$tmp/nginx.conf"

for i in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$PF_PORT/healthz" && curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/atom.xml" && break
  sleep 0.1
done
for enc in identity gzip; do
  if ! cmp -s <(curl -fs -H "Accept-Encoding: $enc" "http://127.0.0.1:$PF_PORT/atom.xml") \
              <(curl -fs -H "Accept-Encoding: $enc" "http://127.0.0.1:$NGINX_PORT/atom.xml"); then
    echo "paperfeed and nginx do not serve the same bytes ($enc)" >&2; exit 1
  fi
done

ng_pids=$(pgrep -P "$(cat "$tmp/nginx.pid")" | tr '\n' ' ')
pids() { if [ "$1" = nginx ]; then echo "$ng_pids"; else echo "$pf_pid"; fi; }
ticks() { local t=0 p; for p in $(pids "$1"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
url() { if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT/atom.xml"; else echo "http://127.0.0.1:$PF_PORT/atom.xml"; fi; }
etag() { curl -fsI -H 'Accept-Encoding: gzip' "$(url "$1")" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
declare -A want=([plain]=200 [gzip]=200 [304]=304)
declare -A results cpu
measure() { # mode server
  local mode=$1 server=$2 args=()
  case $mode in
    gzip) args=(-H 'Accept-Encoding: gzip') ;;
    304) args=(-H 'Accept-Encoding: gzip' -H "If-None-Match: $(etag "$server")") ;;
  esac
  local code out r t0 t1 n c
  code=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" "$(url "$server")")
  [ "$code" = "${want[$mode]}" ] || { echo "$server $mode: status $code, want ${want[$mode]}" >&2; exit 1; }
  t0=$(ticks "$server")
  out=$("${client_cpu[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${args[@]}" "$(url "$server")")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$server $mode: error responses" >&2; echo "$out" >&2; exit 1; fi
  if grep -q 'Socket errors' <<<"$out"; then echo "warning: $server $mode: $(grep 'Socket errors' <<<"$out")" >&2; fi
  t1=$(ticks "$server")
  r=$(awk '/^Requests\/sec:/{print $2}' <<<"$out")
  n=$(awk '/ requests in /{print $1}' <<<"$out")
  c=$(awk -v t=$((t1 - t0)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz / n * 1e6 }')
  results[$server,$mode]="${results[$server,$mode]:-} $r"
  cpu[$server,$mode]="${cpu[$server,$mode]:-} $c"
  printf 'round %d  %-9s %-5s %12s req/s %8s us CPU/req\n' "$round" "$server" "$mode" "$r" "$c" >&2
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

for round in $(seq "$ROUNDS"); do
  for mode in plain gzip 304; do
    if [ $((round % 2)) = 1 ]; then order="paperfeed nginx"; else order="nginx paperfeed"; fi
    for server in $order; do measure "$mode" "$server"; done
  done
done

echo
echo "GET /atom.xml: $ITEMS items, $(wc -c <"$tmp/www/atom.xml") bytes, gzip $(wc -c <"$tmp/www/atom.xml.gz")"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, $(nproc) CPUs, PIN=$PIN, paperfeed timeouts: $PF_TIMEOUTS"
echo "medians of the rounds; ratio = median of each round's paperfeed/nginx (measured back to back)"
printf '%-6s %10s %10s %7s %9s %9s %9s  %s\n' mode paperfeed nginx ratio "pf us/req" "ng us/req" "cpu ratio" "ratio per round"
for mode in plain gzip 304; do
  p=$(median "${results[paperfeed,$mode]}") g=$(median "${results[nginx,$mode]}")
  ratios=$(paste -d' ' <(tr ' ' '\n' <<<"${results[paperfeed,$mode]}" | grep .) <(tr ' ' '\n' <<<"${results[nginx,$mode]}" | grep .) |
    awk '{printf "%.2f ", $1 / $2}')
  pc=$(median "${cpu[paperfeed,$mode]}") gc=$(median "${cpu[nginx,$mode]}")
  awk -v n="$mode" -v p="$p" -v g="$g" -v r="$(median "$ratios")" -v all="$ratios" -v pc="$pc" -v gc="$gc" \
    'BEGIN { printf "%-6s %10.0f %10.0f %6.2fx %9.2f %9.2f %8.2fx  %s\n", n, p, g, r, pc, gc, (pc > 0 ? gc / pc : 0), all }'
done
