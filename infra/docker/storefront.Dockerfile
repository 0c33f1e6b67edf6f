# syntax=docker/dockerfile:1
# Next.js 15 storefront (apps/storefront). Build from the repo root:
#   docker build -f infra/docker/storefront.Dockerfile -t aem-storefront .
# Assumes the package is named @aem/storefront and that `next build` does not need a
# running backend (pages that fetch from Medusa render dynamically, at request time).

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
RUN npx turbo run build --filter=@aem/storefront... --env-mode=loose
# Collect what `next start` needs: .next without its build cache, public/, next.config.*,
# package.json, and every built workspace package (e.g. packages/trade-kit/dist).
RUN mkdir -p /out/apps/storefront \
 && cd apps/storefront \
 && cp -r package.json .next /out/apps/storefront/ \
 && rm -rf /out/apps/storefront/.next/cache \
 && if [ -d public ]; then cp -r public /out/apps/storefront/public; fi \
 && for f in next.config.js next.config.mjs next.config.cjs next.config.ts; do \
      if [ -f "$f" ]; then cp "$f" /out/apps/storefront/; fi; \
    done \
 && cd /app \
 && for d in packages/*/dist; do if [ -d "$d" ]; then cp -r --parents "$d" /out/; fi; done

# --- prod-deps: production dependencies of @aem/storefront only --------------
FROM base AS prod-deps
COPY --from=source /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --workspace=@aem/storefront

# --- runtime -----------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=8000 \
    PATH=/app/apps/storefront/node_modules/.bin:/app/node_modules/.bin:$PATH
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
WORKDIR /app/apps/storefront
# next start writes its image-optimisation cache under .next/cache.
RUN mkdir -p .next/cache && chown -R node:node .next/cache
USER node
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:8000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["next", "start", "-p", "8000", "-H", "0.0.0.0"]
