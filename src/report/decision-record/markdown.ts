// SCAFFOLD: replaced by the markdown renderer (issue 14); never merged as is.
import type { DecisionRecord } from './model.js';
import type { Format } from '../format.js';

/** `report --format markdown`. */
export const decisionMarkdownFormat: Format<DecisionRecord> = {
  id: 'markdown',
  description: 'GitHub-flavoured markdown',
  extension: 'md',
  render: () => {
    throw new Error('the markdown renderer is not built yet');
  },
};
