# syntax=docker/dockerfile:1
# BullMQ worker process (apps/workers). Build from the repo root:
#   docker build -f infra/docker/workers.Dockerfile -t aem-workers .

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    NEXT_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# --- source: the build context, cleaned (see backend.Dockerfile for why) ------
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

# --- build -------------------------------------------------------------------
FROM deps AS build
COPY --from=source /app/ ./
RUN npx turbo run build --filter=@aem/workers... --env-mode=loose
# The trade kit validates CEB messages against the GACC schemas in its reference/ceb-202205, next to dist/.
RUN mkdir -p /out/apps/workers \
 && cp -r apps/workers/dist /out/apps/workers/dist \
 && for d in packages/*/dist; do if [ -d "$d" ]; then cp -r --parents "$d" /out/; fi; done \
 && cp -r --parents packages/trade-kit/reference/ceb-202205 /out/

# --- prod-deps: production dependencies of @aem/workers only -----------------
FROM base AS prod-deps
COPY --from=source /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --workspace=@aem/workers

# --- runtime -----------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production \
    WORKERS_HEALTH_PORT=9100
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
WORKDIR /app/apps/workers
USER node
EXPOSE 9100
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:9100/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Exec form: node is PID 1 and receives SIGTERM directly for the graceful shutdown
# (WORKERS_SHUTDOWN_TIMEOUT_MS); keep compose's stop_grace_period above that timeout.
CMD ["node", "dist/main.js"]
