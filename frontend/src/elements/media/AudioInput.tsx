//! st.audio_input (`stAudioInput`): a record button
//! (`stAudioInputActionButton`), level bars while recording, a player once
//! there is a recording, and the elapsed time
//! (`stAudioInputWaveformTimeCode`). Stopping encodes the samples as WAV at
//! the widget's sample rate and uploads them; the recording is the value.
import { useEffect, useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { MicIcon, StopIcon } from "../shared/MediaIcons";
import { useCapturedFile } from "../shared/useCapturedFile";
import { WidgetLabel } from "../shared/WidgetLabel";
import { encodeWav, level } from "./wav";
import "./captureInputs.css";

interface Recording {
  stream: MediaStream;
  context: AudioContext;
  processor: ScriptProcessorNode;
  chunks: Float32Array[];
  started: number;
}

const BARS = 60;

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

function fileName(when: Date): string {
  // e.g. 2026-11-23T18-24_audio.wav
  return `${when.toISOString().slice(0, 16).replace(":", "-")}_audio.wav`;
}

export function AudioInput({ el }: { el: rustlit.IAudioInput }) {
  const w = el.widget ?? {};
  const id = w.id ?? "";
  const disabled = !!w.disabled;
  const captured = useCapturedFile(id);
  const recording = useRef<Recording | null>(null);
  const [isRecording, setIsRecording] = useState(false);
  const [levels, setLevels] = useState<number[]>([]);
  const [seconds, setSeconds] = useState(0);
  const [playback, setPlayback] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => () => stopDevices(recording.current), []);
  useEffect(() => () => {
    if (playback) URL.revokeObjectURL(playback);
  }, [playback]);

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
    const rate = el.sampleRate ?? 0;
    const context = new AudioContext(rate ? { sampleRate: rate } : undefined);
    const source = context.createMediaStreamSource(stream);
    const processor = context.createScriptProcessor(4096, 1, 1);
    const rec: Recording = { stream, context, processor, chunks: [], started: performance.now() };
    processor.onaudioprocess = (e) => {
      const chunk = new Float32Array(e.inputBuffer.getChannelData(0));
      rec.chunks.push(chunk);
      setLevels((l) => [...l.slice(-(BARS - 1)), level(chunk)]);
      setSeconds((performance.now() - rec.started) / 1000);
    };
    source.connect(processor);
    processor.connect(context.destination);
    recording.current = rec;
    setLevels([]);
    setSeconds(0);
    setIsRecording(true);
  }

  async function stop() {
    const rec = recording.current;
    recording.current = null;
    setIsRecording(false);
    if (!rec) return;
    const sampleRate = rec.context.sampleRate;
    stopDevices(rec);
    const blob = encodeWav(rec.chunks, sampleRate);
    setPlayback(URL.createObjectURL(blob));
    await captured.save(blob, fileName(new Date()));
  }

  const clear = () => {
    setPlayback(null);
    setSeconds(0);
    captured.clear();
  };

  const hasRecording = captured.file !== null && !isRecording;
  return (
    <div className={`stAudioInput${disabled ? " st-disabled" : ""}`} data-testid="stAudioInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div className={`st-audio-box${isRecording ? " st-audio-recording" : ""}`}>
        <button
          type="button"
          className="st-audio-action"
          data-testid="stAudioInputActionButton"
          aria-label={isRecording ? "Stop recording" : "Record"}
          disabled={disabled || captured.uploading}
          onClick={() => void (isRecording ? stop() : start())}
        >
          {isRecording ? <StopIcon /> : <MicIcon />}
        </button>
        <div className="st-audio-wave" data-testid="stAudioInputWaveSurfer">
          {hasRecording && playback ? (
            <audio controls src={playback} />
          ) : (
            levels.map((l, i) => <span key={i} style={{ height: `${Math.max(2, Math.min(32, l * 160))}px` }} />)
          )}
        </div>
        {hasRecording ? (
          <button type="button" className="st-audio-action" aria-label="Clear recording" disabled={disabled} onClick={clear}>
            ✕
          </button>
        ) : null}
        <span className="st-audio-time" data-testid="stAudioInputWaveformTimeCode">
          {clock(seconds)}
        </span>
      </div>
      {problem || captured.error ? <div className="st-capture-error">{problem ?? captured.error}</div> : null}
    </div>
  );
}

function stopDevices(rec: Recording | null) {
  if (!rec) return;
  rec.processor.disconnect();
  rec.stream.getTracks().forEach((t) => t.stop());
  void rec.context.close();
}


