/**
 * Items (deals) by their id, for finding a repeated id among a million: an open-addressing table
 * of indices into the items list, hashed with FNV-1a. A Map or Set keyed by a million distinct
 * strings costs several times as much (its hashing and growth); reading the deals and the
 * commission engine both check every deal's id.
 */
export class IdIndex<T extends { id: string }> {
  /** Index into items per slot (-1: empty), and the id's hash beside it. */
  private table: Int32Array;
  private hashes: Int32Array;
  private count = 0;
  /** The last id looked up and its hash: get(id) then add(index) of that id hashes it once. */
  private lastId: string | null = null;
  private lastHash = 0;

  /** `expected`: how many items will be added, so the table is made once at its size. */
  constructor(
    private readonly items: readonly T[],
    expected = 0,
  ) {
    const size = IdIndex.sizeFor(expected);
    this.table = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
  }

  /** The table size holding `n` items at most half full. */
  private static sizeFor(n: number): number {
    let size = 1 << 16;
    while (size < (n + 1) * 2) size *= 2;
    return size;
  }

  /** Makes room for `n` more items at once (one rehash instead of one per doubling). */
  reserve(n: number): void {
    const size = IdIndex.sizeFor(this.count + n);
    if (size > this.table.length) this.rehash(size);
  }

  private hash(s: string): number {
    if (s === this.lastId) return this.lastHash;
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    this.lastId = s;
    this.lastHash = h | 0;
    return this.lastHash;
  }

  /** The item with this id, or undefined. */
  get(id: string): T | undefined {
    const mask = this.table.length - 1;
    const h = this.hash(id);
    // Slots whose hash differs are passed without reading their item (a cache miss each in a million).
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const at = this.table[k];
      if (at === -1) return undefined;
      if (this.hashes[k] === h && this.items[at].id === id) return this.items[at];
    }
  }

  /** Records that items[index] holds its id (the caller has checked the id is new). */
  add(index: number): void {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    this.place(index, this.hash(this.items[index].id));
    this.count++;
  }

  private place(index: number, h: number): void {
    const mask = this.table.length - 1;
    let k = h & mask;
    while (this.table[k] !== -1) k = (k + 1) & mask;
    this.table[k] = index;
    this.hashes[k] = h;
  }

  private grow(): void {
    this.rehash(this.table.length * 2);
  }

  private rehash(size: number): void {
    const old = this.table;
    const oldHashes = this.hashes;
    this.table = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    for (let k = 0; k < old.length; k++) if (old[k] !== -1) this.place(old[k], oldHashes[k]);
  }
}
