/**
 * The text styling a renderer may apply. The ui layer builds one per stream from the colour
 * decision (`ui/theme.ts`); files, pipes without colour and tests use `plain`.
 */
export interface Theme {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const id = (text: string): string => text;

/** No styling at all. */
export const plain: Theme = {
  red: id,
  yellow: id,
  green: id,
  cyan: id,
  dim: id,
  bold: id,
  underline: id,
};
