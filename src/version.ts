declare const __VERSION__: string | undefined;

/** The package version, injected by the build (and by vitest's `define`). */
export const version: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
