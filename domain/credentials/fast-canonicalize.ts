import rdfCanonize from "rdf-canonize";
import type { RdfQuad, RdfTerm } from "rdf-canonize";
import { CredentialError } from "./credential-error";
import type { DocumentLoader } from "./document-loader";

/**
 * The fast path of `canonicalize`: JSON-LD to RDF by a small processor for the
 * subset of JSON-LD 1.1 that credentials use, over contexts processed once per
 * loader and shared (immutable) by every document, then RDFC-1.0 with rdf-canonize.
 *
 * It answers only when it is sure jsonld.js in safe mode (the reference,
 * `canonicalizeWithJsonld`) would produce the same dataset, and declines
 * otherwise, so the caller uses the reference: for errors too (an undefined
 * term, a relative IRI, a protected-term redefinition...), which come from the
 * reference alone, with its error class. Supported:
 * - documents: a JSON object whose `@context` is a top-level list of context URLs;
 *   keywords only through the contexts' `id`/`type` aliases; plain term keys;
 *   string, boolean, object and array values (no numbers, nulls, empty objects or
 *   arrays, nested arrays, lone surrogates); at most 64 levels deep;
 * - contexts: self-contained documents whose terms map to absolute IRIs, with
 *   `@type` coercion to `@id`, `@vocab` or an IRI, `@container` `@set` or `@graph`,
 *   `@protected`, an http(s) `@vocab`, and type- or property-scoped contexts
 *   (with JSON-LD 1.1 propagation: a type-scoped context does not reach nested nodes).
 * Anything else, including terms whose definition uses more, is declined when used.
 * A context URL the loader refuses is reported with the loader's error, as the reference would.
 */
