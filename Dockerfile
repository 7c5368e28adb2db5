# One image for the three services (the API, the bot, the dashboard); compose.yaml runs each
# with its own command. Built from the sources: install, generate the Prisma clients, compile
# every service ahead of time, then drop the tools only building and testing need. The compiled
# services link into node_modules, so the whole built tree is the image's /app.
FROM node:20-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
# better-sqlite3 builds from source where no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/* \
  && npm install -g pnpm@10.34.9
WORKDIR /app
# Packages fetched from the lockfile alone: this layer stays cached until a dependency changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile \
  && pnpm --filter @innolab/db generate \
  && pnpm exec turbo run build --filter=@innolab/dashboard --filter=@innolab/core --filter=@innolab/bot \
  && rm -rf node_modules */*/node_modules .turbo \
  && pnpm install --offline --frozen-lockfile --prod

FROM node:20-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# The operator's commands, compiled: `docker compose exec api innolab token …` (migrate, invite, prune…).
RUN chmod +x packages/core/dist/innolab.mjs && ln -s /app/packages/core/dist/innolab.mjs /usr/local/bin/innolab
USER node
EXPOSE 3000 3001 3978
# compose.yaml names the service; alone, the image runs the HTTP API.
CMD ["node", "scripts/cluster.mjs", "api", "2", "/app/packages/core/dist/serve.mjs"]
