#!/usr/bin/env bash
# Builds local stand-ins for the three base images compose.yaml names (node:20-bookworm-slim,
# postgres:16-bookworm, redis:7-bookworm) from Debian's packages, for a machine that reaches
# Debian's mirror and the npm registry but no image registry (how the Dockerfile and compose.yaml
# were checked). Never push them: the real images are what a deployment uses.
#   sudo bash ops/docker/stand-in-images.sh [node] [postgres] [redis]   (all three by default)
#   docker compose up --build
# Needs debootstrap and a running Docker daemon. The stand-ins differ from the real images:
# - node: this machine's own Node binary and headers (npm builds native addons against them, as
#   the real image would after downloading headers) and its CA bundle (for a TLS-inspecting proxy);
# - postgres: Debian bookworm's PostgreSQL 15, not 16; its entry point only creates the user and
#   database from POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB, as the real one does first.
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
debootstrap --variant=minbase bookworm "$work/base" "$mirror" >/dev/null
rm -rf "$work/base/var/lib/apt/lists/"*

# A copy of the base with Debian packages added, imported as an image.
image() {
  local tag=$1 packages=$2 root="$work/$3"
  shift 3
  cp -a "$work/base" "$root"
  if [ -n "$packages" ]; then
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # No services start inside the chroot while packages install.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
    chroot "$root" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null && rm -rf /var/lib/apt/lists/*"
  fi
  [ -z "${PREPARE:-}" ] || "$PREPARE" "$root"
  tar -C "$root" -c . | docker import "$@" - "$tag" >/dev/null
  echo "built $tag"
}

prepare_node() {
  local root=$1 node
  node=$(command -v node)
  mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules" "$root/usr/local/include" "$root/etc/ssl/certs"
  cp "$node" "$root/usr/local/bin/node"
  cp -a "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$root/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  cp -a "$(dirname "$node")/../include/node" "$root/usr/local/include/"
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
  chroot "$root" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --create-home node'
}

prepare_postgres() {
  local root=$1
  # No Debian cluster: its settings would steer pg_isready (the health check) to another port.
  rm -rf "$root/etc/postgresql/"* "$root/var/lib/postgresql/"*
  cat >"$root/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -e
export PGDATA=${PGDATA:-/var/lib/postgresql/data}
mkdir -p "$PGDATA" /run/postgresql && chown -R postgres:postgres "$PGDATA" /run/postgresql
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "$POSTGRES_PASSWORD" >/tmp/pw
  su postgres -c "initdb -U '$POSTGRES_USER' --pwfile=/tmp/pw --auth-host=scram-sha-256 --auth-local=trust -D '$PGDATA'" >/dev/null
  rm /tmp/pw
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  su postgres -c "pg_ctl -D '$PGDATA' -w start -o '-c listen_addresses=' >/dev/null"
  su postgres -c "psql -U '$POSTGRES_USER' -d postgres -c 'CREATE DATABASE \"${POSTGRES_DB:-$POSTGRES_USER}\"'" >/dev/null
  su postgres -c "pg_ctl -D '$PGDATA' -w stop >/dev/null"
fi
exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" -c listen_addresses='*'
EOF
  chmod +x "$root/usr/local/bin/docker-entrypoint.sh"
}

wanted=" ${*:-node postgres redis} "
[[ $wanted != *" node "* ]] || PREPARE=prepare_node image node:20-bookworm-slim "" node \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  -c 'ENV npm_config_nodedir=/usr/local' -c 'CMD ["node"]'
[[ $wanted != *" postgres "* ]] || PREPARE=prepare_postgres image postgres:16-bookworm "postgresql postgresql-client" postgres \
  -c 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' -c 'EXPOSE 5432'
[[ $wanted != *" redis "* ]] || image redis:7-bookworm "redis-server redis-tools" redis \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'CMD ["redis-server", "--protected-mode", "no", "--save", "", "--appendonly", "no"]' -c 'EXPOSE 6379'
