/** Real, playable PCM WAV files made of a few sine tones, generated the same way on every start. */
const SAMPLE_RATE = 16_000;
const FADE_SECONDS = 0.01; // avoids clicks between notes

export interface Tone {
  frequencyHz: number;
  seconds: number;
}

export function generateWav(tones: readonly Tone[], amplitude = 0.4): Buffer {
  const sampleCount = tones.reduce((sum, tone) => sum + Math.round(tone.seconds * SAMPLE_RATE), 0);
  const dataBytes = sampleCount * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  writeHeader(wav, dataBytes);
  let offset = 44;
  for (const tone of tones) {
    const samples = Math.round(tone.seconds * SAMPLE_RATE);
    const fade = Math.min(Math.round(FADE_SECONDS * SAMPLE_RATE), Math.floor(samples / 2));
    for (let i = 0; i < samples; i++) {
      const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade);
      const value = Math.sin((2 * Math.PI * tone.frequencyHz * i) / SAMPLE_RATE) * amplitude * envelope;
      wav.writeInt16LE(Math.round(value * 32767), offset);
      offset += 2;
    }
  }
  return wav;
}

function writeHeader(wav: Buffer, dataBytes: number): void {
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // PCM fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
}

/** A short melody: `notes` semitones above A4, each `seconds` long. */
export function melody(notes: readonly number[], seconds = 0.5): Tone[] {
  return notes.map((semitones) => ({ frequencyHz: 440 * 2 ** (semitones / 12), seconds }));
}
