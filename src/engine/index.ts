// The analysis core: no `vscode` import, runs in Node and in a browser.
export { analyze } from './analyze';
export * from './types';
export * from './attribution';
