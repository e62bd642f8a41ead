//! st.audio_input (`stAudioInput`): a record button
//! (`stAudioInputActionButton`), level bars while recording, a player once
//! there is a recording, and the elapsed time
//! (`stAudioInputWaveformTimeCode`). Stopping encodes the samples as WAV at
//! the widget's sample rate and uploads them; the recording is the value.
import { useEffect, useState } from "react";
import type { rustlit } from "../../proto";
import { MicIcon, StopIcon } from "../shared/MediaIcons";
import { useCapturedFile } from "../shared/useCapturedFile";
import { WidgetLabel } from "../shared/WidgetLabel";
import { barHeight, useRecorder } from "./useRecorder";
import "./captureInputs.css";

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
  const recorder = useRecorder(el.sampleRate ?? 0);
  const { isRecording, levels } = recorder;
  const [playback, setPlayback] = useState<string | null>(null);
  useEffect(() => () => {
    if (playback) URL.revokeObjectURL(playback);
  }, [playback]);

  async function stop() {
    const blob = recorder.stop();
    if (!blob) return;
    setPlayback(URL.createObjectURL(blob));
    await captured.save(blob, fileName(new Date()));
  }

  const clear = () => {
    setPlayback(null);
    captured.clear();
  };

  const hasRecording = captured.file !== null && !isRecording;
  // The clock shows the recording's length until it is cleared.
  const seconds = isRecording || hasRecording ? recorder.seconds : 0;
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
          onClick={() => void (isRecording ? stop() : recorder.start())}
        >
          {isRecording ? <StopIcon /> : <MicIcon />}
        </button>
        <div className="st-audio-wave" data-testid="stAudioInputWaveSurfer">
          {hasRecording && playback ? (
            <audio controls src={playback} />
          ) : (
            levels.map((l, i) => <span key={i} style={{ height: `${barHeight(l, 32)}px` }} />)
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
      {recorder.problem || captured.error ? <div className="st-capture-error">{recorder.problem ?? captured.error}</div> : null}
    </div>
  );
}
