//! A voice message for st.chat_input(accept_audio=True): the mic button
//! starts recording; "Submit recording" encodes it as WAV at the widget's
//! sample rate, uploads it like an attached file and hands it to `send`
//! (which sends it with the box's text and files, as 1.67 does); "Cancel
//! recording" throws it away.
import { useState } from "react";
import type { rustlit } from "../../proto";
import { useStore } from "../../app/context";
import { useRecorder } from "../media/useRecorder";

/** 1.67's name for a voice message, e.g. `audio-2026-12-06T15-11-59-459Z.wav`. */
export function voiceFileName(when: Date): string {
  return `audio-${when.toISOString().replace(/[:.]/g, "-")}.wav`;
}

export function useVoiceMessage(sampleRate: number, send: (audio: rustlit.IUploadedFileInfo) => void) {
  const store = useStore();
  const recorder = useRecorder(sampleRate);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const blob = recorder.stop();
    if (!blob) return;
    setError(null);
    setUploading(true);
    const name = voiceFileName(new Date());
    let problem = "";
    try {
      const [url] = await store.uploads.uploadEach([new File([blob], name, { type: "audio/wav" })], (_, m) => (problem = m));
      if (url) send({ fileId: url.fileId, name, size: blob.size });
      else setError(problem);
    } finally {
      setUploading(false);
    }
  }

  return {
    /** Recording, or uploading what was recorded: the box shows the waveform. */
    active: recorder.isRecording || uploading,
    recording: recorder.isRecording,
    uploading,
    levels: recorder.levels,
    problem: recorder.problem ?? error,
    start: () => {
      setError(null);
      return recorder.start();
    },
    submit,
    cancel: recorder.cancel,
  };
}
