import { parentPort, workerData } from 'node:worker_threads';
import { NoSourceFilesError, scanFiles, type ScanRequest } from './scan.js';

/** The scan thread: posts each scan event, then `done`, then waits to be terminated. */
const request = workerData as ScanRequest;
// Listening keeps the thread alive after `done`, so its exit is never mistaken for the end.
parentPort!.on('message', () => {});
try {
  for await (const event of scanFiles(request)) parentPort!.postMessage(event);
  parentPort!.postMessage({ type: 'done' });
} catch (error) {
  // A usage error crosses as itself (exit code 2); anything else is the thread failing.
  if (!(error instanceof NoSourceFilesError)) throw error;
  parentPort!.postMessage({ type: 'no-source-files', message: error.message });
}
