import { describe, it, expect } from 'vitest';
import { readForm, startingState, type FormLike } from '../../src/lib/web/form-state.ts';

/** A form as the DOM exposes it, with fields by name. */
const form = (fields: Record<string, { value: string; type?: string; checked?: boolean }>): FormLike => ({
  elements: { namedItem: (name: string) => fields[name] ?? null },
});

describe('the state a person left in a form before the island woke up', () => {
  it('reads selects, text and checked boxes, and leaves empty fields out', () => {
    const f = form({ q: { value: ' ' }, category: { value: 'health' }, country: { value: '' }, free: { value: '1', type: 'checkbox', checked: true }, open: { value: '1', type: 'checkbox', checked: false } });
    expect(readForm(f, ['q', 'category', 'country', 'free', 'open', 'missing'])).toEqual({ category: 'health', free: '1' });
    expect(readForm(null, ['q'])).toEqual({});
  });
  it('starts from the URL, and a choice made in the form wins over it', () => {
    const f = form({ country: { value: 'PE' }, category: { value: '' } });
    expect(startingState('?country=CL&category=gbv&x=1', f, ['country', 'category'])).toEqual({ country: 'PE', category: 'gbv' });
    expect(startingState('', null, ['country'])).toEqual({});
  });
});
