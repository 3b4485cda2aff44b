import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
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
