# syntax=docker/dockerfile:1
# The portal's image: Next.js standalone output on Node 20, run as a non-root user.
#   docker build -t hatinh-portal .
#   docker run -e PAYLOAD_SECRET=… -e DATABASE_URL=mongodb://… -e PUBLIC_URL=https://… -p 3000:3000 hatinh-portal
# Two targets: `web` (default, the standalone server only) and `worker` (the full tree, for the
# jobs worker `npx payload jobs:run` and `npm run migrate`; compose.yaml builds both).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build never touches the database (README "Running against MongoDB"); the shared Redis cache
# handler is compiled in and used only when REDIS_URL is set at run time.
RUN npx next build

FROM node:20-bookworm-slim AS worker
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 MEDIA_DIR=/data/media JOBS_AUTORUN=true
RUN groupadd --system --gid 1001 portal && useradd --system --uid 1001 --gid portal --home /app portal \
  && mkdir -p /data/media && chown -R portal:portal /data
COPY --from=build --chown=portal:portal /app ./
USER portal
VOLUME ["/data"]
CMD ["npx", "payload", "jobs:run", "--cron", "* * * * *", "--all-queues"]

FROM node:20-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/data/media
RUN groupadd --system --gid 1001 portal && useradd --system --uid 1001 --gid portal --home /app portal \
  && mkdir -p /data/media && chown -R portal:portal /data
COPY --from=build --chown=portal:portal /app/.next/standalone ./
COPY --from=build --chown=portal:portal /app/.next/static ./.next/static
COPY --from=build --chown=portal:portal /app/public ./public
USER portal
EXPOSE 3000
VOLUME ["/data"]
# /api/health: 200 for ok and degraded, 503 when the database cannot be read.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
