import { describe, expect, it } from 'vitest';
import { inertPrompter } from '../../src/ui/inert-prompter.js';
import { scriptedPrompter } from './scripted-prompter.js';

// The questionnaire quotes criteria sets and vendor files: a name, a question or an earlier
// note holding an escape sequence must reach the terminal as text, and the answers unchanged.
describe('inertPrompter', () => {
  it('shows every prompt text inert and returns the values as they are', async () => {
    const script = scriptedPrompter([{ select: 'v\u001b' }, { input: 'typed' }]);
    const ask = inertPrompter(script);
    ask.say('\u001b[2J\u001b[Hheader\nerror forged');
    const picked = await ask.select({
      message: '\u001b]0;title\u0007Coaching?',
      choices: [{ value: 'v\u001b', name: '\u202eevil', description: 'line\nnext\u001b[31m' }],
    });
    const typed = await ask.input({ message: 'Note', default: 'old\u001b]8;;http://x\u0007' });
    expect(picked).toBe('v\u001b');
    expect(typed).toBe('typed');
    expect(script.log).toEqual(['␛[2J␛[Hheader error forged', '? ␛]0;title␇Coaching?', '? Note']);
    expect(script.menus).toEqual([['�evil']]);
    expect(script.defaults).toEqual([undefined, 'old␛]8;;http://x␇']);
  });

  it('keeps a multi-line default whole', async () => {
    const script = scriptedPrompter([{ input: 'x' }]);
    await inertPrompter(script).input({ message: 'Note', default: 'two\nlines' });
    expect(script.defaults).toEqual(['two\nlines']);
  });
});
