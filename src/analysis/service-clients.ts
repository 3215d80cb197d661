/**
 * The packages whose client is a connection to a database, a cache or a search server: Prisma,
 * TypeORM, Sequelize, MikroORM (`MikroORM.init(config)`, next-mikro-orm-trpc-template's cached ORM), Mongoose and the MongoDB driver, Knex, Drizzle, Kysely, node-postgres and
 * postgres.js, the MySQL and SQLite drivers (the `sqlite` package's promise API over sqlite3 among them; Bun's and Node's own `bun:sqlite`, `node:sqlite` too; better-sqlite3's build with
 * SQLCipher, open-dungeon-master's encrypted game database), libSQL, PGlite's
 * Postgres in the process (hono-practice's end-to-end server, `pglite = new PGlite()`), DuckDB's (webhook-debugger-logger's `DuckDBInstance.create(path)`), Neon's, PlanetScale's and Vercel's serverless drivers (KlimCode's `pool = createPool()` from `@vercel/postgres`; Vercel KV's Redis),
 * node-redis and ioredis, Valkey's clients (valkey-glide — pixelated-metaverse's pub/sub client —
 * and iovalkey), Neo4j's driver (Tami's knowledge graph, `neo4j.driver(uri, auth)`), YDB's
 * (nikolaymatrosov's Telegram bot, `new Driver(connectionString)` from `@ydbjs/core`), Payload CMS' local API over its
 * database (ai-booking-travel's `payloadPromise = getPayload({ config })`), Liquibase's migration runner on the process's
 * connection settings (Linemate's `liquibaseInstance = new Liquibase(config)`), Cassandra's, SQL Server's, Oracle's and ArangoDB's, Elasticsearch's, OpenSearch's and ClickHouse's clients,
 * and the in-memory stand-ins made in their place when none is configured (AI-Tracker-Mention's
 * `new RedisMock({ data: {} })` from ioredis-mock beside `new Redis(url)`; redis-mock, pg-mem). One client and its pool for
 * the process is what such a package is for; what a user sees is in the queries each request
 * makes, not in the client. Only a server loads one (single-user-package.ts reads it so).
 */
export const DATABASE_CLIENT_PACKAGE = /^(?:@prisma\/client|prisma|typeorm|sequelize|sequelize-typescript|@mikro-orm\/(?:core|postgresql|mysql|mariadb|sqlite|better-sqlite|libsql|mssql|mongodb)|mongoose|mongodb|knex|drizzle-orm(?:\/.+)?|kysely|pg|pg-pool|postgres|mysql2?(?:\/promise)?|sqlite3|sqlite|better-sqlite3(?:-multiple-ciphers)?|bun:sqlite|node:sqlite|@libsql\/client|@duckdb\/node-api|duckdb|duckdb-async|@electric-sql\/pglite(?:\/[\w-]+)?|@neondatabase\/serverless|@planetscale\/database|@vercel\/postgres|@vercel\/kv|redis|@redis\/client|ioredis|@valkey\/valkey-glide|iovalkey|@upstash\/redis|neo4j-driver(?:-lite)?|cassandra-driver|mssql|oracledb|arangojs|@ydbjs\/core|ydb-sdk|payload|liquibase|node-liquibase|@elastic\/elasticsearch|@opensearch-project\/opensearch|@clickhouse\/client|ioredis-mock|redis-mock|pg-mem)$/;

