export type { RecordedRequest, Sandbox, SandboxCredentials, SandboxFaults, SandboxOptions } from './types.ts';
export type { SandboxClock } from './clock.ts';
export { startSandbox } from './start-sandbox.ts';
