/** Everything English, in one chunk that loads when English is chosen (zh-CN, the default, is in the first load). */
export { en } from './en';
export { default as antdEnUS } from 'antd/es/locale/en_US';
