import { defineConfig } from "prisma/config";

// The CLI is used offline only for `generate`, `validate` and `migrate diff` (schema to schema);
// migrations are applied by scripts/migrate's own runner. See README "Writing a migration".
process.env.PRISMA_SCHEMA_URL ??= "postgresql://localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { PGlite } = await import("@electric-sql/pglite");
    // Only `generate`, `validate` and schema-to-schema `migrate diff` run offline; none connects.
    return new PrismaPGlite(new PGlite()) as never;
  },
});
