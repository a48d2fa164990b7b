import type { ImportColumnMappingInput, ImportField } from '../graphql';

/** Where a field takes its values from: no column, a column of the file (0-based), or one value for every row. */
export type Source = { from: 'none' } | { from: 'column'; column: number } | { from: 'value'; value: string };

export type Mapping = Partial<Record<ImportField, Source>>;

/** The spreadsheet's letter of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The server's suggestion as the form's starting state. */
export function fromSuggestion(suggested: readonly { field: ImportField; column?: number | null; value?: string | null }[]): Mapping {
  const mapping: Mapping = {};
  for (const s of suggested) {
    mapping[s.field] = s.column != null ? { from: 'column', column: s.column } : s.value != null ? { from: 'value', value: s.value } : { from: 'none' };
  }
  return mapping;
}

/** What the mutation takes: the mapped fields only (a value left empty maps nothing). */
export function toInput(mapping: Mapping): ImportColumnMappingInput[] {
  const input: ImportColumnMappingInput[] = [];
  for (const [field, source] of Object.entries(mapping) as [ImportField, Source][]) {
    if (source.from === 'column') input.push({ field, column: source.column });
    else if (source.from === 'value' && source.value.trim()) input.push({ field, value: source.value.trim() });
  }
  return input;
}

/** The select's value for a source, and back. */
export function sourceKey(source: Source | undefined): string {
  if (!source || source.from === 'none') return '';
  return source.from === 'column' ? `c${source.column}` : 'value';
}

export function sourceOf(key: string, previous: Source | undefined): Source {
  if (key === '') return { from: 'none' };
  if (key === 'value') return { from: 'value', value: previous?.from === 'value' ? previous.value : '' };
  return { from: 'column', column: Number(key.slice(1)) };
}

/** A file's bytes as base64, in slices (a 1 MB file is too many arguments for one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
