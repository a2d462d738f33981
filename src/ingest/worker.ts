// A coding worker: loads the dictionaries once, then codes the records it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../pipeline/analyze.js';
import type { LoadOptions } from '../dictionaries/lexicon.js';
import { isDyadError } from '../errors.js';
import { slimDoc } from './slim.js';

const coder = createCoder((workerData?.dict as LoadOptions | undefined) ?? {});
parentPort!.on('message', (msg: { n: number; record: any }) => {
  try {
    parentPort!.postMessage({ n: msg.n, doc: slimDoc(coder.analyze(msg.record), msg.record.text !== undefined) });
  } catch (e) {
    parentPort!.postMessage({ n: msg.n, error: isDyadError(e) ? e.message : `could not be coded: ${(e as Error).message}` });
  }
});