/**
 * A hosted search engine's, a time-series database's or a vector store's client — Meilisearch,
 * Typesense, Algolia, InfluxDB (TicketToken's monitoring service), Pinecone, Qdrant, Chroma,
 * Weaviate, Milvus, Astra DB, and LanceDB's connection to its files (anything-llm's
 * `LanceDb.#connection = await lancedb.connect(this.uri)`, `vectordb` its old name), and Mastra's
 * storage and vector adapters (mastra-chat-kit's `sharedStore = new LibSQLStore({ url:
 * env.TURSO_DATABASE_URL })`, the threads and messages of every user's memory), LangGraph's checkpointers over a
 * database (langgraph-js-mastery's `PostgresSaver.fromConnString(url)`: each thread's checkpoints under
 * its own id — unlike its `MemorySaver`, see agent-graphs.ts), LangChain's record managers over one
 * (chatbot-langchain-backend's `new PostgresRecordManager(namespace, { postgresConnectionOptions })`,
 * the hashes of the documents it indexed, in a table), LangChain's vector stores over such an
 * index (lolly-backend2's `WeaviateStore.fromExistingIndex(embeddings, { client, indexName })`, a
 * `PineconeStore` over `pinecone.Index(name)`: the client and the embedder, the documents in the
 * index — not its `MemoryVectorStore`, HNSWLib's or Faiss', which keep the documents in the
 * process), and unstorage's
 * key-value storage over a driver (saas-starter's `createStorage({ driver: s3Driver(env) })`), and Replit's
 * key-value database (AI-Call-Center-Conversation's `dbInstance = new Database()` on `REPLIT_DB_URL`), and Convex's
 * HTTP client of the deployment (claude-telegram-relay's `new ConvexHttpClient(process.env.CONVEX_URL)`; one a
 * request signs in with `setAuth(token)` is shared-sign-ins.ts' finding): a database's
 * client by another name, though a page may load some of them too.
 */
const STORE_CLIENT_PACKAGE = /^(?:unstorage|@replit\/database|convex\/browser|@mastra\/(?:libsql|pg|mongodb|upstash|clickhouse|cloudflare|cloudflare-d1|dynamodb|lance|mssql|couchbase|astra|chroma|pinecone|qdrant|opensearch|turbopuffer|vectorize)|meilisearch|typesense|algoliasearch(?:\/lite)?|@influxdata\/influxdb-client|@pinecone-database\/pinecone|@qdrant\/js-client-rest|chromadb|weaviate-client|weaviate-ts-client|@zilliz\/milvus2-sdk-node|@datastax\/astra-db-ts|@lancedb\/lancedb|vectordb|@langchain\/langgraph-checkpoint-(?:postgres|sqlite|mongodb|redis)|@langchain\/community\/indexes\/(?:postgres|sqlite)|@langchain\/(?:pinecone|weaviate|qdrant)|(?:@langchain\/community|langchain)\/vectorstores\/(?:pinecone|weaviate|qdrant|chroma|supabase|pgvector|milvus|zep|zep_cloud|elasticsearch|opensearch|typesense|mongodb_atlas|astradb|neon|upstash|vercel_postgres|cassandra|singlestore|prisma|turbopuffer|lancedb|redis|myscale|clickhouse|neo4j_vector|azure_aisearch|azure_cosmosdb|cloudflare_vectorize|convex|couchbase|libsql|vectara|xata|analyticdb|hanavector))$/;

/**
 * A message broker's or a job queue's client — RabbitMQ's (amqplib, its connection manager, rhea),
 * ActiveMQ's over STOMP (stompit: jamify-chat's `QueueService`, a publishing and a subscribing `Client`),
 * Kafka's (KafkaJS, Confluent's, node-rdkafka), NATS' (`nats`, and its `@nats-io/…` packages: syncengine's
 * connection and JetStream clients), MQTT's, and the queues kept in Redis or
 * Postgres (BullMQ, Bull, Bee-Queue, pg-boss, Graphile Worker — maxun's `workerUtils` and `runner`) or MongoDB (Agenda: thasporesai's
 * `agenda = new Agenda({ backend: new MongoBackend(…) })`), and the streams resumed over Redis' publish
 * and subscribe (Vercel's chatbot template, `globalStreamContext = createResumableStreamContext({
 * waitUntil: after })` from `resumable-stream`, each stream looked up by its id): the process's
 * connection and channels, each message carrying whose it is (TicketToken's search-sync `connection`
 * and `channel`); and socket.io's client, one connection to a realtime server for the process or
 * the page, each event carrying whose it is (flowcraft-ai-workflow-builder's `socket = io(origin, { auth })`).
 */
