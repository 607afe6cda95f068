/**
 * What a person did in a form before its island woke up. On a slow phone
 * the server-rendered form is usable seconds before its script runs; the
 * island reads the form's current values when it starts, so a choice made
 * in the meantime is kept, never lost. Works on any object with a
 * `form.elements.namedItem()` like the DOM's.
 */

/** The part of a form element this module reads. */
interface Field {
  value: string;
  type?: string;
  checked?: boolean;
}

/** The part of an HTMLFormElement this module reads. */
export interface FormLike {
  elements: { namedItem(name: string): unknown };
}

/**
 * The non-empty values of the named fields: text and selects by value,
 * checkboxes as their value when checked. Empty fields are left out, so
 * they do not override what the URL says.
 */
export function readForm(form: FormLike | null | undefined, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form) return out;
  for (const name of names) {
    const field = form.elements.namedItem(name) as Field | null;
    if (!field || typeof field.value !== 'string') continue;
    if (field.type === 'checkbox') {
      if (field.checked) out[name] = field.value || 'on';
    } else if (field.value.trim()) {
      out[name] = field.value;
    }
  }
  return out;
}

/** URL query values, then what the person chose in the form (the form wins: it is newer). */
export function startingState(search: string, form: FormLike | null | undefined, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const fromUrl: Record<string, string> = {};
  for (const name of names) {
    const v = params.get(name);
    if (v) fromUrl[name] = v;
  }
  return { ...fromUrl, ...readForm(form, names) };
}
