/**
 * Types for the `punycode` npm package (2.3.1). We import its CommonJS entry by path,
 * `punycode/punycode.js`, because the bare name `punycode` resolves to Node's deprecated
 * built-in module in Node, and the core must also run in browsers (bundlers resolve the path).
 */
declare module 'punycode/punycode.js' {
  interface Punycode {
    toUnicode(input: string): string;
    toASCII(input: string): string;
  }
  const punycode: Punycode;
  export default punycode;
}