const BROKER_CLIENT_PACKAGE = /^(?:amqplib(?:\/callback_api)?|amqp-connection-manager|rhea|stompit|kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|nats|@nats-io\/(?:transport-node|transport-deno|transport-ws|nats-core|jetstream|kv|obj|services)|mqtt|bullmq|bull|bee-queue|pg-boss|graphile-worker|agenda|@hokify\/agenda|resumable-stream(?:\/[\w-]+)?|socket\.io-client)$/;

/**
 * A cloud platform's service client (AWS SDK v3's `new S3Client({ region })`, v2's `aws-sdk`,
 * every Google Cloud client library (storage, Pub/Sub, Vertex AI, Text-to-Speech: moksh009's chatbot
 * `new textToSpeech.TextToSpeechClient(config)` — but not its Functions Framework, a server, nor
 * its local-auth, a desktop's sign-in), Firebase Admin's Firestore, Google's auth client and its
 * APIs' clients (eGangotri's `google.drive({ version: 'v3', auth })` on the process's own refresh
 * token; one made from a caller's token is not this; the Analytics Data API's, seorylie's
 * `new BetaAnalyticsDataClient({ auth })` on the service account's), Appwrite's server SDK (swapNshare's
 * `new sdk.Storage(client)` on the project's endpoint, `node-appwrite` — its web SDK is a page's), Azure's
 * storage, Service Bus and Cosmos DB, and MinIO's S3-compatible client: FairPlayTeam's ts-backend
 * `new Minio.Client(parseMinioUrl(process.env.MINIO_URL))`), and Mastra's S3 filesystem over a bucket (mastra-claw's
 * admin `new S3Filesystem({ bucket, endpoint, accessKeyId, secretAccessKey })`), and a secrets manager's client signed in
 * with the process's machine identity (nexus-suite's `new InfisicalSDK({ siteUrl })`, then `universalAuth.login(…)`), and
 * the host's Docker daemon over its socket (Luna's `new Docker({ socketPath: '/var/run/docker.sock' })`, dockerode):
 * the platform's credentials, from the environment or the
 * machine's role, and a pool of connections — made once and reused, as each SDK's documentation
 * asks (6529's S3, CloudFront and SNS clients; hustlexp's Rekognition client).
 */
const CLOUD_CLIENT_PACKAGE = /^(?:@aws-sdk\/(?:client-[\w-]+|lib-[\w-]+)|aws-sdk(?:\/.*)?|@google-cloud\/(?!functions-framework$|local-auth$)[\w-]+|firebase-admin(?:\/.*)?|node-appwrite|google-auth-library|googleapis|@googleapis\/[\w-]+|@google-analytics\/(?:data|admin)|@azure\/(?:storage-blob|storage-queue|service-bus|cosmos|event-hubs|keyvault-secrets)|minio|@mastra\/s3|@infisical\/sdk|dockerode)$/;

