import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./domain/cohorts/roster-limits";

const config: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Must exceed the roster upload limit (2 MB, domain/cohorts/roster-limits.ts; a unit test checks
    // they agree): Next's default of 1 MB failed larger rosters with an opaque error.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  // Loaded from node_modules at run time: PGlite finds its WASM next to its module, and Prisma's
  // query compiler ships as WASM too.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/client", "@prisma/adapter-pg", "pg", "jsonld", "rdf-canonize"],
  async redirects() {
    // Language-less entry points go to the reader's language (Chinese if the browser prefers it).
    const zh = [{ type: "header" as const, key: "accept-language", value: "^\\s*zh.*" }];
    return [
      { source: "/", has: zh, destination: "/zh", permanent: false },
      { source: "/", destination: "/en", permanent: false },
      { source: "/verify", has: zh, destination: "/zh/verify", permanent: false },
      { source: "/verify", destination: "/en/verify", permanent: false },
      { source: "/verify/:id", has: zh, destination: "/zh/verify/:id", permanent: false },
      { source: "/verify/:id", destination: "/en/verify/:id", permanent: false },
    ];
  },
};

export default config;
