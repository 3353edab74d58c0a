import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new migration from the module schemas; FTS tables, triggers and
// data fixes go in hand-written ones (`npx drizzle-kit generate --custom --name <what>`).
export default defineConfig({
  dialect: 'sqlite',
  schema: ['./src-main/core/db/schema.ts', './src-main/modules/*/schema.ts'],
  out: './migrations',
});
