#!/usr/bin/env bash
# Adds a migration named $1 for both databases: the SQL from the models as committed at
# ${FROM_REF:-HEAD} to the models in the working tree. (Diffing two datamodels needs no shadow
# database, which the JS schema engine handles badly on SQLite.)
set -euo pipefail
cd "$(dirname "$0")/.."
name="$(date -u +%Y%m%d%H%M%S)_${1:?usage: new-migration.sh <name>}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git show "${FROM_REF:-HEAD}:./prisma/models.prisma" > "$tmp/models.prisma"
for kind in sqlite postgres; do
  mkdir -p "$tmp/$kind" "prisma/$kind/migrations/$name"
  cp "prisma/$kind/schema.prisma" "$tmp/$kind/" && cp "$tmp/models.prisma" "$tmp/$kind/"
  url="file:$tmp/diff.db"
  [ "$kind" = postgres ] && url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
  DATABASE_URL="$url" pnpm exec prisma migrate diff --from-schema-datamodel "$tmp/$kind" \
    --to-schema-datamodel "prisma/$kind" --script > "prisma/$kind/migrations/$name/migration.sql"
done
echo "written: prisma/{sqlite,postgres}/migrations/$name"
