/**
 * The ids of the decision methods, in registry order, without the methods themselves: the
 * `-m` help of every command is built at startup, and importing the registry would load every
 * method and zod with it. A test holds this list equal to the registry (`builtinMethods`).
 */
export const methodIdList = [
  'weighted-sum',
  'weighted-product',
  'topsis',
  'vikor',
  'promethee2',
  'waspas',
] as const;
