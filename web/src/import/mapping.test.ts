import { describe, expect, it } from 'vitest';
import { columnLetter, fromSuggestion, sourceKey, sourceOf, toBase64, toInput } from './mapping';

describe('import mapping', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('starts from the suggestion and sends only what is mapped', () => {
    const mapping = fromSuggestion([{ field: 'NAME', column: 1 }, { field: 'EMAIL', column: 0 }]);
    mapping.MOTIVATION = { from: 'value', value: '  Volunteer since 2020. ' };
    mapping.PHONE = { from: 'none' };
    mapping.CAPACITY = { from: 'value', value: '   ' };
    expect(toInput(mapping)).toEqual([
      { field: 'NAME', column: 1 }, { field: 'EMAIL', column: 0 }, { field: 'MOTIVATION', value: 'Volunteer since 2020.' },
    ]);
  });

  it('round-trips the select value and keeps a typed value when the choice returns to it', () => {
    expect(sourceKey(undefined)).toBe('');
    expect(sourceKey({ from: 'column', column: 3 })).toBe('c3');
    expect(sourceOf('c3', undefined)).toEqual({ from: 'column', column: 3 });
    expect(sourceOf('value', { from: 'value', value: 'lv' })).toEqual({ from: 'value', value: 'lv' });
    expect(sourceOf('value', { from: 'column', column: 2 })).toEqual({ from: 'value', value: '' });
    expect(sourceOf('', { from: 'column', column: 2 })).toEqual({ from: 'none' });
  });

  it('encodes a file larger than one call can spread', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('Vārds;E-pasts\n'))).toBe('VsSBcmRzO0UtcGFzdHMK');
  });
});
