# Production image. The SQLite file lives in the /data volume.
FROM node:20-bookworm-slim
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# runtime dependencies only (tsx runs the sources; no test runner, no compiler)
RUN npm ci --omit=dev --no-audit --no-fund
# .dockerignore keeps the test suite, benchmarks and local data out of the image
COPY . .
ENV NODE_ENV=production \
    DATABASE_URL=file:/data/bot.db \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
