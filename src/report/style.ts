/** Text styling a formatter may apply; the ui layer passes chalk, tests and files pass `plain`. */
export interface Style {
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
export const plain: Style = {
  red: id,
  yellow: id,
  green: id,
  cyan: id,
  dim: id,
  bold: id,
  underline: id,
};
