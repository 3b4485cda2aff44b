/** JSON-LD context URLs used by Borderless credentials and DID documents. */
export const CREDENTIALS_V2_CONTEXT_URL = "https://www.w3.org/ns/credentials/v2";
export const OPEN_BADGES_V3_CONTEXT_URL = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/** 1EdTech's extension context; defines `1EdTechJsonSchemaValidator2019`, used in `credentialSchema`. */
export const OPEN_BADGES_EXTENSIONS_CONTEXT_URL = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
export const MULTIKEY_V1_CONTEXT_URL = "https://w3id.org/security/multikey/v1";
export const DID_V1_CONTEXT_URL = "https://www.w3.org/ns/did/v1";