/**
 * A hosted API's SDK, made with the server's own key: the model providers (OpenAI's, Anthropic's,
 * Groq's, Mistral's, Cohere's, Google's Gemini (its file manager too, Geneline-X's `new
 * GoogleAIFileManager(key)` from `@google/generative-ai/files`), Together's, Replicate's, Hugging Face's inference,
 * Ollama's, and the AI SDK's providers made for one of them: `createOpenAI({ apiKey })`, and LangChain's
 * integrations of them, whose chat models and embeddings read the key from the environment when handed none:
 * `new OpenAIEmbeddings({ model })` — also as LangChain's own base types for any of them, `BaseChatModel`, `BaseLLM` or
 * `Embeddings` from `@langchain/core`: company-support-chatbot's `llmInstance: BaseChatModel | null`, whichever provider its config names),
 * media hosting (ImageKit's — daycare-management-system's `ImageKitService` on the app's private key —, Cloudinary's, Mux's),
 * push and realtime publishing from the server (Pusher's and Ably's server clients, Expo's push SDK, Upstash QStash), payments and banking (Stripe, PayPal's server SDKs — AI-Call-Center-Conversation's `new
 * paypal.core.PayPalHttpClient(environment)` on the app's client id and secret —, and Replit's sync of it into the app's database — ai-lead-gen-agency's `new StripeSync({ poolConfig, stripeSecretKey })` —, Plaid, GoCardless' Nordigen), mail and messages
 * (Twilio, Vonage — botari-backend's `new Vonage(auth)` for its calls —, SendGrid, Resend, useSend, Postmark, Mailgun, ZeptoMail, MailerSend, Brevo, Mailjet,
 * Nodemailer's SMTP transport, Slack's Web
 * API, a Discord or Telegram bot's client: discord.js, grammY — telegram-ai-platform's `new Bot(token)` —, Telegraf,
 * node-telegram-bot-api, GramJS' `TelegramClient` on the app's own account session (fraudcheck2's
 * number lookups through a bot it messages), a Teams bot's Bot Framework SDK — MateusLinhares-Dev's chatbot's `new
 * ConfigurationServiceClientCredentialFactory({ MicrosoftAppId, MicrosoftAppPassword })`, the bot's
 * own identity, and the adapter it authenticates —), GitHub's Octokit, Notion's, Linear's and Airtable's clients (pb-webhook-server's `Airtable.base(id)`
 * after `Airtable.configure({ apiKey })`), the Shopify app's API object (`shopifyApi({ apiKey, apiSecretKey })`), Microsoft Graph's
 * client (ExAI's, on the app's own Azure credential), and the chains'
 * RPC clients (ethers, viem, web3, Solana's `Connection` and Anchor's provider and program over it — zmart's
 * `new Program(idl, getProvider())` on the backend's keypair —, Alchemy's SDK, CosmJS' — dao-dao-indexer's
 * `StargateClient.connect(rpc)` —, Stellar's — zicket-backend's Soroban `rpc.Server`, its `Contract` and the
 * attending signer's `Keypair.fromSecret(secret)` —, and Nostr's relays through NDK: a-nostr-commerce-coordinator's `NDKService`) and the server's own wallet
 * made from its key (viem's `privateKeyToAccount(key)`: ekai-gateway's x402 payer), and the key set of the
 * server's identity provider (jwks-rsa's `JwksClient`, TicketToken's) and the provider's configuration
 * discovered for the app's own client (openid-client's `discovery(issuer, clientId)`, in Replit's
 * generated auth), the verifiers of what the provider signed (inbox-zero's App Store `SignedDataVerifier`, made
 * from Apple's root certificates and the app's bundle id; aws-jwt-verify's Cognito verifier), an auth provider's server SDK on the project's secret (production-saas-starter's
 * `new Stytch.B2BClient({ project_id, secret })`), and an HTTP client configured for one
 * such API (twilio-front-integration's `axios.create({ baseURL: VAPI_CALL_URL, timeout })`; ky's, got's;
 * a tRPC client of another service's API, vit-store's agent calling its store's). Each request names what
 * it reads or sends; the client keeps the key, the endpoint and a pool of connections — hustlexp's
 * `openaiClient`, `groqClient`, `stripe` and `twilioClient`, opencollective's Plaid and GoCardless
 * clients, made once from the config as their documentation asks.
 */
