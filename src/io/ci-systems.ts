/**
 * The CI systems `init --ci` writes a workflow for; the first is the default. A module of its
 * own, without imports, so the `init` command's options load no file code at start-up.
 */
export const ciSystems = ['github', 'gitlab'] as const;

/** One of `ciSystems`. */
export type CiSystem = (typeof ciSystems)[number];
