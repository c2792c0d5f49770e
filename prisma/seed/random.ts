// Deterministic randomness: every customer gets its own stream from its index, so any chunk of
// customers can be regenerated on its own and comes out the same.

function combine(h: number, value: number): number {
  const mixed = h ^ Math.imul((value | 0) ^ Math.floor(value / 4294967296), 0xcc9e2d51);
  return Math.imul((mixed << 13) | (mixed >>> 19), 5) + 0xe6546b64;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit integer hash of a few integers (murmur3's mixing and finaliser). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) h = combine(h, value);
  return finish(h);
}

/** hash32 of three values without the rest-parameter array: ids are hashed millions of times. */
export function hash3(a: number, b: number, c: number): number {
  return finish(combine(combine(combine(0x9e3779b9, a), b), c));
}

/** sfc32: small, fast and good enough for demo data. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seed: number[]) {
    this.a = hash32(...seed, 1);
    this.b = hash32(...seed, 2);
    this.c = hash32(...seed, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries.at(-1);
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }

  /** Poisson-ish count with the given mean (sum of two uniforms keeps the spread modest). */
  count(mean: number): number {
    return Math.max(0, Math.round(mean * (this.next() + this.next())));
  }
}