const API_CLIENT_PACKAGE = /^(?:openai|openai-edge|@anthropic-ai\/(?:sdk|bedrock-sdk|vertex-sdk)|groq-sdk|@mistralai\/mistralai|cohere-ai|voyageai|@google\/generative-ai(?:\/(?:server|files))?|@google\/genai|together-ai|replicate|@huggingface\/inference|ollama|@ai-sdk\/(?:openai|openai-compatible|anthropic|google|google-vertex|azure|amazon-bedrock|mistral|groq|cohere|xai|deepseek|togetherai|fireworks|perplexity|cerebras|deepinfra|gateway)|@openrouter\/ai-sdk-provider|@langchain\/(?:openai|anthropic|google-genai|google-vertexai|mistralai|groq|cohere|ollama|deepseek|xai|aws)|@langchain\/core\/(?:language_models\/(?:chat_models|llms|base)|embeddings)|imagekit|@imagekit\/nodejs|cloudinary|@mux\/mux-node|pusher|ably|expo-server-sdk|@upstash\/qstash|stripe|@paypal\/checkout-server-sdk|@paypal\/paypal-server-sdk|paypal-rest-sdk|plaid|nordigen-node|stripe-replit-sync|twilio|@vonage\/(?:server-sdk|voice|messages|sms|verify2?|video)|nexmo|@sendgrid\/(?:mail|client)|resend|usesend-js|postmark|mailgun\.js|zeptomail|mailersend|@getbrevo\/brevo|node-mailjet|nodemailer|@slack\/web-api|discord\.js|grammy|telegraf|node-telegram-bot-api|telegram|botbuilder(?:-core)?|botframework-connector|@octokit\/(?:rest|core)|octokit|@notionhq\/client|@linear\/sdk|airtable|@shopify\/shopify-api|@microsoft\/microsoft-graph-client|ethers|viem(?:\/accounts)?|web3|@solana\/web3\.js|@coral-xyz\/anchor|@project-serum\/anchor|@stellar\/stellar-sdk|stellar-sdk|alchemy-sdk|@cosmjs\/[\w-]+|@nostr-dev-kit\/ndk|jwks-rsa|openid-client|@apple\/app-store-server-library|aws-jwt-verify|stytch|axios|ky|got|@trpc\/client)$/;

/**
 * A feature-flag service's server SDK — Unleash's, LaunchDarkly's, Flagsmith's, ConfigCat's,
 * Statsig's, OpenFeature's: made once with the server's key, it keeps the flag rules it polls or
 * streams, and each evaluation is handed the user it is for (walkin-watchdog's `unleashClient =
 * unleash.initialize({ url, appName })`, then `isEnabled(feature, { tenantId })`). Not GrowthBook's,
 * whose instance is made with one user's attributes.
 */
const FEATURE_FLAG_PACKAGE = /^(?:unleash-client|launchdarkly-node-server-sdk|@launchdarkly\/node-server-sdk|flagsmith-nodejs|configcat-node|statsig-node|@statsig\/statsig-node-core|@openfeature\/server-sdk)$/;

/**
 * Whether a package's client serves one service with the process's own credentials — a database's,
 * a broker's, a cloud platform's, a feature-flag service's or a hosted API's. Such a client filled from what its first caller passed
 * (`getDb(tenant)`) is that caller's, and not shared by design (see sharedByDesign).
 */
export const servesWithOwnCredentials = (source: string): boolean => [DATABASE_CLIENT_PACKAGE, STORE_CLIENT_PACKAGE, BROKER_CLIENT_PACKAGE, CLOUD_CLIENT_PACKAGE, FEATURE_FLAG_PACKAGE, API_CLIENT_PACKAGE].some((pattern) => pattern.test(source));

/** Whether a package's client is a hosted API's SDK (API_CLIENT_PACKAGE), whose key may be a user's own. */
export const isHostedApiClient = (source: string): boolean => API_CLIENT_PACKAGE.test(source);

/** Whether a package is a message broker's or a job queue's client (see BROKER_CLIENT_PACKAGE). */
export const isBrokerClient = (source: string): boolean => BROKER_CLIENT_PACKAGE.test(source);
