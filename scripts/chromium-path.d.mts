// Types for chromium-path.mjs (plain JS so that node scripts and configs can load it directly).
export declare const CHROMIUM_CANDIDATES: string[];
export declare function findChromium(): string | undefined;
export declare const CHROMIUM_ARGS: string[];
export declare const CHROME_LAUNCHER_DISABLED_FEATURES: string[];
export declare function disableFeatures(launcherFeatures: string[]): string;
