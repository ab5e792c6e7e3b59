// The worker script of the manifest loader (bundled as dist/loadWorker.js): loads each request it is sent.
import { parentPort } from 'node:worker_threads';
import { answer, type LoadRequest } from './manifestLoader.js';

parentPort?.on('message', (request: LoadRequest) => parentPort?.postMessage(answer(request)));
