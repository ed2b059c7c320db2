/** Reading what a spreadsheet puts on the clipboard when a range is copied. */
import { describe, expect, it } from 'vitest';
import { isBlock, parseClipboard } from '../../web/src/modules/logframe/composables/gridPaste';

describe('reading a copied range', () => {
  it('splits rows at line breaks and cells at tabs, dropping the line break after the last row', () => {
    expect(parseClipboard('10\t4\r\n12\t5\r\n')).toEqual([
      ['10', '4'],
      ['12', '5'],
    ]);
    expect(parseClipboard('10\n12')).toEqual([['10'], ['12']]);
    expect(parseClipboard('1,250\t45%\n')).toEqual([['1,250', '45%']]);
  });

  it('keeps empty cells, so that a blank in the range clears its cell', () => {
    expect(parseClipboard('10\t\t3\n\t\t\n')).toEqual([
      ['10', '', '3'],
      ['', '', ''],
    ]);
  });

  it('reads a quoted cell with a line break, a tab or a doubled quote inside it as one cell', () => {
    expect(parseClipboard('7\t"visited twice,\nonce with ""the"" police"\n8\t"a\tb"\n')).toEqual([
      ['7', 'visited twice,\nonce with "the" police'],
      ['8', 'a\tb'],
    ]);
  });

  it('tells a copied range from text typed for one cell', () => {
    expect(isBlock('12')).toBe(false);
    expect(isBlock('twelve cases, all referred')).toBe(false);
    expect(isBlock('12\n')).toBe(true);
    expect(isBlock('12\t4')).toBe(true);
  });
});
