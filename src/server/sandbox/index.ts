export type { RecordedRequest, Sandbox, SandboxFaults, SandboxOptions } from './types.ts';
export { startSandbox } from './start-sandbox.ts';
