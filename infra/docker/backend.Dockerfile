# syntax=docker/dockerfile:1
# Medusa backend (apps/backend). Build from the repo root:
#   docker build -f infra/docker/backend.Dockerfile -t aem-backend .
# One image serves three compose services: backend (MEDUSA_WORKER_MODE=server),
# backend-worker (MEDUSA_WORKER_MODE=worker) and backend-migrate (one-shot migrations + demo seed).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    MEDUSA_DISABLE_TELEMETRY=true \
    NEXT_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# --- source: the build context, cleaned --------------------------------------
# Host artefacts are removed here so the image is right even when the repo has no
# .dockerignore (see infra/docker/dockerignore.txt): a macOS node_modules or a stale
# dist/.medusa must never reach the Linux build. The manifests (root package.json,
# lockfile, every workspace package.json) are collected into /manifests; the deps
# stages copy only those, so `npm ci` stays cached until a manifest changes.
FROM base AS source
COPY . .
RUN find . \( -name node_modules -o -name .git -o -name .turbo -o -name .next \
              -o -name .medusa -o -name dist -o -name coverage \) -prune -exec rm -rf {} + \
 && find . -type f \( -name '*.tsbuildinfo' -o -name .env -o -name .env.local -o -name '.env.*.local' \) -delete \
 && mkdir -p /manifests \
 && cp package.json package-lock.json /manifests/ \
 && for f in packages/*/package.json apps/*/package.json tests/package.json; do \
      if [ -f "$f" ]; then cp --parents "$f" /manifests/; fi; \
    done

# --- deps: all dependencies (dev included) for the build ---------------------
FROM base AS deps
COPY --from=source /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# --- build: turbo builds the backend and the workspace packages it depends on -
FROM deps AS build
COPY --from=source /app/ ./
# The admin bundle is built here and calls the backend from the browser, so this
# URL is baked in at build time (medusa-config.ts: admin.backendUrl).
ARG MEDUSA_BACKEND_URL=http://localhost:9000
ENV MEDUSA_BACKEND_URL=${MEDUSA_BACKEND_URL}
# --env-mode=loose: turbo 2 otherwise hides env vars not declared in turbo.json.
RUN npx turbo run build --filter=@aem/backend... --env-mode=loose
# Collect what the runtime needs: the standalone server folder and every built workspace package.
RUN mkdir -p /out/apps/backend/.medusa \
 && cp -r apps/backend/.medusa/server /out/apps/backend/.medusa/server \
 && for d in packages/*/dist; do if [ -d "$d" ]; then cp -r --parents "$d" /out/; fi; done

# --- prod-deps: production dependencies of @aem/backend only -----------------
# The documented `cd .medusa/server && npm install --omit=dev` cannot work here: that
# package.json lists @aem/job-contracts, which is a workspace package, not on the registry.
# Instead the monorepo's lockfile installs the backend's production tree at /app/node_modules
# (with @aem/job-contracts linked to /app/packages/job-contracts), and Node resolves it from
# /app/apps/backend/.medusa/server by walking up the directory tree.
FROM base AS prod-deps
COPY --from=source /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --workspace=@aem/backend

# --- runtime -----------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=9000 \
    PATH=/app/apps/backend/node_modules/.bin:/app/node_modules/.bin:$PATH
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
WORKDIR /app/apps/backend/.medusa/server
# `static/` is where the local file provider writes uploads (the seed's product images);
# compose mounts a named volume here, which inherits this owner.
RUN mkdir -p static && chown -R node:node /app/apps/backend/.medusa/server
USER node
EXPOSE 9000
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:9000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# `medusa` directly, not `npx medusa`: npx would treat .medusa/server (it has a package.json
# and no node_modules) as the project and try to fetch `medusa` from the registry.
CMD ["medusa", "start"]
