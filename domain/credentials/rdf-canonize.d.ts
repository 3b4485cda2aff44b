// Minimal typings for the part of `rdf-canonize` (v5) the credential domain uses.
declare module "rdf-canonize" {
  /** An RDF/JS-shaped term, as rdf-canonize reads it (blank-node values without `_:`). */
  export interface RdfTerm {
    termType: "NamedNode" | "BlankNode" | "Literal" | "DefaultGraph";
    value: string;
    datatype?: RdfTerm;
    language?: string;
  }
  export interface RdfQuad {
    subject: RdfTerm;
    predicate: RdfTerm;
    object: RdfTerm;
    graph: RdfTerm;
  }
  export interface CanonizeOptions {
    algorithm: "RDFC-1.0";
    format?: "application/n-quads";
  }
  const rdfCanonize: {
    /** RDFC-1.0 of a dataset given as an array of quads; resolves to canonical N-Quads. */
    canonize(dataset: readonly RdfQuad[], options: CanonizeOptions): Promise<string>;
  };
  export default rdfCanonize;
}
