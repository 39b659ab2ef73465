import type { Arbitrary } from 'fast-check';

export declare const INJECTIONS: readonly string[];
export declare const hostile: Arbitrary<string>;
export declare const stateParams: Arbitrary<string>;
export declare const viewParams: Arbitrary<string>;
export declare const hostileLink: Arbitrary<string>;
