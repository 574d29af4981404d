// Apart from the vendor schema, which loads zod when first used: the shape check and the vendor
// template read the models on runs that never need zod.

/** The pricing models a vendor's offer may use (`pricing.model`). */
export const pricingModelIds = [
  'per-hour',
  'per-fte-month',
  'per-contact',
  'per-minute',
  'per-resolution',
  'hybrid',
] as const;
