import { parentPort, workerData } from 'node:worker_threads';
import { scanFiles, type ScanRequest } from './scan.js';

/** The scan thread: posts each scan event, then `done`, then waits to be terminated. */
const request = workerData as ScanRequest;
// Listening keeps the thread alive after `done`, so its exit is never mistaken for the end.
parentPort!.on('message', () => {});
for await (const event of scanFiles(request)) parentPort!.postMessage(event);
parentPort!.postMessage({ type: 'done' });
