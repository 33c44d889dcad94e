/**
 * Deals by their id, for finding a repeated id among a million: an open-addressing table of
 * indices into the deals list, hashed with FNV-1a. A Map keyed by a million distinct strings
 * costs several times as much (its hashing and growth), and this is the hot loop of reading.
 */
export class IdIndex<T extends { id: string }> {
  private table = new Int32Array(1 << 16).fill(-1);
  private count = 0;

  constructor(private readonly items: readonly T[]) {}

  private static hash(s: string): number {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  }

  /** The item with this id, or undefined. */
  get(id: string): T | undefined {
    const mask = this.table.length - 1;
    for (let k = IdIndex.hash(id) & mask; ; k = (k + 1) & mask) {
      const at = this.table[k];
      if (at === -1) return undefined;
      if (this.items[at].id === id) return this.items[at];
    }
  }

  /** Records that items[index] holds its id (the caller has checked the id is new). */
  add(index: number): void {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    this.place(index);
    this.count++;
  }

  private place(index: number): void {
    const mask = this.table.length - 1;
    let k = IdIndex.hash(this.items[index].id) & mask;
    while (this.table[k] !== -1) k = (k + 1) & mask;
    this.table[k] = index;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (const at of old) if (at !== -1) this.place(at);
  }
}
