/** A labelled <select> with an "any" first option, shared by the search and finder islands. */
interface Props {
  id: string;
  /** The form field name, as in the URL (the form also works as a plain GET form). */
  name: string;
  label: string;
  any: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

export default function FilterSelect({ id, name, label, any, value, options, onChange }: Props) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
