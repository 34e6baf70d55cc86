/** Test kit of @ghostguard/intel (`@ghostguard/intel/testing`): real certificates, local CT logs and a certstream server. */
export { makeCert, leafOf, tileLeafOf, CT_POISON_OID } from './certs.ts';
export type { TestCert } from './certs.ts';
export { startFakeRfc6962Log, startFakeStaticLog } from './fake-ct-logs.ts';
export type { FakeLog } from './fake-ct-logs.ts';
export { startFakeCertstream, certstreamMessage } from './certstream-server.ts';
export type { FakeCertstream } from './certstream-server.ts';
