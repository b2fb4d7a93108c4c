/*
 * A series as sound: one short tone per figure, a higher pitch for a higher value (Web Audio, no library).
 * The same schedule plays live (AudioContext) and renders to samples (OfflineAudioContext), so a test can
 * listen to exactly what a reader hears.
 */

/** One tone: its pitch in Hz, or null for a rest (a point without a figure). */
export type Tone = number | null;

const LOW = 220; // A3
const OCTAVES = 2; // up to A5: wide enough to tell neighbours apart, narrow enough to stay pleasant
export const TONE_SECONDS = 0.22;
export const GAP_SECONDS = 0.06;

/**
 * The pitch of each value: the lowest value of the series at 220 Hz, the highest two octaves up, the rest
 * in between on a musical (logarithmic) scale; a series of equal values sits in the middle.
 */
export function tonesOf(values: (number | null)[]): Tone[] {
  const figures = values.filter((v): v is number => v != null && Number.isFinite(v));
  const min = Math.min(...figures);
  const max = Math.max(...figures);
  return values.map((v) => {
    if (v == null || !Number.isFinite(v)) return null;
    const share = max === min ? 0.5 : (v - min) / (max - min);
    return LOW * 2 ** (OCTAVES * share);
  });
}

/** Schedules `tones` on `context` from `start`; returns when the last one ends. */
export function schedule(context: BaseAudioContext, tones: Tone[], start: number): number {
  let at = start;
  for (const frequency of tones) {
    if (frequency != null) {
      const oscillator = context.createOscillator();
      oscillator.type = 'triangle';
      oscillator.frequency.value = frequency;
      const gain = context.createGain();
      // a short attack and release: no clicks between tones
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.3, at + 0.02);
      gain.gain.setValueAtTime(0.3, at + TONE_SECONDS - 0.04);
      gain.gain.linearRampToValueAtTime(0, at + TONE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + TONE_SECONDS);
    }
    at += TONE_SECONDS + GAP_SECONDS;
  }
  return at;
}

/** `tones` rendered to mono samples, as they would play. */
export async function render(tones: Tone[], sampleRate = 22050): Promise<Float32Array> {
  const seconds = Math.max(0.1, tones.length * (TONE_SECONDS + GAP_SECONDS));
  const context = new OfflineAudioContext(1, Math.ceil(seconds * sampleRate), sampleRate);
  schedule(context, tones, 0);
  const buffer = await context.startRendering();
  return buffer.getChannelData(0);
}

/** Plays tones live; one player per chart, so a new play or a step stops what is sounding. */
export class Player {
  private context?: AudioContext;
  private ends = 0;

  /** Plays `tones` now; resolves when they have sounded (or at once when stopped). */
  play(tones: Tone[]): Promise<void> {
    this.stop();
    this.context = new AudioContext();
    const context = this.context;
    const end = schedule(context, tones, context.currentTime + 0.05);
    this.ends = end;
    return new Promise((done) => {
      const timer = setInterval(() => {
        if (this.context !== context || context.currentTime >= this.ends) {
          clearInterval(timer);
          done();
        }
      }, 100);
    });
  }

  get playing(): boolean {
    return this.context !== undefined && this.context.currentTime < this.ends;
  }

  stop() {
    this.context?.close().catch(() => undefined);
    this.context = undefined;
  }
}
