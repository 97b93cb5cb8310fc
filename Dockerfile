# The API alone; Neo4j comes from its official image (docker-compose.yml).
# Node: the same release as the `node` devDependency that npm scripts run on (package.json).
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Installs the `node` devDependency too (the same release as this image); the prune drops it.
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json schema.graphql ./
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
# Applies the schema and loads data/articles into an empty graph, then serves (src/cli/serve.ts).
CMD ["node", "dist/src/cli/serve.js"]
