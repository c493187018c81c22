import { Button, theme } from 'antd';
import { type CSSProperties, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

/*
 * Choosing one local file (a CSV to read in the browser), drawn as antd's Upload drew it with `showUploadList={false}`:
 * a button, or the dashed drop area of Upload.Dragger. Nothing is uploaded, so antd's Upload (rc-upload, its file list
 * and progress bar: ~17 KB gzip) was all weight: these are a hidden file input under a button or a drop area.
 */

/** Whether a file matches an `accept` list (".csv,text/csv"): by extension, MIME type or type family, as rc-upload checked a dropped file. */
export function accepts(file: File, accept: string | undefined) {
  if (!accept) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean)
    .some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a));
}

interface PickerProps {
  accept?: string;
  /** The chosen (or dropped) file. */
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** The hidden input both pickers open; its value is cleared after each choice, so choosing the same file again reads it again. */
function HiddenInput({ accept, onFile, label, inputRef, disabled }: PickerProps & { label?: string; inputRef: React.RefObject<HTMLInputElement | null> }) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      aria-label={label}
      disabled={disabled}
      tabIndex={-1}
      style={{ display: 'none' }}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}

/** A button that opens the file chooser (antd's `<Upload><Button/></Upload>`); the input is named by the button's label. */
export function FileButton({ label, icon, accept, onFile, disabled, ...rest }: PickerProps & { label: string; icon?: ReactNode; 'data-testid'?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <HiddenInput accept={accept} onFile={onFile} label={label} inputRef={input} disabled={disabled} />
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()} data-testid={rest['data-testid']}>
        {label}
      </Button>
    </>
  );
}

/**
 * The dashed drop area of antd's Upload.Dragger: click it, or Enter or Space on it, to choose a file, or drop one on
 * it (a file that `accept` does not name is ignored, as antd's was). Its lines are the children: `file-drop-icon`,
 * `file-drop-text` and `file-drop-hint` paragraphs look as antd's `ant-upload-drag-icon`, `-text` and `-hint` did
 * (styles.css, with the theme's colours and sizes set here).
 */
export function FileDrop({ accept, onFile, disabled, children, ...rest }: PickerProps & { children: ReactNode; 'data-testid'?: string }) {
  const { token } = theme.useToken();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const open = () => {
    if (!disabled) input.current?.click();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  };
  const vars = {
    '--file-drop-bg': token.colorFillAlter,
    '--file-drop-border': `${token.lineWidth}px dashed ${token.colorBorder}`,
    '--file-drop-focus-width': `${token.lineWidthFocus}px`,
    '--file-drop-hover': token.colorPrimaryHover,
    '--file-drop-focus': token.colorPrimaryBorder,
    '--file-drop-radius': `${token.borderRadiusLG}px`,
    '--file-drop-padding': `${token.padding}px`,
    '--file-drop-margin': `${token.margin}px`,
    '--file-drop-margin-xxs': `${token.marginXXS}px`,
    '--file-drop-icon': token.colorPrimary,
    '--file-drop-icon-size': `${token.fontSizeHeading3 * 2}px`,
    '--file-drop-heading': token.colorTextHeading,
    '--file-drop-description': token.colorTextDescription,
    '--file-drop-disabled': token.colorTextDisabled,
    '--file-drop-font-lg': `${token.fontSizeLG}px`,
    '--file-drop-duration': token.motionDurationSlow,
    color: token.colorText,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
  } as CSSProperties;
  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}${disabled ? ' file-drop-disabled' : ''}`}
      style={vars}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (!disabled && file && accepts(file, accept)) onFile(file);
      }}
    >
      <HiddenInput accept={accept} onFile={onFile} inputRef={input} disabled={disabled} />
      <div
        role="button"
        tabIndex={disabled ? -1 : 0}
        aria-disabled={disabled || undefined}
        className="file-drop-button"
        onClick={open}
        onKeyDown={onKeyDown}
        data-testid={rest['data-testid']}
      >
        {children}
      </div>
    </div>
  );
}
