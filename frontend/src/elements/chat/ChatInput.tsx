//! st.chat_input (`stChatInput`): a textarea that grows with its text. Enter
//! submits (Shift+Enter is a newline), the box then clears; a submit reruns
//! once with the message as the widget's value (WidgetManager.submitChat).
//! `set_value` (session_state) puts text into the box without submitting.
//! submit_mode DISABLE locks the input while the script runs; STOP turns the
//! send button into a stop button meanwhile. With accept_file, attached files
//! upload right away (as st.file_uploader's do) and go with the message.
//! With accept_audio the mic button records a voice message: while it records
//! the box shows the levels instead of the text (which is kept), and
//! "Submit recording" sends the recording with the text and files at once.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useAppState, useStore, useWidgets } from "../../app/context";
import { MicIcon, StopIcon } from "../shared/MediaIcons";
import { useChatAttachments } from "../shared/useChatAttachments";
import { useVoiceMessage } from "./useVoiceMessage";
import { VoiceRecording } from "./VoiceRecording";
import { formatSize } from "../../uploads/uploadClient";
import "./chat.css";

const SubmitMode = rustlit.ChatInput.SubmitMode;
/** The textarea grows up to this height, then scrolls. */
const MAX_TEXTAREA_PX = 200;
/** What a box of pixel `height` spends around its text (1.67: height 120 leaves the text 94 px). */
const TALL_BOX_CHROME_PX = 26;

/** What Enter does in the box: submit, or insert a newline (Shift/Ctrl/Meta, IME composition). */
export function enterSubmits(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; isComposing?: boolean }): boolean {
  return e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.isComposing;
}

/** Whether the script's run state blocks submitting, per submit mode. */
export function runBlocksSubmit(mode: number | null | undefined, busy: boolean): boolean {
  return busy && (mode === SubmitMode.DISABLE || mode === SubmitMode.STOP);
}

function SendIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M12 19V5M5 12l7-7 7 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function AttachIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}


