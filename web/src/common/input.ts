/*
 * antd's text field and text area, each from its own module. antd's `Input` export is a barrel that carries
 * TextArea, Password, Search and OTP with it (~6 KB gzip beyond the plain field) to every page with one text field.
 * The sign-in page (Input.Password) and the perk merchants' search (Input.Search) use antd's `Input` for those.
 */
export { default as Input } from 'antd/es/input/Input';
export { default as TextArea } from 'antd/es/input/TextArea';
