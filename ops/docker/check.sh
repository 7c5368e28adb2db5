#!/usr/bin/env bash
# Builds the image and runs compose.yaml end to end, as README "Containers" describes: every
# service healthy, the demo seeded and read over HTTP with an API token, a graceful stop.
#   bash ops/docker/check.sh            (uses whatever base images Docker has or can pull)
# On a machine without an image registry, build the stand-ins first (ops/docker/stand-in-images.sh).
# Works with Compose v2 (`docker compose`) or Debian's docker-compose 1.29, which reads no
# `env_file: {required: false}`: it then runs a copy of compose.yaml with the short form.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
project=innolab-check
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
  cp "$repo/compose.yaml" "$work/compose.yaml"
else
  compose=(docker-compose)
  sed 's#env_file: { path: .env, required: false }#env_file: .env#' "$repo/compose.yaml" >"$work/compose.yaml"
fi
sed -i "s#build: \.#build: $repo#" "$work/compose.yaml"
: >"$work/.env"
run() { (cd "$work" && "${compose[@]}" -p "$project" "$@"); }
cleanup() {
  run down -v >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s)
run build
run up -d
for service in postgres redis api bot dashboard; do
  for _ in $(seq 1 60); do
    state=$(docker inspect -f '{{.State.Health.Status}}' "$(run ps -q "$service")" 2>/dev/null || true)
    [ "$state" = healthy ] && break
    sleep 2
  done
  [ "$state" = healthy ] || { run logs "$service" | tail -20; echo "✖ $service is $state"; exit 1; }
done
echo "✓ every service healthy $(($(date +%s) - started)) s after the build started"
[ "$(docker inspect -f '{{.State.ExitCode}}' "$(run ps -aq migrate)")" = 0 ] || { echo "✖ migrate failed"; exit 1; }

run exec -T api innolab seed | tail -1
token=$(run exec -T api innolab token --email manager@innolab.local --name check --days 1 | grep -o 'ilab_[^ ]*')
input='{"json":{"from":"2019-04-01T00:00:00Z","to":"2026-01-01T00:00:00Z","granularity":"year"}}'
answer=$(curl -fsS -G -H "Authorization: Bearer $token" --data-urlencode "input=$input" \
  http://127.0.0.1:3001/trpc/kpi.series)
grep -q '"key":"2025"' <<<"$answer" || { echo "✖ kpi.series: $answer"; exit 1; }
echo "✓ demo seeded; an API token read kpi.series"
curl -fsS -o /dev/null http://127.0.0.1:3000/sign-in && echo "✓ the dashboard answers /sign-in"

stopping=$(date +%s)
run stop
for service in api bot dashboard; do
  code=$(docker inspect -f '{{.State.ExitCode}}' "$(run ps -aq "$service")")
  [ "$code" = 0 ] || { echo "✖ $service stopped with exit $code"; exit 1; }
done
echo "✓ every service stopped with exit 0 in $(($(date +%s) - stopping)) s"
