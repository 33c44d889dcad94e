/**
 * Indexes of non-negative numbers ordered by value, largest first, equal values in input order.
 * A million values are ordered by a stable radix sort on their IEEE-754 bits (for non-negative
 * doubles the bits order like the values), four passes of 16 bits: tens of milliseconds where a
 * comparison sort of a million indexes takes most of a second.
 */
export function descendingOrder(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  if (n < 512) return smallOrder(values);
  const doubles = new Float64Array(n);
  for (let i = 0; i < n; i++) doubles[i] = values[i] === 0 ? 0 : values[i];
  const words = new Uint32Array(doubles.buffer);
  // Inverted, so an ascending radix sort gives descending values; little-endian: low word first.
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let i = 0; i < n; i++) {
    lo[i] = ~words[2 * i + (littleEndian ? 0 : 1)] >>> 0;
    hi[i] = ~words[2 * i + (littleEndian ? 1 : 0)] >>> 0;
  }
  return radixAscending(lo, hi);
}

/**
 * descendingOrder for non-negative safe integers (amounts scaled to exact integers): the keys
 * are the integers themselves, so values below 2^32 sort in two passes instead of four.
 */
export function descendingOrderOfIntegers(values: Float64Array): Uint32Array {
  const n = values.length;
  if (n < 512) return smallOrder(values);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = Math.floor(values[i] / 4294967296);
    hi[i] = ~h >>> 0;
    lo[i] = ~(values[i] - h * 4294967296) >>> 0;
  }
  return radixAscending(lo, hi);
}

function smallOrder(values: ArrayLike<number>): Uint32Array {
  const small = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  return Uint32Array.from(small);
}

/** Indexes in ascending order of the 64-bit keys (hi, lo), stably: four passes of 16 bits, a pass skipped where every key has the same digit. */
function radixAscending(lo: Uint32Array, hi: Uint32Array): Uint32Array {
  const n = lo.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (const [keys, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((keys[i] >>> shift) & 0xffff) + 1]++;
    if (counts[((keys[0] >>> shift) & 0xffff) + 1] === n) continue; // every key has this digit
    for (let d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
    for (let j = 0; j < n; j++) {
      const i = order[j];
      next[counts[(keys[i] >>> shift) & 0xffff]++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** The k-th largest value (k from 1), in linear time on average; `values` is reordered. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    // Hoare partition around the median of three, descending.
    const mid = (lo + hi) >>> 1;
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}
