/** Small seeded PRNG (mulberry32) so sample data, demos and benchmarks are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** A money amount with two decimals, as a user would type it. */
export function randomMoney(rand: () => number, min: number, max: number): number {
  return randomInt(rand, Math.round(min * 100), Math.round(max * 100)) / 100;
}
