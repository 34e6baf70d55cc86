import { runTiplineStoreContract } from './store-contract.ts';
import { createMemoryStore } from './memory-store.ts';

runTiplineStoreContract('memory', async () => ({ store: createMemoryStore() }));
