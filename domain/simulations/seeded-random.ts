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

/** Scrambles a seed (murmur3's finalizer) so that neighbouring seeds start far apart. */
function mixSeed(seed: number): number {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * mulberry32: small, fast, and good enough to pick case parameters (not for secrets). The seed is
 * mixed first: raw mulberry32 gives correlated early draws for small consecutive seeds (0, 1, 2…).
 */
export function createRandom(seed: number): () => number {
  let state = mixSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
