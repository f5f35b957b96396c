/**
 * The bundled Web Worker script (src/worker/webEntry.ts, without the engine), as text: scripts/build.mjs builds
 * it into the browser extension bundle. A web extension cannot start a worker from a file of its own where it
 * is not served over http(s) (a remote such as code-server, a development folder): the worker starts from a
 * blob of the engine's text and this text instead, the same everywhere.
 */
declare module 'web-worker-source' {
  const source: string;
  export default source;
}

/** The worker global the engine's exports are put in before the worker's script runs (scripts/build.mjs). */
declare const WEB_ENGINE_GLOBAL: string;
