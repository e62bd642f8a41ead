//! The chat input's box while a voice message records (`stChatInputWaveform`):
//! the levels so far and the Cancel / Submit recording buttons, as in 1.67.
//! The text and attach controls are out of the way until it ends.
import { barHeight } from "../media/useRecorder";
import type { useVoiceMessage } from "./useVoiceMessage";

function CancelIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function ApproveIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

interface Props {
  voice: ReturnType<typeof useVoiceMessage>;
  /** The message cannot go out yet (run state, files still uploading). */
  sendBlocked: boolean;
}

export function VoiceRecording({ voice, sendBlocked }: Props) {
  return (
    <div className="st-chat-input-box st-chat-voice">
      <div className="st-chat-voice-wave" data-testid="stChatInputWaveform">
        {voice.levels.map((l, i) => (
          <span key={i} style={{ height: `${barHeight(l, 24)}px` }} />
        ))}
      </div>
      <div className="st-chat-input-actions">
        <button
          type="button"
          className="st-chat-input-side-button"
          data-testid="stChatInputCancelButton"
          aria-label="Cancel recording"
          disabled={!voice.recording}
          onClick={voice.cancel}
        >
          <CancelIcon />
        </button>
        <button
          type="button"
          className="st-chat-input-side-button"
          data-testid="stChatInputApproveButton"
          aria-label="Submit recording"
          disabled={!voice.recording || sendBlocked}
          onClick={() => void voice.submit()}
        >
          <ApproveIcon />
        </button>
      </div>
    </div>
  );
}
