// Apart from the criteria schema, which loads zod when first used: cost reads the months on
// every run.

/** Calendar months, for `demand.seasonality` and `demand.startMonth`. */
export const monthIds = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
