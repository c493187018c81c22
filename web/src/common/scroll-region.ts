import { useEffect, useRef } from 'react';

/**
 * A table that scrolls sideways (a wide table in a narrow column) must be scrollable from the keyboard too (axe:
 * scrollable-region-focusable, WCAG 2.1.1): antd's scroll container gets a tab stop and a name. antd gives no prop
 * for it, and re-creates the container when the table changes, so this runs after every render of the owner.
 */
export function useScrollRegion<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    for (const el of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    }
  });
  return ref;
}
