/**
 * Deterministic randomness for per-learner variants: the same (learner, simulation, attempt)
 * always yields the same case, so a variant can be regenerated from its stored seed.
 */

/** 32-bit FNV-1a hash of a string; used to turn the variant key into a seed. */
export function hashToSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function variantSeed(learnerId: string, simulationId: string, attempt: number): number {
  return hashToSeed(`${learnerId}\u0000${simulationId}\u0000${attempt}`);
}

/** mulberry32: small, fast, and good enough to pick case parameters (not for secrets). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
