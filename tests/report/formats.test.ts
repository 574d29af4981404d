import { describe, expect, it } from 'vitest';
import { escapeCell, markdownTable } from '../../src/report/markdown-table.js';
import { formatIds, loadFormat, type FormatEntry } from '../../src/report/format.js';
import { checkFormats } from '../../src/ui/formats/check.js';
import { compareFormats } from '../../src/ui/formats/compare.js';
import { criteriaListFormats, criteriaShowFormats } from '../../src/ui/formats/criteria.js';
import { explainFormats } from '../../src/ui/formats/explain.js';
import { methodsFormats } from '../../src/ui/formats/methods.js';
import { rankingFormats } from '../../src/ui/formats/ranking.js';
import { validateFormats } from '../../src/ui/formats/validate.js';
import { weightsFormats } from '../../src/ui/formats/weights.js';

describe('Markdown tables', () => {
  it('escapes pipes, backslashes and line breaks in cells', () => {
    expect(escapeCell('a|b\\c\nd')).toBe('a\\|b\\\\c<br>d');
  });

  it('aligns columns with colons', () => {
    expect(markdownTable(['L', 'R', 'C'], [['1', '2', '3']], ['left', 'right', 'center'])).toBe(
      '| L | R | C |\n| --- | ---: | :---: |\n| 1 | 2 | 3 |\n',
    );
  });
});

const lists: Record<string, readonly FormatEntry<never>[]> = {
  ranking: rankingFormats,
  methods: methodsFormats,
  explain: explainFormats,
  compare: compareFormats,
  weights: weightsFormats,
  validate: validateFormats,
  check: checkFormats,
  'criteria list': criteriaListFormats,
  'criteria show': criteriaShowFormats,
};

describe.each(Object.entries(lists))('the builtin %s formats', (_name, list) => {
  it('load formats whose ids are the ids listed', async () => {
    for (const entry of list) expect((await entry.load()).id).toBe(entry.id);
    expect(new Set(formatIds(list)).size).toBe(list.length);
  });

  it('have no format by an unknown id', async () => {
    expect(await loadFormat(list, 'nosuch')).toBeUndefined();
  });
});

it('rank and rank --all-methods offer the same formats, but html: the ranking page alone', () => {
  // `rank --all-methods --format html` is refused as conflicting options (tests/cli/report-html)
  expect(formatIds(methodsFormats)).toEqual(formatIds(rankingFormats).filter((f) => f !== 'html'));
});
