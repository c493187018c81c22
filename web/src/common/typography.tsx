import { theme } from 'antd';
import type { GlobalToken } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

/*
 * Text, Paragraph and Title as antd's Typography draws them (same colours, weights, sizes and margins from the theme),
 * for the parts the console uses. antd's Typography brings its editable and copyable modes with it (TextArea,
 * copy-to-clipboard, ~17 KB gzip) to the first visit of nearly every page; none of these pages edits or copies text.
 * The one copyable text (merchants/profile) keeps antd's.
 */

type TextType = 'secondary' | 'success' | 'warning' | 'danger';

export interface TextProps extends Omit<HTMLAttributes<HTMLElement>, 'type'> {
  type?: TextType;
  disabled?: boolean;
  strong?: boolean;
  italic?: boolean;
  underline?: boolean;
  delete?: boolean;
  code?: boolean;
  mark?: boolean;
  keyboard?: boolean;
  children?: ReactNode;
}

function color(token: GlobalToken, type?: TextType, disabled?: boolean) {
  if (disabled) return token.colorTextDisabled;
  switch (type) {
    case 'secondary':
      return token.colorTextDescription;
    case 'success':
      return token.colorSuccessText;
    case 'warning':
      return token.colorWarningText;
    case 'danger':
      return token.colorErrorText;
    default:
      return token.colorText;
  }
}

const CODE: CSSProperties = {
  margin: '0 0.2em',
  paddingInline: '0.4em',
  paddingBlock: '0.2em 0.1em',
  fontSize: '85%',
  background: 'rgba(150, 150, 150, 0.1)',
  border: '1px solid rgba(100, 100, 100, 0.2)',
  borderRadius: 3,
};

/** The decorations antd wraps a text's children in, innermost first, in antd's order. */
function decorate(token: GlobalToken, p: TextProps) {
  let node = p.children;
  if (p.strong) node = <strong style={{ fontWeight: token.fontWeightStrong }}>{node}</strong>;
  if (p.underline) node = <u>{node}</u>;
  if (p.delete) node = <del>{node}</del>;
  if (p.code) node = <code style={{ ...CODE, fontFamily: token.fontFamilyCode }}>{node}</code>;
  if (p.mark) node = <mark style={{ padding: 0, backgroundColor: '#fff1b8' }}>{node}</mark>;
  if (p.keyboard) node = <kbd style={{ ...CODE, fontSize: '90%', fontFamily: token.fontFamilyCode, borderBottomWidth: 2 }}>{node}</kbd>;
  if (p.italic) node = <i>{node}</i>;
  return node;
}

const withClass = (own: string, given?: string) => (given ? `${own} ${given}` : own);

function split({ type, disabled, strong, italic, underline, delete: del, code, mark, keyboard, children, style, ...rest }: TextProps) {
  return { look: { type, disabled, strong, italic, underline, delete: del, code, mark, keyboard, children }, style, rest };
}

function Text(props: TextProps) {
  const { token } = theme.useToken();
  const { look, style, rest } = split(props);
  return (
    <span {...rest} className={withClass('typography', rest.className)} style={{ color: color(token, look.type, look.disabled), wordBreak: 'break-word', lineHeight: token.lineHeight, ...style }}>
      {decorate(token, look)}
    </span>
  );
}

function Paragraph(props: TextProps) {
  const { token } = theme.useToken();
  const { look, style, rest } = split(props);
  return (
    <div {...rest} className={withClass('typography', rest.className)} style={{ color: color(token, look.type, look.disabled), wordBreak: 'break-word', lineHeight: token.lineHeight, marginBottom: '1em', ...style }}>
      {decorate(token, look)}
    </div>
  );
}

function Title({ level = 1, ...props }: TextProps & { level?: 1 | 2 | 3 | 4 | 5 }) {
  const { token } = theme.useToken();
  const { look, style, rest } = split(props);
  const H = `h${level}` as const;
  return (
    <H
      {...rest}
      // antd's 1.2em above a title that follows a text or title (styles.css), which inline styles cannot say.
      className={withClass('typography typography-title', rest.className)}
      style={{
        color: look.type || look.disabled ? color(token, look.type, look.disabled) : token.colorTextHeading,
        wordBreak: 'break-word',
        marginBottom: '0.5em',
        fontWeight: token.fontWeightStrong,
        fontSize: token[`fontSizeHeading${level}`],
        lineHeight: token[`lineHeightHeading${level}`],
        ...style,
      }}
    >
      {decorate(token, look)}
    </H>
  );
}

export const Typography = { Text, Paragraph, Title };
