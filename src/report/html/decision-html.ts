// SCAFFOLD: replaced by the HTML renderer (issue 14); never merged as is.
import type { DecisionRecord } from '../decision-record/model.js';
import type { Format } from '../format.js';

/** `report --format html`. */
export const decisionHtmlFormat: Format<DecisionRecord> = {
  id: 'html',
  description: 'one self-contained page',
  extension: 'html',
  render: () => {
    throw new Error('the HTML renderer is not built yet');
  },
};
