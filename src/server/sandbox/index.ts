export type { RecordedRequest, Sandbox, SandboxCredentials, SandboxFaults, SandboxOptions } from './types.ts';
export { startSandbox } from './start-sandbox.ts';
