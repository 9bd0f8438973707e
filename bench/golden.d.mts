// Types of golden.mjs, for the golden-report test.
export declare function normaliseReport(text: string, dirs?: string[]): string | undefined;
export declare function digestOf(text: string): string;
export declare function readGolden(): Record<string, string>;
export declare function recordGolden(digests: Record<string, string>, commit: string): void;
