import { Radio, type RadioGroupProps } from 'antd';

/**
 * antd's Radio.Group as a labelled radio group. The group renders a plain div and drops a `role`, so the
 * `aria-required` / `aria-invalid` a Form.Item hands its control land on an element that may not carry them
 * (axe: aria-allowed-attr, critical). Here they go on a `role="radiogroup"` wrapper named by `label`.
 */
export function RadioGroupField({
  label,
  'aria-required': required,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  ...props
}: RadioGroupProps & { label: string; 'aria-required'?: boolean | 'true' | 'false'; 'aria-invalid'?: boolean | 'true' | 'false'; 'aria-describedby'?: string }) {
  return (
    <div role="radiogroup" aria-label={label} aria-required={required} aria-invalid={invalid} aria-describedby={describedBy}>
      <Radio.Group {...props} />
    </div>
  );
}
