import { letterIdCodec, uuidCodec, type IdCodec } from '../../../reversible-id.ts';

/** Every id a record exposes encodes its position, so detail lookups decode instead of searching. */
export interface TimepayIds {
  call: IdCodec;
  message: IdCodec;
  transcript: IdCodec;
  recording: IdCodec;
}

export function timepayIds(seed: number): TimepayIds {
  return {
    call: letterIdCodec(seed, 0x71, 24),
    message: letterIdCodec(seed, 0x72, 28),
    transcript: uuidCodec(seed, 0x73),
    recording: uuidCodec(seed, 0x74),
  };
}
