# syntax=docker/dockerfile:1
# A Next.js app of apps/: the storefront (APP=storefront, PORT=8000) or the portal (APP=portal, PORT=8001).
# Build from the repo root:
#   docker build -f infra/docker/next.Dockerfile --build-arg APP=storefront --build-arg PORT=8000 -t aem-storefront .
#   docker build -f infra/docker/next.Dockerfile --build-arg APP=portal --build-arg PORT=8001 -t aem-portal .
# `next build` needs no running backend (pages that fetch from Medusa render at request time).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG APP=storefront
ARG PORT=8000

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
ARG APP
COPY --from=source /app/ ./
RUN npx turbo run build --filter=@aem/${APP}... --env-mode=loose
# Collect what `next start` needs: .next without its build cache, public/, next.config.*,
# package.json, and every built workspace package (e.g. packages/trade-kit/dist).
RUN mkdir -p /out/apps/${APP} \
 && cd apps/${APP} \
 && cp -r package.json .next /out/apps/${APP}/ \
 && rm -rf /out/apps/${APP}/.next/cache \
 && if [ -d public ]; then cp -r public /out/apps/${APP}/public; fi \
 && for f in next.config.js next.config.mjs next.config.cjs next.config.ts; do \
      if [ -f "$f" ]; then cp "$f" /out/apps/${APP}/; fi; \
    done \
 && cd /app \
 && for d in packages/*/dist; do if [ -d "$d" ]; then cp -r --parents "$d" /out/; fi; done

# --- prod-deps: production dependencies of the app only -----------------------
FROM base AS prod-deps
ARG APP
COPY --from=source /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --workspace=@aem/${APP}

# --- runtime -----------------------------------------------------------------
FROM base AS runtime
ARG APP
ARG PORT
ENV NODE_ENV=production \
    PORT=${PORT} \
    PATH=/app/apps/${APP}/node_modules/.bin:/app/node_modules/.bin:$PATH
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
WORKDIR /app/apps/${APP}
# next start writes under .next: its image and data caches (.next/cache) and the pages it renders again
# (ISR, .next/server).
RUN mkdir -p .next/cache && chown -R node:node .next
USER node
EXPOSE ${PORT}
# Both apps answer GET /api/health without calling the backend.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# `next start` listens on $PORT.
CMD ["next", "start", "-H", "0.0.0.0"]
