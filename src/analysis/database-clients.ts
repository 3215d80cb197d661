/**
 * The packages whose client is a connection to a database, a cache or a search server: Prisma,
 * TypeORM, Sequelize, Mongoose and the MongoDB driver, Knex, Drizzle, Kysely, node-postgres and
 * postgres.js, the MySQL and SQLite drivers, libSQL, Neon's and PlanetScale's serverless drivers,
 * node-redis and ioredis, Elasticsearch's and OpenSearch's clients. One client and its pool for
 * the process is what such a package is for; what a user sees is in the queries each request
 * makes, not in the client.
 */
export const DATABASE_CLIENT_PACKAGE = /^(?:@prisma\/client|prisma|typeorm|sequelize|mongoose|mongodb|knex|drizzle-orm(?:\/.+)?|kysely|pg|pg-pool|postgres|mysql2?(?:\/promise)?|sqlite3|better-sqlite3|@libsql\/client|@neondatabase\/serverless|@planetscale\/database|redis|@redis\/client|ioredis|@upstash\/redis|@elastic\/elasticsearch|@opensearch-project\/opensearch)$/;
