/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
declare module 'virtual:catalogue-url' {
  const url: string;
  export default url;
  /** How many roles the built catalogue holds, for pages that say so before it loads. */
  export const roleCount: number;
  /** How many skills, and skill groups with a skill, it holds (the quiz intro says so). */
  export const skillCount: number;
  export const groupCount: number;
}
