// GET /.well-known/did.json – the issuer's did:web document with every key that signed credentials (public).
import { issuerDidDocument } from "@/server/issuer";
import { routeHandler } from "@/server/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () =>
  Response.json(issuerDidDocument(), { headers: { "content-type": "application/did+json", "access-control-allow-origin": "*" } }),
);
