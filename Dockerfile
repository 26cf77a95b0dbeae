# syntax=docker/dockerfile:1
# The app as a slim container: the standalone server (`output: 'standalone'`), with no checkout
# and no dev dependencies. Build: docker build -t trips-map .
# Run:   docker run -p 3000:3000 -e SITE_URL=https://trips.example.org trips-map
# See docs/deploy.md.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Optional raster tiles are baked into the pages' scripts at build time.
ARG NEXT_PUBLIC_TILE_URL
ARG NEXT_PUBLIC_TILE_ATTRIBUTION
RUN npm run build

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
# Node's own fetch: the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/trips.geojson').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
