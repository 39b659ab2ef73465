/**
 * A random generator that reproduces numpy's legacy global generator bit for bit:
 *
 *     np.random.seed(seed)
 *     np.random.normal(loc, scale, size)
 *
 * numpy seeds MT19937 from an integer with Matsumoto and Nishimura's `init_genrand`
 * (numpy/random/src/mt19937/mt19937.c, `mt19937_seed`), draws 53-bit doubles as
 * `(a * 2^26 + b) / 2^53` from two 32-bit outputs (`legacy_double`), and turns them into
 * normals with the polar Box–Muller method, caching the second value of each pair for the
 * next call (`legacy_gauss` in numpy/random/src/legacy/legacy-distributions.c).
 */

import { correctlyRoundedLog } from './correctlyRoundedLog';

const STATE_SIZE = 624;
const SHIFT_SIZE = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The largest seed numpy accepts for `np.random.seed` (2^32 − 1). */
export const MAX_SEED = 0xffffffff;

/** The Mersenne Twister MT19937, 32-bit outputs, seeded as numpy seeds an integer. */
export class Mt19937 {
  private readonly state = new Uint32Array(STATE_SIZE);
  private index = STATE_SIZE;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
    }
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < STATE_SIZE; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev overflows 2^53, so multiply in 16-bit halves modulo 2^32.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  /** The next 32-bit unsigned output. */
  nextUint32(): number {
    if (this.index >= STATE_SIZE) this.twist();
    let y = this.state[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A double in [0, 1) with 53 random bits, exactly as numpy's `legacy_double`. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  private twist(): void {
    const mt = this.state;
    for (let i = 0; i < STATE_SIZE; i++) {
      const y = (mt[i] & UPPER_MASK) | (mt[(i + 1) % STATE_SIZE] & LOWER_MASK);
      mt[i] = mt[(i + SHIFT_SIZE) % STATE_SIZE] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    this.index = 0;
  }
}

/**
 * numpy's legacy global generator (`np.random.seed`, `RandomState`): one MT19937 stream
 * shared by every draw, in call order, so a script that makes the same calls gets the same
 * numbers. The Normal's polar method makes values in pairs and caches the second for the
 * next Normal draw, even across calls and across other kinds of draw (`legacy_gauss`).
 */
export class NumpyRandomState {
  private readonly bits: Mt19937;
  private cachedGauss: number | null = null;

  constructor(seed: number) {
    this.bits = new Mt19937(seed);
  }

  /** `np.random.random_sample()`: a double in [0, 1). */
  randomSample(): number {
    return this.bits.nextDouble();
  }

  /** `np.random.standard_normal()`, by the polar Box–Muller method. */
  standardNormal(): number {
    if (this.cachedGauss !== null) {
      const value = this.cachedGauss;
      this.cachedGauss = null;
      return value;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.bits.nextDouble() - 1;
      x2 = 2 * this.bits.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * correctlyRoundedLog(r2)) / r2);
    this.cachedGauss = f * x1;
    return f * x2;
  }

  /** `np.random.normal(loc, scale, n)`: numpy computes `loc + scale * gauss`, in that order. */
  normal(loc: number, scale: number, n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = loc + scale * this.standardNormal();
    return out;
  }

  /**
   * `np.random.laplace(loc, scale, n)`, by inversion as numpy's `random_laplace` does it:
   * one uniform U per value, log(2U) below one half and −log(2 − 2U) above, U = 0 redrawn.
   */
  laplace(loc: number, scale: number, n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let u = this.bits.nextDouble();
      while (u === 0) u = this.bits.nextDouble();
      out[i] = u >= 0.5 ? loc - scale * correctlyRoundedLog(2.0 - u - u) : loc + scale * correctlyRoundedLog(u + u);
    }
    return out;
  }

  /** `np.random.uniform(low, high, n)`: numpy computes `low + (high − low) * U`. */
  uniform(low: number, high: number, n: number): Float64Array {
    const range = high - low;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = low + range * this.bits.nextDouble();
    return out;
  }

  /** `np.random.random_sample(n)`. */
  randomSamples(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.bits.nextDouble();
    return out;
  }
}

/** The same numbers as `np.random.seed(seed); np.random.normal(loc, scale, n)`. */
export function numpyNormalSample(seed: number, n: number, loc: number, scale: number): Float64Array {
  return new NumpyRandomState(seed).normal(loc, scale, n);
}
