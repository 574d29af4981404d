import type { Format } from './format.js';
import type { CriteriaShowModel } from './models.js';

/**
 * `criteria show --format yaml`: the set's own file as written, comments included, to copy into
 * a project (`vendor-eval criteria show sla --format yaml > criteria/sla.yaml`). Only a set that
 * loads without errors gets here, so what is copied is a valid set.
 */
export const criteriaYamlFormat: Format<CriteriaShowModel> = {
  id: 'yaml',
  description: "the set's file as written",
  extension: 'yaml',
  userText: 'encoded',
  render: (model) => model.text,
};
