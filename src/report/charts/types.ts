/** Options every chart generator takes. */
export interface ChartOptions {
  /**
   * Prefix of the ids inside the SVG (patterns, titles), so several charts inline in one page
   * never share an id. Default: the chart's kind.
   */
  idPrefix?: string | undefined;
  /** Width in SVG user units (the chart scales to its container; this sets the proportions). */
  width?: number | undefined;
  /** Decimals of a vendor's score where a chart prints it (default 1), as the page's tables. */
  decimals?: number | undefined;
}
