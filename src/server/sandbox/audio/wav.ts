import type { ByteSource } from './byte-source.ts';
import { renderSamples, type SpeechPlan } from './speech-synth.ts';

export const WAV_HEADER_BYTES = 44;
const BYTES_PER_SAMPLE = 2;

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** WAV wants little-endian samples whatever the host's byte order. */
function littleEndianBytes(samples: Int16Array): Buffer {
  if (HOST_IS_LITTLE_ENDIAN) return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const bytes = Buffer.alloc(samples.byteLength);
  samples.forEach((v, k) => bytes.writeInt16LE(v, k * BYTES_PER_SAMPLE));
  return bytes;
}

/** RIFF/WAVE header for mono 16-bit PCM. */
export function wavHeader(dataBytes: number, sampleRate: number): Buffer {
  const h = Buffer.alloc(WAV_HEADER_BYTES);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * BYTES_PER_SAMPLE, 28);
  h.writeUInt16LE(BYTES_PER_SAMPLE, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** A WAV file synthesized from a speech plan: any byte range is rendered without the bytes before it. */
export function wavSource(plan: SpeechPlan): ByteSource {
  const dataBytes = plan.totalSamples * BYTES_PER_SAMPLE;
  const header = wavHeader(dataBytes, plan.sampleRate);
  const size = WAV_HEADER_BYTES + dataBytes;
  return {
    size,
    contentType: 'audio/wav',
    read(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(size, end);
      const out = Buffer.alloc(Math.max(0, to - from));
      if (out.length === 0) return out;
      if (from < WAV_HEADER_BYTES) header.copy(out, 0, from, Math.min(WAV_HEADER_BYTES, to));
      const dataFrom = Math.max(from, WAV_HEADER_BYTES) - WAV_HEADER_BYTES;
      const dataTo = to - WAV_HEADER_BYTES;
      if (dataTo <= dataFrom) return out;
      const firstSample = Math.floor(dataFrom / BYTES_PER_SAMPLE);
      const lastSample = Math.ceil(dataTo / BYTES_PER_SAMPLE);
      const samples = new Int16Array(lastSample - firstSample);
      renderSamples(plan, firstSample, samples);
      const bytes = littleEndianBytes(samples);
      const skip = dataFrom - firstSample * BYTES_PER_SAMPLE;
      bytes.copy(out, WAV_HEADER_BYTES + dataFrom - from, skip, skip + (dataTo - dataFrom));
      return out;
    },
  };
}
