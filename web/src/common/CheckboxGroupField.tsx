import { Checkbox, type GetProps } from 'antd';

/**
 * antd's Checkbox.Group as a labelled group of checkboxes. A required Form.Item hands its control `aria-required`,
 * which the group's plain div (or a `role="group"`) may not carry (axe: aria-allowed-attr, critical): a set of
 * checkboxes has no "required" in ARIA. The label's mark and the field's error message say it; the group is named by
 * `label`, and keeps `aria-invalid` and `aria-describedby` so the error is read with it.
 */
export function CheckboxGroupField({
  label,
  'aria-required': _required,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  ...props
}: GetProps<typeof Checkbox.Group> & { label: string; 'aria-required'?: boolean | 'true' | 'false'; 'aria-invalid'?: boolean | 'true' | 'false'; 'aria-describedby'?: string }) {
  return (
    <div role="group" aria-label={label} aria-invalid={invalid} aria-describedby={describedBy}>
      <Checkbox.Group {...props} />
    </div>
  );
}
