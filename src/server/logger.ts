/** Where the server reports what operators should see; injectable so tests stay quiet and can inspect it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
