#!/usr/bin/env bash
# Rewrites the initial migrations from the models (only while no database in use has applied them).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
for kind in sqlite postgres; do
  url="file:$tmp/diff.db"
  [ "$kind" = postgres ] && url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
  DATABASE_URL="$url" pnpm exec prisma migrate diff --from-empty --to-schema-datamodel "prisma/$kind" --script \
    > "prisma/$kind/migrations/20261124000000_init/migration.sql"
done
rm -rf "$tmp"
