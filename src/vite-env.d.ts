/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
declare module 'virtual:catalogue-url' {
  const url: string;
  export default url;
}
