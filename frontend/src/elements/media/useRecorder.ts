//! Recording from the microphone, shared by st.audio_input and chat_input's
//! voice messages: raw samples are collected through a ScriptProcessor (so
//! the result can be encoded as WAV at any sample rate, which MediaRecorder
//! cannot do), with a level per chunk for the bars drawn while recording.
import { useEffect, useRef, useState } from "react";
import { encodeWav, level } from "./wav";

interface Recording {
  stream: MediaStream;
  context: AudioContext;
  processor: ScriptProcessorNode;
  chunks: Float32Array[];
  started: number;
}

/** How many level bars are kept (the newest last). */
export const LEVEL_BARS = 60;

export interface Recorder {
  isRecording: boolean;
  /** The loudness of the latest chunks, oldest first. */
  levels: number[];
  /** Seconds since recording started. */
  seconds: number;
  /** Why the microphone could not be used, if it could not. */
  problem: string | null;
  start(): Promise<void>;
  /** Ends the recording and returns it as a WAV file (null if none was running). */
  stop(): Blob | null;
  /** Ends the recording and throws it away. */
  cancel(): void;
}

/** `sampleRate` 0 records at the browser's own rate. */
export function useRecorder(sampleRate: number): Recorder {
  const recording = useRef<Recording | null>(null);
  const [isRecording, setIsRecording] = useState(false);
  const [levels, setLevels] = useState<number[]>([]);
  const [seconds, setSeconds] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  // The microphone is released when the widget goes away mid-recording.
  useEffect(() => () => release(recording.current), []);

  async function start() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem("This browser gives the page no microphone (it needs https or localhost).");
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      setProblem(`This app would like to use your microphone: ${(err as Error).message}`);
      return;
    }
    const context = new AudioContext(sampleRate ? { sampleRate } : undefined);
    const source = context.createMediaStreamSource(stream);
    const processor = context.createScriptProcessor(4096, 1, 1);
    const rec: Recording = { stream, context, processor, chunks: [], started: performance.now() };
    processor.onaudioprocess = (e) => {
      const chunk = new Float32Array(e.inputBuffer.getChannelData(0));
      rec.chunks.push(chunk);
      setLevels((l) => [...l.slice(-(LEVEL_BARS - 1)), level(chunk)]);
      setSeconds((performance.now() - rec.started) / 1000);
    };
    source.connect(processor);
    processor.connect(context.destination);
    recording.current = rec;
    setLevels([]);
    setSeconds(0);
    setIsRecording(true);
  }

  function end(): Recording | null {
    const rec = recording.current;
    recording.current = null;
    setIsRecording(false);
    release(rec);
    return rec;
  }

  function stop(): Blob | null {
    const rec = end();
    return rec ? encodeWav(rec.chunks, rec.context.sampleRate) : null;
  }

  function cancel() {
    end();
    setLevels([]);
    setSeconds(0);
  }

  return { isRecording, levels, seconds, problem, start, stop, cancel };
}

function release(rec: Recording | null) {
  if (!rec) return;
  rec.processor.disconnect();
  rec.stream.getTracks().forEach((t) => t.stop());
  void rec.context.close();
}

/** The height in pixels of a level bar (a floor so silence still shows a line). */
export function barHeight(loudness: number, maxPx: number): number {
  return Math.max(2, Math.min(maxPx, loudness * 160));
}
