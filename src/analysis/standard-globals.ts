/**
 * The globals the platform itself defines — Node's, the web's, the language's. Code that assigns
 * one (`globalThis.require = createRequire(import.meta.url)` in logto's test set-up,
 * `globalThis.fetch = nodeFetch`, `global.WebSocket = WS`, `globalThis.crypto = webcrypto`)
 * polyfills the platform: one implementation for the process, as the platform's own would be,
 * holding nobody's state. A global cache is a slot the app names itself (`globalThis.prisma`).
 */
export const STANDARD_GLOBALS: ReadonlySet<string> = new Set([
  // Node
  'require', 'module', 'exports', 'process', 'Buffer', 'global', '__dirname', '__filename',
  'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask',
  // V8's collector, which `--expose-gc` defines and scrypted's start-up sets when the flag was not given
  'gc',
  // fetch and its companions
  'fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'FileReader',
  'ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoder', 'TextDecoder', 'TextEncoderStream', 'TextDecoderStream',
  'AbortController', 'AbortSignal', 'URL', 'URLSearchParams', 'atob', 'btoa', 'structuredClone',
  'crypto', 'Crypto', 'CryptoKey', 'SubtleCrypto', 'performance',
  // events, messaging, sockets
  'Event', 'EventTarget', 'CustomEvent', 'EventSource', 'WebSocket', 'XMLHttpRequest',
  'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel', 'Worker',
  // a page's, which jsdom and happy-dom set-ups assign
  'window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB',
  'DOMParser', 'XMLSerializer', 'HTMLElement', 'Element', 'Node', 'NodeList', 'customElements', 'getComputedStyle', 'matchMedia',
  'requestAnimationFrame', 'cancelAnimationFrame', 'IntersectionObserver', 'ResizeObserver', 'MutationObserver',
  // the language's
  'Promise', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Proxy', 'Reflect',
  'Intl', 'JSON', 'Math', 'Date', 'Error', 'Array', 'Object', 'BigInt', 'console', 'WebAssembly',
]);
