#!/usr/bin/env bash
# Compare paperfeed's feed.Handler with nginx serving the same bytes as
# static files, side by side in one run, on loopback only.
#
# It renders a 50-article snapshot with bench/cmd/serve-snapshot, which
# writes it to a temporary folder (with .gz twins) and serves it on
# 127.0.0.1:$PF_PORT with paperfeed serve's timeouts; nginx serves the
# folder on 127.0.0.1:$NGINX_PORT with gzip_static and etags on. Then wrk
# requests GET /atom.xml from each for $DURATION: plain, gzip
# (Accept-Encoding: gzip) and 304 (If-None-Match with the server's own ETag
# for the gzip variant). The servers take turns, $ROUNDS times, so drift in
# the machine's speed hits both alike; it prints the median requests/s of
# the rounds and the median of each round's ratio paperfeed/nginx.
# Everything started is stopped at the end.
#
# With PIN=1 (needs 2+ CPUs and taskset) each server gets CPU 0 alone (one
# nginx worker, GOMAXPROCS=1) and wrk the other CPUs; with PIN=0, the
# default, every process may use every CPU (nginx worker_processes auto).
#
# usage: bench/nginx-compare.sh        (installs nginx and wrk with apt-get if missing)
# env:   DURATION=3s ROUNDS=5 PIN=0 THREADS=2 CONNECTIONS=32 ITEMS=50 PF_PORT=18080 NGINX_PORT=18081
set -euo pipefail

DURATION=${DURATION:-3s}
ROUNDS=${ROUNDS:-5}
PIN=${PIN:-0}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
ITEMS=${ITEMS:-50}
PF_PORT=${PF_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
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
  -out "$tmp/www" -addr "127.0.0.1:$PF_PORT" 2>"$tmp/pf.log" &
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
      expires 5m;
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

url() { if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT/atom.xml"; else echo "http://127.0.0.1:$PF_PORT/atom.xml"; fi; }
etag() { curl -fsI -H 'Accept-Encoding: gzip' "$(url "$1")" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
declare -A want=([plain]=200 [gzip]=200 [304]=304)
declare -A results
measure() { # mode server
  local mode=$1 server=$2 args=()
  case $mode in
    gzip) args=(-H 'Accept-Encoding: gzip') ;;
    304) args=(-H 'Accept-Encoding: gzip' -H "If-None-Match: $(etag "$server")") ;;
  esac
  local code out r
  code=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" "$(url "$server")")
  [ "$code" = "${want[$mode]}" ] || { echo "$server $mode: status $code, want ${want[$mode]}" >&2; exit 1; }
  out=$("${client_cpu[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${args[@]}" "$(url "$server")")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$server $mode: error responses" >&2; echo "$out" >&2; exit 1; fi
  if grep -q 'Socket errors' <<<"$out"; then echo "warning: $server $mode: $(grep 'Socket errors' <<<"$out")" >&2; fi
  r=$(awk '/^Requests\/sec:/{print $2}' <<<"$out")
  results[$server,$mode]="${results[$server,$mode]:-} $r"
  printf 'round %d  %-9s %-5s %12s req/s\n' "$round" "$server" "$mode" "$r" >&2
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
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, $(nproc) CPUs, PIN=$PIN"
echo "medians of the rounds; ratio = median of each round's paperfeed/nginx (measured back to back)"
printf '%-6s %14s %14s %8s %s\n' mode paperfeed nginx ratio "ratio per round"
for mode in plain gzip 304; do
  p=$(median "${results[paperfeed,$mode]}") g=$(median "${results[nginx,$mode]}")
  ratios=$(paste -d' ' <(tr ' ' '\n' <<<"${results[paperfeed,$mode]}" | grep .) <(tr ' ' '\n' <<<"${results[nginx,$mode]}" | grep .) |
    awk '{printf "%.2f ", $1 / $2}')
  awk -v n="$mode" -v p="$p" -v g="$g" -v r="$(median "$ratios")" -v all="$ratios" \
    'BEGIN { printf "%-6s %14.0f %14.0f %7.2fx %s\n", n, p, g, r, all }'
done