export function ChatInput({ el, heightConfig }: { el: rustlit.IChatInput; heightConfig?: rustlit.IHeightConfig | null }) {
  // 1.67's `height`: pixels are the box's minimum height (the text below it, the buttons in a row
  // under the text), "stretch" fills the container; either way the box still grows with its text.
  const minText = heightConfig?.pixelHeight ? Math.max(heightConfig.pixelHeight - TALL_BOX_CHROME_PX, 0) : 0;
  const stretch = !!heightConfig?.useStretch;
  const tall = minText > 0 || stretch;
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const store = useStore();
  const scriptState = useAppState((s) => s.scriptState);
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  const id = w.id ?? "";
  const maxChars = el.maxChars ?? 0;
  const busy = scriptState === "running" || scriptState === "rerunRequested";
  const stopMode = el.submitMode === SubmitMode.STOP && busy;
  const locked = !!w.disabled || (el.submitMode === SubmitMode.DISABLE && busy);
  const attachments = useChatAttachments(el);
  const fileInput = useRef<HTMLInputElement>(null);
  const sendBlocked = locked || runBlocksSubmit(el.submitMode, busy) || attachments.uploading;
  const canSubmit = !sendBlocked && (text.trim() !== "" || attachments.ready.length > 0);
  const send = (audio?: rustlit.IUploadedFileInfo) => {
    widgets.submitChat(id, text, attachments.ready, audio);
    attachments.reset();
    setText("");
  };
  const voice = useVoiceMessage(el.audioSampleRate ?? 0, send);

  // A session_state assignment arrives as a new element with a prefill.
  useEffect(() => {
    if (el.prefill !== null && el.prefill !== undefined) setText(el.prefill);
  }, [el]);

  // Grow with the text: measure at auto height, cap, scroll beyond the cap.
  useLayoutEffect(() => {
    const ta = area.current;
    if (!ta) return;
    ta.style.height = "auto";
    // A stretched box's text fills its grid row instead (chat.css).
    if (stretch) return;
    ta.style.height = `${Math.min(ta.scrollHeight, Math.max(MAX_TEXTAREA_PX, minText))}px`;
  }, [text, minText, stretch]);

  const submit = () => {
    if (canSubmit) send();
  };

  return (
    <div
      className={[
        "stChatInput",
        locked ? "st-disabled" : null,
        voice.active ? "st-chat-recording" : null,
        tall ? "st-chat-input-tall" : null,
        stretch ? "st-chat-input-stretch" : null,
      ].filter(Boolean).join(" ")}
      data-testid="stChatInput"
    >
      {attachments.chips.length > 0 ? (
        <div className="st-chat-input-files" data-testid="stChatInputFileChips">
          {attachments.chips.map((c) => (
            <div key={c.key} className={`st-chat-file-chip${c.error ? " st-chat-file-chip-error" : ""}`} data-testid="stFileChip">
              <span className="st-chat-file-name" data-testid="stFileChipName" title={c.name}>
                {c.name}
              </span>
              <span className="st-chat-file-detail">{c.error ?? (c.info ? formatSize(c.size) : "…")}</span>
              <button type="button" className="st-chat-file-remove" aria-label={`Remove ${c.name}`} onClick={() => attachments.remove(c.key)}>
                ×
              </button>
            </div>
          ))}
        </div>
      ) : null}
      {voice.active ? (
        <VoiceRecording voice={voice} sendBlocked={sendBlocked} />
      ) : (
        <div className="st-chat-input-box">
          {el.acceptFile ? (
            <>
              <input
                ref={fileInput}
                type="file"
                className="st-file-input"
                data-testid="stChatInputFileInput"
                tabIndex={-1}
                accept={el.fileType?.length ? el.fileType.join(",") : undefined}
                multiple={el.acceptFile !== rustlit.ChatInput.AcceptFile.SINGLE}
                {...(el.acceptFile === rustlit.ChatInput.AcceptFile.DIRECTORY ? { webkitdirectory: "" } : {})}
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = "";
                  void attachments.add(files);
                }}
              />
              <button
                type="button"
                className="st-chat-input-side-button"
                data-testid="stChatInputFileUploadButton"
                aria-label="Upload"
                disabled={locked}
                onClick={() => fileInput.current?.click()}
              >
                <AttachIcon />
              </button>
            </>
          ) : null}
          <textarea
            ref={area}
            className="st-chat-input-textarea"
            data-testid="stChatInputTextArea"
            rows={1}
            style={minText ? { minHeight: minText, maxHeight: Math.max(MAX_TEXTAREA_PX, minText) } : undefined}
            value={text}
            placeholder={el.placeholder ?? ""}
            aria-label={el.placeholder ?? ""}
            disabled={locked}
            onChange={(e) => {
              const value = e.target.value;
              if (maxChars > 0 && value.length > maxChars) return;
              setText(value);
            }}
            onKeyDown={(e) => {
              if (enterSubmits({ ...e, isComposing: e.nativeEvent.isComposing })) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <div className="st-chat-input-actions">
            {maxChars > 0 && text.length > 0 ? (
              <span className="st-chat-input-count" data-testid="stChatInputInstructions">{`${text.length}/${maxChars}`}</span>
            ) : null}
            {el.acceptAudio ? (
              <button
                type="button"
                className="st-chat-input-side-button"
                data-testid="stChatInputMicButton"
                aria-label="Start recording"
                disabled={locked}
                onClick={() => void voice.start()}
              >
                <MicIcon />
              </button>
            ) : null}
            {stopMode ? (
              <button type="button" className="st-chat-input-send" data-testid="stChatInputStopButton" aria-label="Stop script" onClick={() => store.stop()}>
                <StopIcon />
              </button>
            ) : (
              <button type="button" className="st-chat-input-send" data-testid="stChatInputSubmitButton" aria-label="Send message" disabled={!canSubmit} onClick={submit}>
                <SendIcon />
              </button>
            )}
          </div>
        </div>
      )}
      {voice.problem ? <div className="st-chat-voice-error" data-testid="stChatInputVoiceError">{voice.problem}</div> : null}
    </div>
  );
}