export async function canonicalizeFast(document: object, store: ContextStore): Promise<FastCanonicalization> {
  let quads: RdfQuad[];
  try {
    quads = await toRdf(document, store);
  } catch (error) {
    if (isDeclined(error)) return { declined: error.message };
    if (error instanceof CredentialError && error.code === "unknown-context") throw error;
    return { declined: `unexpected failure: ${error instanceof Error ? error.message : String(error)}` };
  }
  let nquads: string;
  try {
    nquads = await rdfCanonize.canonize(quads, { algorithm: "RDFC-1.0", format: "application/n-quads" });
  } catch (error) {
    return { declined: `rdf-canonize failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  // jsonld's dataset is a set; rdf-canonize keeps duplicates, which would also change blank-node hashes.
  if (hasDuplicateLine(nquads)) return { declined: "the document states the same quad twice" };
  return { nquads };
}

export type FastCanonicalization = { nquads: string } | { declined: string };

/** The fast path cannot vouch for this document; the reference decides. */
class Declined extends Error {
  override readonly name = "FastCanonicalizationDeclined";
}
const decline = (reason: string): never => {
  throw new Declined(reason);
};
// By name, not class: a bundler or test runner may load this module twice.
const isDeclined = (error: unknown): error is Declined => error instanceof Error && error.name === "FastCanonicalizationDeclined";

const MAX_DEPTH = 64;
const MAX_TOP_LEVEL_CONTEXTS = 8;
// jsonld.js `isAbsolute`: a scheme, then no whitespace. Anything else is relative, which safe mode rejects.
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+\-.]*:[^\s]*$/;
const HTTP_IRI = /^https?:\/\/[^\s]*$/;
const BLANK_NODE_ID = /^_:[^\s]+$/;
const PLAIN_TERM = /^[A-Za-z0-9_-]+$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
const DEFAULT_GRAPH: RdfTerm = { termType: "DefaultGraph", value: "" };

/** A processed term definition, reduced to what the subset needs. */
interface TermDefinition {
  kind: "property" | "id-alias" | "type-alias" | "unsupported";
  iri: string;
  /** `@id`, `@vocab`, or a datatype IRI. */
  typeMapping?: string;
  isGraphContainer: boolean;
  /** Raw property- or type-scoped context (a frozen part of a context document). */
  scopedContext?: unknown;
  isProtected: boolean;
  /** Why the term is unsupported, for the decline message. */
  note?: string;
}

/** An active context (JSON-LD 1.1 §4.1), immutable once built and shared between documents. */
interface ActiveContext {
  readonly terms: ReadonlyMap<string, TermDefinition>;
  readonly vocab?: string;
  /** Set by a type-scoped context: what nested node objects revert to. */
  readonly previous?: ActiveContext;
}

const INITIAL_CONTEXT: ActiveContext = { terms: new Map() };

async function toRdf(document: object, store: ContextStore): Promise<RdfQuad[]> {
  if (Array.isArray(document)) decline("the document is an array");
  const contextUrls = topLevelContextUrls((document as Record<string, unknown>)["@context"]);
  const active = await store.contextForUrls(contextUrls);
  const writer = new QuadWriter();
  writer.node(document as Record<string, unknown>, active, undefined, DEFAULT_GRAPH, 0);
  if (writer.quads.length === 0) decline("the document states nothing");
  return writer.quads;
}

function topLevelContextUrls(context: unknown): string[] {
  const list = Array.isArray(context) ? context : [context];
  if (list.length === 0 || list.length > MAX_TOP_LEVEL_CONTEXTS) decline("the @context list is empty or too long");
  if (!list.every((entry): entry is string => typeof entry === "string")) decline("the @context has an inline context");
  if (new Set(list).size !== list.length) decline("the @context lists a context twice");
  return list;
}

class QuadWriter {
  readonly quads: RdfQuad[] = [];
  private blankNodes = 0;

  private newBlankNode(): RdfTerm {
    return { termType: "BlankNode", value: `g${this.blankNodes++}` };
  }

  /**
   * Writes a node object's quads into `graph` and returns its subject (JSON-LD 1.1
   * Expansion Algorithm steps 7, 8, 11–13 for the supported subset, then toRDF).
   * `propertyScoped` is the scoped context of the property whose value this node is.
   */
  node(node: Record<string, unknown>, parentActive: ActiveContext, propertyScoped: unknown, graph: RdfTerm, depth: number): RdfTerm {
    if (depth > MAX_DEPTH) decline("the document nests too deeply");
    const isRoot = depth === 0;
    const keys = Object.keys(node).filter((key) => !(isRoot && key === "@context"));
    if (keys.length === 0) decline("the document has an empty object");
    for (const key of keys) {
      if (!PLAIN_TERM.test(key) || key in Object.prototype) decline(`the key "${key}" is not a plain term`);
    }

    // Step 7: a type-scoped context does not apply inside nested node objects
    // (unless the object is only a reference: a single entry expanding to @id).
    let active = parentActive;
    const isReference = keys.length === 1 && parentActive.terms.get(keys[0]!)?.kind === "id-alias";
    if (active.previous && !isReference) active = active.previous;
    // Step 8: the property-scoped context, which may override protected terms.
    if (propertyScoped !== undefined) active = applyScopedContext(active, propertyScoped, true);

    // Step 11: type-scoped contexts, in lexicographic order of the types.
    const typeScopedBase = active;
    const types: string[] = [];
    for (const key of keys) {
      if (typeScopedBase.terms.get(key)?.kind !== "type-alias") continue;
      const value = node[key];
      for (const type of Array.isArray(value) ? value : [value]) {
        if (typeof type !== "string" || LONE_SURROGATE.test(type)) decline(`"${key}" has a type that is not a string`);
        types.push(type as string);
      }
      if (Array.isArray(value) && value.length === 0) decline(`"${key}" is an empty array`);
    }
    for (const type of [...types].sort()) {
      const definition = typeScopedBase.terms.get(type);
      if (definition?.scopedContext !== undefined) active = applyScopedContext(active, definition.scopedContext, false);
    }

    let subject: RdfTerm | undefined;
    for (const key of keys) {
      const kind = active.terms.get(key)?.kind;
      if (kind !== "id-alias") continue;
      if (subject) decline("the node has two ids");
      subject = this.documentRelativeTerm(node[key], active, `"${key}"`);
    }
    subject ??= this.newBlankNode();

    for (const type of types) {
      this.quads.push({ subject, predicate: namedNode(RDF_TYPE), object: namedNode(vocabRelativeIri(type, typeScopedBase)), graph });
    }
    for (const key of keys) {
      const definition = active.terms.get(key);
      // A type-scoped context that changes what `type` means would make the node's types ambiguous.
      if ((definition?.kind === "type-alias") !== (typeScopedBase.terms.get(key)?.kind === "type-alias")) decline(`a type-scoped context changes the meaning of "${key}"`);
      if (definition?.kind === "id-alias" || definition?.kind === "type-alias") continue;
      this.property(subject, key, node[key], active, graph, depth);
    }
    return subject;
  }

  private property(subject: RdfTerm, key: string, value: unknown, active: ActiveContext, graph: RdfTerm, depth: number): void {
    const definition = termOrVocab(key, active);
    if (definition.kind !== "property") decline(`the term "${key}" is ${definition.note ?? "a keyword alias"}`);
    const predicate = namedNode(definition.iri);
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) decline(`"${key}" is an empty array`);
    for (const item of values) {
      if (typeof item === "object" && item !== null && !Array.isArray(item)) {
        if (definition.isGraphContainer) {
          // A graph container: the value becomes a named graph (a blank node) holding the node.
          const name = this.newBlankNode();
          this.quads.push({ subject, predicate, object: name, graph });
          this.node(item as Record<string, unknown>, active, definition.scopedContext, name, depth + 1);
        } else {
          const object = this.node(item as Record<string, unknown>, active, definition.scopedContext, graph, depth + 1);
          this.quads.push({ subject, predicate, object, graph });
        }
        continue;
      }
      // jsonld wraps even a scalar (e.g. an IRI) of a graph container in a graph of its own.
      if (definition.isGraphContainer) decline(`"${key}" is a graph container with a value that is not an object`);
      // Scalars: expanded with the property-scoped context, which may redefine the property itself.
      const valueContext = definition.scopedContext === undefined ? active : applyScopedContext(active, definition.scopedContext, true);
      const valueDefinition = termOrVocab(key, valueContext);
      if (valueDefinition.kind !== "property" || valueDefinition.iri !== definition.iri) decline(`the scoped context of "${key}" redefines it`);
      this.quads.push({ subject, predicate, object: this.scalar(item, valueDefinition, valueContext, key), graph });
    }
  }

  private scalar(value: unknown, definition: TermDefinition, active: ActiveContext, key: string): RdfTerm {
    if (typeof value === "boolean") {
      // jsonld: a native boolean keeps a datatype coercion (e.g. OB's xsd:boolean `hashed`), never becomes an IRI.
      if (definition.typeMapping === "@id" || definition.typeMapping === "@vocab") decline(`"${key}" has a boolean where an IRI is expected`);
      return literal(String(value), definition.typeMapping ?? XSD_BOOLEAN);
    }
    if (typeof value !== "string") {
      return decline(`"${key}" has a value of type ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}`);
    }
    if (LONE_SURROGATE.test(value)) decline("a string has a lone surrogate");
    if (definition.typeMapping === "@id") return this.documentRelativeTerm(value, active, `"${key}"`);
    if (definition.typeMapping === "@vocab") return namedNode(vocabRelativeIri(value, active));
    return literal(value, definition.typeMapping ?? XSD_STRING);
  }

  /** IRI expansion relative to the (absent) document base: absolute IRIs and blank nodes only. */
  private documentRelativeTerm(value: unknown, active: ActiveContext, what: string): RdfTerm {
    if (typeof value !== "string" || LONE_SURROGATE.test(value)) return decline(`${what} is not a string`);
    // Document blank-node labels get a prefix of their own, apart from the generated ones.
    if (BLANK_NODE_ID.test(value)) return { termType: "BlankNode", value: `d${value.slice(2)}` };
    return namedNode(absoluteIri(value, active, what));
  }
}

/** An IRI as written, if it is absolute and not a compact IRI (whose prefix is a term). */
function absoluteIri(value: string, active: ActiveContext, what: string): string {
  if (!ABSOLUTE_IRI.test(value)) decline(`${what} is a relative IRI`);
  if (active.terms.has(value.slice(0, value.indexOf(":")))) decline(`${what} is a compact IRI`);
  return value;
}

/** IRI expansion with `vocab: true`: a term, an absolute IRI, or the vocabulary mapping plus the value. */
function vocabRelativeIri(value: string, active: ActiveContext): string {
  const definition = active.terms.get(value);
  if (definition) {
    if (definition.kind !== "property") decline(`"${value}" is ${definition.note ?? "a keyword alias"}`);
    return definition.iri;
  }
  if (value.includes(":")) return absoluteIri(value, active, `"${value}"`);
  if (active.vocab === undefined) decline(`"${value}" is not defined by any context`);
  return `${active.vocab}${value}`;
}

function termOrVocab(key: string, active: ActiveContext): TermDefinition {
  const definition = active.terms.get(key);
  if (definition) return definition;
  if (active.vocab === undefined) return decline(`the term "${key}" is not defined by any context`);
  return { kind: "property", iri: `${active.vocab}${key}`, isGraphContainer: false, isProtected: false };
}

const namedNode = (value: string): RdfTerm => {
  if (!ABSOLUTE_IRI.test(value)) decline(`relative IRI <${value}>`);
  return { termType: "NamedNode", value };
};
const literal = (value: string, datatype: string): RdfTerm => ({ termType: "Literal", value, datatype: namedNode(datatype), language: "" });

function hasDuplicateLine(nquads: string): boolean {
  const lines = nquads.split("\n");
  return lines.some((line, i) => i > 0 && line !== "" && line === lines[i - 1]);
}

// Scoped contexts are parts of frozen context documents, active contexts are immutable:
// their identities are stable cache keys. One cache per kind, as the same scoped context
// means different things as a type's (not propagated) and as a property's (may override protection).
const typeScopedResults = new WeakMap<ActiveContext, WeakMap<object, ActiveContext>>();
const propertyScopedResults = new WeakMap<ActiveContext, WeakMap<object, ActiveContext>>();

/** Context Processing of a type-scoped or property-scoped context onto `active`, memoized. */
function applyScopedContext(active: ActiveContext, scoped: unknown, isPropertyScoped: boolean): ActiveContext {
  if (typeof scoped !== "object" || scoped === null) return decline("a scoped context that is not an object");
  const results = isPropertyScoped ? propertyScopedResults : typeScopedResults;
  let byScoped = results.get(active);
  if (!byScoped) results.set(active, (byScoped = new WeakMap()));
  let result = byScoped.get(scoped);
  if (!result) {
    result = processContext(active, scoped, { propagate: isPropertyScoped, overrideProtected: isPropertyScoped });
    byScoped.set(scoped, result);
  }
  return result;
}

/**
 * JSON-LD 1.1 Context Processing for the supported subset (one or more local
 * context objects, no remote references). Declines whatever jsonld would
 * reject or treat in a way this subset does not model.
 */
function processContext(active: ActiveContext, local: unknown, options: { propagate: boolean; overrideProtected: boolean }): ActiveContext {
  const locals = Array.isArray(local) ? local : [local];
  let result: ActiveContext = active;
  for (const entry of locals) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) decline("a context refers to another context or resets it");
    result = processContextObject(result, entry as Record<string, unknown>, options.overrideProtected);
  }
  if (!options.propagate && !result.previous) result = { ...result, previous: active };
  return result;
}

function processContextObject(active: ActiveContext, local: Record<string, unknown>, overrideProtected: boolean): ActiveContext {
  let vocab = active.vocab;
  let defaultProtected = false;
  for (const [key, value] of Object.entries(local)) {
    if (!key.startsWith("@")) continue;
    if (key === "@version" && value === 1.1) continue;
    if (key === "@protected" && typeof value === "boolean") defaultProtected = value;
    else if (key === "@vocab" && typeof value === "string" && HTTP_IRI.test(value)) vocab = value;
    else decline(`a context uses ${key}`);
  }
  const terms = new Map(active.terms);
  const isTermHere = (term: string) => term in local || terms.has(term);
  for (const [term, raw] of Object.entries(local)) {
    if (term.startsWith("@")) continue;
    // Documents may only use plain terms as keys; other terms (e.g. the VC context's "...") stay unusable.
    const definition = PLAIN_TERM.test(term)
      ? defineTerm(term, raw, vocab, defaultProtected, isTermHere)
      : { kind: "unsupported" as const, iri: "", isGraphContainer: false, isProtected: defaultProtected, note: "not a plain term" };
    const previous = terms.get(term);
    if (previous?.isProtected && !overrideProtected) {
      // jsonld: a protected term may only be "redefined" identically; otherwise it is an error.
      if (!sameDefinition(previous, definition)) decline(`a context redefines the protected term "${term}"`);
      continue;
    }
    terms.set(term, definition);
  }
  return { terms, vocab, ...(active.previous && { previous: active.previous }) };
}

function defineTerm(term: string, raw: unknown, vocab: string | undefined, defaultProtected: boolean, isTerm: (term: string) => boolean): TermDefinition {
  const unsupported = (note: string): TermDefinition => ({ kind: "unsupported", iri: "", isGraphContainer: false, isProtected: defaultProtected, note });
  const mappedIri = (iri: string): string | undefined => (ABSOLUTE_IRI.test(iri) && !isTerm(iri.slice(0, iri.indexOf(":"))) ? iri : undefined);
  if (typeof raw === "string") {
    if (raw === "@id") return { kind: "id-alias", iri: "@id", isGraphContainer: false, isProtected: defaultProtected };
    if (raw === "@type") return { kind: "type-alias", iri: "@type", isGraphContainer: false, isProtected: defaultProtected };
    const iri = mappedIri(raw);
    return iri ? { kind: "property", iri, isGraphContainer: false, isProtected: defaultProtected } : unsupported(`mapped to ${raw}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return unsupported("defined as null or a non-object");
  const definition = raw as Record<string, unknown>;
  const isProtected = typeof definition["@protected"] === "boolean" ? (definition["@protected"] as boolean) : defaultProtected;
  for (const entry of Object.keys(definition)) {
    if (!["@id", "@type", "@container", "@context", "@protected"].includes(entry)) return unsupported(`defined with ${entry}`);
  }
  const id = definition["@id"];
  if (id === "@id" || id === "@type") {
    if (Object.keys(definition).some((entry) => entry !== "@id" && entry !== "@protected")) return unsupported("an alias with more than @id");
    return { kind: id === "@id" ? "id-alias" : "type-alias", iri: id, isGraphContainer: false, isProtected };
  }
  let iri: string | undefined;
  if (typeof id === "string") iri = mappedIri(id);
  else if (id === undefined && vocab !== undefined) iri = `${vocab}${term}`;
  if (!iri) return unsupported("without an absolute IRI");
  const type = definition["@type"];
  let typeMapping: string | undefined;
  if (type === "@id" || type === "@vocab") typeMapping = type;
  else if (typeof type === "string") {
    typeMapping = mappedIri(type);
    if (!typeMapping) return unsupported(`typed ${type}`);
  } else if (type !== undefined) return unsupported("typed with a non-string");
  const container = Array.isArray(definition["@container"]) && definition["@container"].length === 1 ? definition["@container"][0] : definition["@container"];
  if (container !== undefined && container !== "@set" && container !== "@graph") return unsupported(`a ${String(container)} container`);
  const scopedContext = definition["@context"];
  if (scopedContext !== undefined && (typeof scopedContext !== "object" || scopedContext === null)) return unsupported("with a scoped context that is not an object");
  return {
    kind: "property",
    iri,
    ...(typeMapping !== undefined && { typeMapping }),
    isGraphContainer: container === "@graph",
    ...(scopedContext !== undefined && { scopedContext }),
    isProtected,
  };
}

function sameDefinition(a: TermDefinition, b: TermDefinition): boolean {
  return (
    a.kind === b.kind &&
    a.iri === b.iri &&
    a.typeMapping === b.typeMapping &&
    a.isGraphContainer === b.isGraphContainer &&
    (a.scopedContext === b.scopedContext || JSON.stringify(a.scopedContext) === JSON.stringify(b.scopedContext))
  );
}

// Bounds what distinct top-level @context lists can make the process remember.
const MAX_CACHED_CONTEXT_LISTS = 256;

/**
 * The contexts one static document loader serves, loaded and processed once,
 * then shared by every canonicalization that uses that loader. Loaded documents
 * are private frozen copies, so nothing can change them behind the cache.
 */
export class ContextStore {
  private readonly documents = new Map<string, Promise<unknown>>();
  private readonly contextLists = new Map<string, Promise<ActiveContext>>();

  /**
   * @param validateWithReference resolves if jsonld.js accepts a document using these
   *   contexts (it rejects an invalid term definition even when no document uses the term).
   */
  constructor(
    private readonly loader: DocumentLoader,
    private readonly validateWithReference: (contextUrls: readonly string[]) => Promise<void>,
  ) {}

  /** The active context for a document whose `@context` is these URLs, in order. */
  contextForUrls(urls: readonly string[]): Promise<ActiveContext> {
    const key = JSON.stringify(urls);
    let context = this.contextLists.get(key);
    if (!context) {
      context = (async () => {
        let active = INITIAL_CONTEXT;
        for (const url of urls) {
          const document = await this.document(url);
          if (typeof document !== "object" || document === null || !("@context" in document)) decline(`${url} is not a context document`);
          active = processContext(active, (document as { "@context": unknown })["@context"], { propagate: true, overrideProtected: false });
        }
        try {
          await this.validateWithReference(urls);
        } catch (error) {
          decline(`jsonld.js rejects these contexts: ${error instanceof Error ? error.message : String(error)}`);
        }
        return active;
      })();
      // Failures are not remembered: an unknown URL is cheap to refuse again.
      context.catch(() => this.contextLists.delete(key));
      if (this.contextLists.size < MAX_CACHED_CONTEXT_LISTS) this.contextLists.set(key, context);
    }
    return context;
  }

  private document(url: string): Promise<unknown> {
    let document = this.documents.get(url);
    if (!document) {
      document = this.loader(url).then(({ document: loaded }) => deepFreeze(structuredClone(typeof loaded === "string" ? JSON.parse(loaded) : loaded)));
      document.catch(() => this.documents.delete(url));
      this.documents.set(url, document);
    }
    return document;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
